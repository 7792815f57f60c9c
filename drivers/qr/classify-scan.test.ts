import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyScan } from './classify-scan';
import { decodeScanBytes } from './decode-scan-bytes';

describe('classifyScan', () => {
  it('recognises the card QR', () => {
    const r = classifyScan('001093012345||Lê Văn Tám|05011993|Nam|Phường Hàng Bạc, Hà Nội|20042021\r\n');
    expect(r.kind).toBe('cccd');
    expect(r.integrity).toEqual({ status: 'ok' });
  });

  it('accepts https links and shows the host', () => {
    expect(classifyScan('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\r\n')).toEqual({
      kind: 'url',
      fields: {
        href: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
        host: 'dichvucong.gov.vn',
        scheme: 'https',
        linkPolicy: 'accepted',
      },
      integrity: { status: 'ok' },
    });
  });

  it('flags http links and shows the real host behind user info', () => {
    const r = classifyScan('HTTP://dichvucong.gov.vn@example.net/login');
    expect(r).toMatchObject({ kind: 'url', fields: { scheme: 'http', linkPolicy: 'insecure', host: 'example.net' } });
  });

  it('shows an internationalised host in punycode', () => {
    const r = classifyScan('https://dịchvụcông.vn/');
    expect(r.kind === 'url' && r.fields.host).toMatch(/^xn--[a-z0-9-]+\.vn$/);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com', 'https://', 'https://a b'])('keeps %j as text', (text) => {
    expect(classifyScan(text).kind).toBe('text');
  });

  it.each([
    ['H54.22-251123-0001', 'agency-date-sequence', { agency: 'H54.22', date: '251123', sequence: '0001' }, '2025-11-23'],
    ['000.00.22.H54-251123-0001', 'national-agency-date-sequence', { agency: '000.00.22.H54', date: '251123', sequence: '0001' }, '2025-11-23'],
    ['h54.22.16-240315-000123\r', 'agency-date-sequence', { agency: 'H54.22.16', date: '240315', sequence: '000123' }, '2024-03-15'],
    ['H54.22-251399-0001', 'agency-date-sequence', { agency: 'H54.22', date: '251399', sequence: '0001' }, null],
  ])('reads the dossier code %j', (text, format, parts, receivedOn) => {
    expect(classifyScan(text)).toMatchObject({ kind: 'dossier-code', fields: { format, parts, receivedOn }, integrity: { status: 'ok' } });
  });

  it('takes dossier code patterns from configuration', () => {
    const patterns = [{ name: 'ward-numeric', pattern: /^HS(?<sequence>\d{8})$/ }];
    expect(classifyScan('HS00001234', { dossierPatterns: patterns })).toMatchObject({
      kind: 'dossier-code',
      fields: { code: 'HS00001234', format: 'ward-numeric', parts: { sequence: '00001234' }, receivedOn: null },
    });
    expect(classifyScan('H54.22-251123-0001', { dossierPatterns: patterns }).kind).toBe('text');
  });

  it('keeps anything else as NFC text with LF line ends', () => {
    expect(classifyScan('Xin chào'.normalize('NFD') + '\r\nline 2\r\n')).toEqual({
      kind: 'text',
      fields: { text: 'Xin chào\nline 2' },
      integrity: { status: 'ok' },
    });
  });

  it('reports invalid UTF-8 from the link as damage', () => {
    const decoded = decodeScanBytes(new Uint8Array([0x4e, 0x67, 0xe1, 0xbb, 0x41]));
    expect(decoded.utf8).toBe('invalid');
    expect(classifyScan(decoded.text, { invalidUtf8: true }).integrity).toEqual({
      status: 'damaged',
      reasons: ['invalid-utf8', 'replacement-character'],
    });
  });

  it('classifies any string without throwing, with ok or damaged integrity', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const r = classifyScan(text);
        return ['cccd', 'cccd-unknown-layout', 'url', 'dossier-code', 'text'].includes(r.kind) && ['ok', 'damaged'].includes(r.integrity.status);
      }),
      { numRuns: 2000 },
    );
  });

  it('classifies card-shaped strings with random fields without throwing', () => {
    const field = fc.oneof(fc.string(), fc.stringMatching(/^\d{8}$/), fc.constant(''), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.array(field, { minLength: 1, maxLength: 10 }), (id, rest) => {
        const r = classifyScan([id, ...rest].join('|'));
        return r.kind === 'cccd' || r.kind === 'cccd-unknown-layout';
      }),
    );
  });

  it('classifies any bytes after decoding without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const d = decodeScanBytes(bytes);
        const r = classifyScan(d.text, { invalidUtf8: d.utf8 === 'invalid' });
        return d.utf8 === 'valid' || r.integrity.status === 'damaged';
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSw, parseResponseApdu } from './response-apdu';
import { interpretStatusWord, statusWordError } from './status-words';

describe('interpretStatusWord (ISO 7816-4 §5.6)', () => {
  it.each([
    [0x9000, 'success', true, undefined],
    [0x6110, 'more-data', true, 16],
    [0x6100, 'more-data', true, 256],
    [0x6282, 'end-of-file', false, undefined],
    [0x6300, 'verification-failed', false, undefined],
    [0x63c3, 'verification-failed', false, 3],
    [0x63cf, 'verification-failed', false, 15],
    [0x6700, 'wrong-length', false, undefined],
    [0x6c20, 'wrong-le', false, 32],
    [0x6c00, 'wrong-le', false, 256],
    [0x6982, 'security-status', false, undefined],
    [0x6983, 'auth-blocked', false, undefined],
    [0x6985, 'conditions-not-satisfied', false, undefined],
    [0x6986, 'no-current-ef', false, undefined],
    [0x6987, 'sm-missing', false, undefined],
    [0x6988, 'sm-incorrect', false, undefined],
    [0x6a80, 'wrong-data', false, undefined],
    [0x6a82, 'file-not-found', false, undefined],
    [0x6a86, 'wrong-p1p2', false, undefined],
    [0x6b00, 'wrong-offset', false, undefined],
    [0x6d00, 'ins-not-supported', false, undefined],
    [0x6e00, 'cla-not-supported', false, undefined],
    [0x6f00, 'no-diagnosis', false, undefined],
    [0x6281, 'warning', false, undefined],
    [0x6400, 'execution-error', false, undefined],
    [0x1234, 'unknown', false, undefined],
  ])('%s', (sw, kind, success, value) => {
    const info = interpretStatusWord(sw);
    expect(info.kind).toBe(kind);
    expect(info.code).toBe(`sw.${kind}`);
    expect(info.success).toBe(success);
    expect(info.value).toBe(value);
    expect(info.meaning.length).toBeGreaterThan(0);
  });

  it('builds a DriverError with the hex status word', () => {
    expect(statusWordError(0x6982)).toEqual({ code: 'sw.security-status', detail: 'SW 6982: Security status not satisfied' });
  });

  it('property: every 16-bit word is interpreted without throwing', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffff }), (sw) => {
      expect(interpretStatusWord(sw).sw).toBe(sw);
    }));
  });
});

describe('parseResponseApdu', () => {
  it('splits data and SW', () => {
    const r = parseResponseApdu(Uint8Array.of(0x01, 0x02, 0x90, 0x00));
    expect(r.ok && Array.from(r.value.data)).toEqual([1, 2]);
    expect(r.ok && r.value.sw).toBe(0x9000);
    expect(r.ok && r.value.status.success).toBe(true);
  });

  it.each([[[]], [[0x90]]])('rejects %j as apdu.too-short', (bytes) => {
    const r = parseResponseApdu(Uint8Array.from(bytes));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('apdu.too-short');
  });

  it('formats status words', () => {
    expect(formatSw(0x6a82)).toBe('6A82');
    expect(formatSw(0x0090)).toBe('0090');
  });

  it('property: any bytes give a value or a typed error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const r = parseResponseApdu(bytes);
      if (r.ok) expect(r.value.data.length).toBe(bytes.length - 2);
      else expect(r.error.code).toBe('apdu.too-short');
    }));
  });
});

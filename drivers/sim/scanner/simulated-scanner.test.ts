import { describe, expect, it } from 'vitest';
import { classifyScannedPayload } from '../../qr/classify-payload';
import type { ScannedPayload } from '../../qr/scanner';
import { DEMO_PAYLOADS } from './demo-payloads';
import { createInProcessScanner } from './in-process-scanner';
import { DAMAGE_KINDS, damagePayload } from './wedge-damage';

const flush = () => new Promise((r) => setImmediate(r));

describe('simulated scanner, in process', () => {
  it('delivers every demo payload with the classification it is meant to show', async () => {
    const { scanner, device } = await createInProcessScanner();
    const scans: ScannedPayload[] = [];
    scanner.onScan((s) => scans.push(s));
    await scanner.open();
    for (const payload of Object.values(DEMO_PAYLOADS)) await device.emit(payload);
    await flush();
    const results = scans.map((s) => classifyScannedPayload(s));
    expect(results.map((r) => r.kind)).toEqual([
      'cccd',
      'cccd',
      'cccd',
      'cccd',
      'cccd-unknown-layout',
      'url',
      'url',
      'dossier-code',
      'dossier-code',
      'text',
    ]);
    expect(results.every((r) => r.integrity.status === 'ok')).toBe(true);
    const ids = results.flatMap((r) => (r.kind === 'cccd' ? [r.fields.idCheck.status] : []));
    expect(ids).toEqual(['consistent', 'consistent', 'consistent', 'inconsistent']);
  });

  it.each(DAMAGE_KINDS)('a card QR damaged by %s is classified as damaged, never ok', async (kind) => {
    const { scanner, device } = await createInProcessScanner({ suffix: 'crlf' });
    const scans: ScannedPayload[] = [];
    scanner.onScan((s) => scans.push(s));
    await scanner.open();
    await device.emitDamaged(DEMO_PAYLOADS.card, kind, { splitAt: [5, 40] });
    await flush();
    expect(scans).toHaveLength(1);
    const result = classifyScannedPayload(scans[0]!);
    expect(result.integrity.status).toBe('damaged');
  });
});

describe('damagePayload', () => {
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  it.each([
    ['cp1252', 'Huỳnh', 'Huá»³nh'],
    ['big5', 'Huỳnh', 'Hu廙軟h'],
    ['strip-marks', 'Nguyễn Văn Đức', 'Nguyen Van Duc'],
    ['question-marks', 'Nguyễn Văn', 'Nguy?n V?n'],
  ] as const)('%s: %s → %s', (kind, input, output) => {
    expect(text(damagePayload(input, kind))).toBe(output);
  });

  it('invalid-utf8 yields bytes a strict decoder rejects', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(damagePayload('Đức', 'invalid-utf8'))).toThrow();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(damagePayload('abc', 'invalid-utf8'))).toThrow();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redact';

describe('redactPersonalData', () => {
  it.each([
    ['card 001234567890 read', 'card [id] read'],
    ['id=079123456789;', 'id=[id];'],
    ['grouped 001 234 567 890 and 0012 3456 7890', 'grouped [id] and [id]'],
    ['old CMND 123456789 found', 'old CMND [id9] found'],
    ['call 0901234567 or 090 123 4567', 'call [phone] or [phone]'],
    ['dots 0901.234.567 dashes 0901-234-567', 'dots [phone] dashes [phone]'],
    ['intl +84 90 123 4567 / 84901234567', 'intl [phone] / [phone]'],
    ['landline 024 3823 4567', 'landline [phone]'],
    ['mrz IDVNM0012345678001234567890<<<', 'mrz [mrz]'],
    ['name NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<', 'name [mrz]'],
    ['url http://127.0.0.1:8420/citizen#k=abcDEF_123-xyz', 'url http://127.0.0.1:8420/citizen#k=[token]'],
    ['ws /api?face=staff&k=abcdef123456&x=1', 'ws /api?face=staff&k=[token]&x=1'],
    ['{"token":"s3cr3t-token-value","pin":"123456"}', '{"token":"[token]","pin":"[token]"}'],
  ])('%s', (input, expected) => expect(redactPersonalData(input)).toBe(expected));

  it.each([
    '2026-01-05T03:04:05.678Z INFO  [core] started',
    'took 1735689600000 ms on port 8420',
    'listening on 192.168.1.10:8420',
    'version 0.1.0, 25 services, 3 of 12',
    'status word 6A82 after 4 retries',
    'a<b and x<<y',
  ])('keeps ordinary text: %s', (text) => expect(redactPersonalData(text)).toBe(text));

  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const text = fc.string({ maxLength: 40 });

  it('never leaves a 12-digit ID or a mobile number in the output, whatever surrounds it', () => {
    fc.assert(
      fc.property(text, digits(12), digits(9), text, (before, id, mobile, after) => {
        const out = redactPersonalData(`${before} ${id} x 09${mobile.slice(1)} ${after}`);
        expect(out).not.toContain(id);
        expect(out).not.toContain(`09${mobile.slice(1)}`);
      }),
    );
  });

  it('never throws, never grows a line by more than the markers, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const once = redactPersonalData(s);
        expect(redactPersonalData(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(s.length + 8 * (s.match(/\d/g)?.length ?? 0) + 10);
      }),
    );
  });
});

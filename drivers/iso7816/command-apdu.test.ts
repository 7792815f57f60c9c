import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCommandApdu, parseCommandApdu, type CommandApdu } from './command-apdu';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));
const enc = (a: CommandApdu) => {
  const r = encodeCommandApdu(a);
  if (!r.ok) throw new Error(r.error.detail);
  return Buffer.from(r.value).toString('hex').toUpperCase();
};

describe('encodeCommandApdu (ISO 7816-4 §5.1)', () => {
  it.each([
    ['case 1', { cla: 0x00, ins: 0xa4, p1: 0x00, p2: 0x0c }, '00A4000C'],
    // SELECT EF.CardAccess as read on CCCD cards (domain notes: 00 A4 02 0C 02 01 1C).
    ['case 3 short', { cla: 0x00, ins: 0xa4, p1: 0x02, p2: 0x0c, data: hex('011C') }, '00A4020C02011C'],
    ['case 2 short, Ne 256 → Le 00', { cla: 0x00, ins: 0xb0, p1: 0x00, p2: 0x00, ne: 256 }, '00B0000000'],
    ['case 2 short, Ne 223', { cla: 0x0c, ins: 0xb0, p1: 0x00, p2: 0x10, ne: 223 }, '0CB00010DF'],
    ['case 4 short', { cla: 0x00, ins: 0x88, p1: 0x00, p2: 0x00, data: hex('0102'), ne: 256 }, '00880000020102' + '00'],
    ['case 2 extended, Ne 65536 → 0000', { cla: 0x00, ins: 0xb0, p1: 0, p2: 0, ne: 65536 }, '00B00000000000'],
    ['case 2 extended, Ne 257', { cla: 0x00, ins: 0xb0, p1: 0, p2: 0, ne: 257 }, '00B00000000101'],
    ['case 3 extended, forced', { cla: 0x00, ins: 0x2a, p1: 0, p2: 0, data: hex('AABB'), extended: true }, '002A0000000002AABB'],
    ['case 4 extended (no 00 before Le)', { cla: 0x00, ins: 0x2a, p1: 0, p2: 0, data: hex('AA'), ne: 65536, extended: true }, '002A0000000001AA0000'],
  ])('%s', (_name, apdu, expected) => {
    expect(enc(apdu as CommandApdu)).toBe(expected);
  });

  it('uses extended lengths for 256 bytes of data', () => {
    const out = enc({ cla: 0, ins: 0xd6, p1: 0, p2: 0, data: new Uint8Array(256) });
    expect(out.slice(0, 14)).toBe('00D60000000100');
    expect(out.length).toBe((7 + 256) * 2);
  });

  it.each([
    [{ cla: 0x100, ins: 0, p1: 0, p2: 0 }],
    [{ cla: 0, ins: 0, p1: 0, p2: 0, ne: 0 }],
    [{ cla: 0, ins: 0, p1: 0, p2: 0, ne: 65537 }],
    [{ cla: 0, ins: 0, p1: 0, p2: 0, data: new Uint8Array(65536) }],
  ])('rejects out-of-range fields with apdu.invalid', (apdu) => {
    const r = encodeCommandApdu(apdu as CommandApdu);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('apdu.invalid');
  });
});

describe('parseCommandApdu', () => {
  it.each([
    ['00A4000C', '1', 0, undefined],
    ['00B0000000', '2S', 0, 256],
    ['00A4020C02011C', '3S', 2, undefined],
    ['008800000201020A', '4S', 2, 10],
    ['00B00000000000', '2E', 0, 65536],
    ['002A0000000002AABB', '3E', 2, undefined],
    ['002A0000000001AA0000', '4E', 1, 65536],
  ])('%s is case %s', (bytes, apduCase, nc, ne) => {
    const r = parseCommandApdu(hex(bytes));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.apduCase).toBe(apduCase);
      expect(r.value.data.length).toBe(nc);
      expect(r.value.ne).toBe(ne);
    }
  });

  it.each(['', '00A400', '00A4020C05011C', '00B0000000FF', '00B000000000000001'])('rejects %s', (bytes) => {
    expect(parseCommandApdu(hex(bytes)).ok).toBe(false);
  });

  it('property: any bytes give a value or a typed error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = parseCommandApdu(bytes);
        if (!r.ok) expect(r.error.code).toMatch(/^apdu\./);
      }),
    );
  });

  it('property: parse(encode(apdu)) gives the apdu back', () => {
    const apdu = fc.record({
      cla: fc.integer({ min: 0, max: 255 }),
      ins: fc.integer({ min: 0, max: 255 }),
      p1: fc.integer({ min: 0, max: 255 }),
      p2: fc.integer({ min: 0, max: 255 }),
      data: fc.option(fc.uint8Array({ maxLength: 400 }), { nil: undefined }),
      ne: fc.option(fc.integer({ min: 1, max: 65536 }), { nil: undefined }),
      extended: fc.boolean(),
    });
    fc.assert(
      fc.property(apdu, (a) => {
        const bytes = encodeCommandApdu(a);
        expect(bytes.ok).toBe(true);
        if (!bytes.ok) return;
        const back = parseCommandApdu(bytes.value);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect([back.value.cla, back.value.ins, back.value.p1, back.value.p2]).toEqual([a.cla, a.ins, a.p1, a.p2]);
        expect(Array.from(back.value.data)).toEqual(Array.from(a.data ?? []));
        expect(back.value.ne).toBe(a.ne);
      }),
    );
  });
});

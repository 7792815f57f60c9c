import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLength, encodeTag, encodeTlv, parseTlv, parseTlvList } from './tlv';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

describe('parseTlv', () => {
  it('reads a one-byte tag with a short length (EF.COM header, ICAO 9303-10 §4.6.1)', () => {
    const good = parseTlv(hex('60 02 AA BB'));
    expect(good).toEqual({
      ok: true,
      value: { tag: 0x60, constructed: true, length: 2, value: hex('AABB'), headerLength: 2, totalLength: 4 },
    });
  });

  it('reads two-byte tags as one number (5F1F MRZ, 7F49 public key, 7F2E biometric data)', () => {
    for (const [input, tag, constructed] of [
      ['5F1F 01 41', 0x5f1f, false],
      ['7F49 00', 0x7f49, true],
      ['7F2E 01 00', 0x7f2e, true],
      ['5F8101 00', 0x5f8101, false],
    ] as const) {
      const r = parseTlv(hex(input));
      expect(r.ok && r.value.tag).toBe(tag);
      expect(r.ok && r.value.constructed).toBe(constructed);
    }
  });

  it('reads long-form lengths of 1 to 4 bytes', () => {
    const value = new Uint8Array(300).fill(7);
    for (const lenHex of ['82012C', '8300012C', '840000012C']) {
      const r = parseTlv(Uint8Array.from([0x75, ...hex(lenHex), ...value]));
      expect(r.ok && r.value.length).toBe(300);
      expect(r.ok && r.value.headerLength).toBe(1 + lenHex.length / 2);
    }
    const r81 = parseTlv(Uint8Array.from([0x04, 0x81, 0x80, ...new Uint8Array(128)]));
    expect(r81.ok && r81.value.totalLength).toBe(131);
  });

  it('parses at an offset and leaves trailing bytes alone', () => {
    const r = parseTlv(hex('FFFF 02 01 05 9000'), 2);
    expect(r.ok && r.value.tag).toBe(2);
    expect(r.ok && Array.from(r.value.value)).toEqual([5]);
    expect(r.ok && r.value.totalLength).toBe(3);
  });

  it.each([
    ['', 'tlv.truncated'],
    ['5F', 'tlv.truncated'],
    ['5F1F', 'tlv.truncated'],
    ['61 05 0102', 'tlv.truncated'],
    ['61 82 01', 'tlv.truncated'],
    ['61 85 0000000001 00', 'tlv.length-too-long'],
    ['30 80 0000', 'tlv.indefinite-length'],
    ['1F 81 81 81 81 01 00', 'tlv.tag-too-long'],
  ])('rejects %s with %s', (input, code) => {
    const r = parseTlv(hex(input));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('rejects an offset outside the input', () => {
    const r = parseTlv(hex('0100'), 5);
    expect(!r.ok && r.error.code).toBe('tlv.bad-offset');
  });
});

describe('parseTlvList', () => {
  it('splits consecutive TLVs and demands they fill the input', () => {
    const r = parseTlvList(hex('5F01 04 30313037 5F36 06 303430303030 5C 02 6175'));
    expect(r.ok && r.value.map((t) => t.tag)).toEqual([0x5f01, 0x5f36, 0x5c]);
    expect(parseTlvList(new Uint8Array()).ok).toBe(true);
    const bad = parseTlvList(hex('0201 05 02'));
    expect(!bad.ok && bad.error.code).toBe('tlv.truncated');
  });
});

describe('encoders', () => {
  it('encodes lengths in DER minimal form', () => {
    expect(Array.from(encodeLength(0))).toEqual([0]);
    expect(Array.from(encodeLength(127))).toEqual([0x7f]);
    expect(Array.from(encodeLength(128))).toEqual([0x81, 0x80]);
    expect(Array.from(encodeLength(256))).toEqual([0x82, 0x01, 0x00]);
    expect(Array.from(encodeLength(0x1000000))).toEqual([0x84, 1, 0, 0, 0]);
    expect(() => encodeLength(-1)).toThrow(RangeError);
  });

  it('encodes tags by their bytes', () => {
    expect(Array.from(encodeTag(0x5f1f))).toEqual([0x5f, 0x1f]);
    expect(Array.from(encodeTag(0x7f61))).toEqual([0x7f, 0x61]);
    expect(Array.from(encodeTag(0))).toEqual([0]);
    expect(Array.from(encodeTlv(0x5f1f, hex('4944')))).toEqual([0x5f, 0x1f, 2, 0x49, 0x44]);
  });

  it('round-trips any tag and value through encodeTlv → parseTlv', () => {
    const tagArb = fc.oneof(
      fc.integer({ min: 0, max: 0xff }).filter((t) => (t & 0x1f) !== 0x1f),
      fc.integer({ min: 0x1f, max: 0x7f }).map((b) => ((b | 0x1f) << 8) | 0x1f), // e.g. 5F1F, 7F1F
      fc.constantFrom(0x5f1f, 0x7f49, 0x7f61, 0x7f2e, 0x5f2e, 0x5f8101),
    );
    fc.assert(
      fc.property(tagArb, fc.uint8Array({ maxLength: 600 }), (tag, value) => {
        const r = parseTlv(encodeTlv(tag, value));
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value.tag).toBe(tag);
          expect(Buffer.from(r.value.value).equals(Buffer.from(value))).toBe(true);
        }
      }),
    );
  });
});

describe('property: any bytes give a TLV or a typed error', () => {
  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(70), (bytes, offset) => {
        const r = parseTlv(bytes, offset);
        if (r.ok) expect(r.value.totalLength).toBeLessThanOrEqual(bytes.length - offset);
        else expect(r.error.code).toMatch(/^tlv\./);
        const list = parseTlvList(bytes);
        if (!list.ok) expect(list.error.code).toMatch(/^tlv\./);
      }),
      { numRuns: 2000 },
    );
  });
});

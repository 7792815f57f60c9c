import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIndefiniteLengths } from '../../sim/card-profile/sod-builder';
import { normaliseBer } from './ber';
import { concatBytes, encodeTlv } from './tlv';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex').toUpperCase();

describe('normaliseBer (X.690 §8.1.3.6, §8.7.3 → §10)', () => {
  it('returns DER input unchanged', () => {
    const der = hex('30 08 02 01 05 04 03 AA BB CC');
    expect(toHex(normaliseBer(der).ok ? (normaliseBer(der) as { value: Uint8Array }).value : new Uint8Array())).toBe(toHex(der));
  });

  it.each([
    ['indefinite SEQUENCE', '30 80 02 01 05 00 00', '30 03 02 01 05'],
    ['nested indefinite, definite child kept', '77 80 30 80 A0 03 02 01 07 00 00 00 00', '77 07 30 05 A0 03 02 01 07'],
    ['constructed OCTET STRING', '24 80 04 02 AA BB 04 01 CC 00 00', '04 03 AA BB CC'],
    ['definite constructed OCTET STRING inside a SEQUENCE', '30 09 24 07 04 01 AA 04 02 BB CC', '30 05 04 03 AA BB CC'],
  ])('rewrites %s', (_n, input, expected) => {
    const r = normaliseBer(hex(input));
    expect(r.ok && toHex(r.value)).toBe(expected.replace(/\s+/g, ''));
  });

  it('rewrites an indefinite element even when the DER form has the same size', () => {
    // 30 80 … 00 00 (4 header and end-of-contents bytes) vs 30 82 01 00 (4): 256 bytes of content.
    const child = encodeTlv(0x04, new Uint8Array(253));
    const ber = concatBytes(hex('30 80'), child, hex('00 00'));
    const r = normaliseBer(ber);
    expect(r.ok && r.value.length).toBe(ber.length);
    expect(r.ok && toHex(r.value.subarray(0, 4))).toBe('30820100');
  });

  it.each([
    ['missing end-of-contents', '30 80 02 01 05', 'ber.truncated'],
    ['indefinite primitive', '04 80 00 00', 'ber.malformed'],
    ['length past the end', '30 05 02 01', 'ber.truncated'],
    ['constructed OCTET STRING with an INTEGER segment', '24 80 02 01 05 00 00', 'ber.malformed'],
  ])('rejects %s with %s', (_n, input, code) => {
    const r = normaliseBer(hex(input));
    expect(!r.ok && r.error.code).toBe(code);
  });

  it('stops at absurd nesting instead of exhausting the stack', () => {
    const deep = concatBytes(...Array.from({ length: 5000 }, () => hex('30 80')));
    const r = normaliseBer(deep);
    expect(!r.ok && r.error.code).toBe('ber.too-deep');
  });

  const derTree: fc.Arbitrary<Uint8Array> = fc.letrec<{ node: Uint8Array }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.uint8Array({ maxLength: 40 }).map((v) => encodeTlv(0x04, v)),
      fc.array(tie('node'), { maxLength: 4 }).map((children) => encodeTlv(0x30, concatBytes(...children))),
    ),
  })).node;

  it('property: BER with indefinite lengths normalises back to the DER it came from', () => {
    fc.assert(
      fc.property(derTree, fc.integer({ min: 0, max: 5 }), (der, depth) => {
        const r = normaliseBer(toIndefiniteLengths(der, depth));
        expect(r.ok && toHex(r.value)).toBe(toHex(der));
      }),
    );
  });

  it('property: random bytes give DER or a typed error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const r = normaliseBer(bytes);
        if (!r.ok) expect(r.error.code).toMatch(/^ber\./);
      }),
      { numRuns: 3000 },
    );
  });
});

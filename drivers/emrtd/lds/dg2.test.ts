import { describe, expect, it } from 'vitest';
import { parseDg2, imageMimeType } from './dg2';
import { concatBytes, encodeTlv } from './tlv';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
const JP2 = Uint8Array.from([0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a, 9, 9]);

/** ISO/IEC 19794-5 record with one image of the given bytes (header 14 + info 20 + image info 12). */
function record(image: Uint8Array, width = 180, height = 240): Uint8Array {
  const b = new Uint8Array(46);
  const v = new DataView(b.buffer);
  b.set([0x46, 0x41, 0x43, 0, 0x30, 0x31, 0x30, 0]);
  v.setUint32(8, 46 + image.length);
  v.setUint16(12, 1);
  v.setUint32(14, 32 + image.length);
  v.setUint16(34 + 2, width);
  v.setUint16(34 + 4, height);
  return concatBytes(b, image);
}
const dg2 = (block: Uint8Array, blockTag = 0x5f2e) =>
  encodeTlv(0x75, encodeTlv(0x7f61, concatBytes(encodeTlv(0x02, Uint8Array.of(1)), encodeTlv(0x7f60, concatBytes(encodeTlv(0xa1, new Uint8Array()), encodeTlv(blockTag, block))))));

describe('parseDg2 (ICAO 9303-10 §4.7.2, ISO/IEC 19794-5)', () => {
  it('extracts a JPEG face with its size', () => {
    const r = parseDg2(dg2(record(JPEG)));
    expect(r.ok && r.value.faces).toEqual([{ mimeType: 'image/jpeg', image: JPEG, width: 180, height: 240 }]);
  });

  it('extracts a JPEG 2000 face from a 7F2E data block', () => {
    const r = parseDg2(dg2(record(JP2, 10, 20), 0x7f2e));
    expect(r.ok && r.value.faces[0]?.mimeType).toBe('image/jp2');
  });

  it.each([
    ['no FAC header', dg2(Uint8Array.of(1, 2, 3)), 'dg2.malformed'],
    ['block length past the record', dg2(record(JPEG).subarray(0, 40)), 'dg2.malformed'],
    ['unknown image format', dg2(record(Uint8Array.of(1, 2, 3, 4))), 'dg2.unknown-image'],
    ['no 7F61', encodeTlv(0x75, encodeTlv(0x02, Uint8Array.of(1))), 'dg2.malformed'],
  ])('rejects %s', (_n, bytes, code) => {
    const r = parseDg2(bytes);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it('knows image magic numbers', () => {
    expect(imageMimeType(JPEG)).toBe('image/jpeg');
    expect(imageMimeType(JP2)).toBe('image/jp2');
    expect(imageMimeType(Uint8Array.of(0xff, 0x4f, 0xff, 0x51))).toBe('image/jp2');
    expect(imageMimeType(new Uint8Array())).toBeUndefined();
  });
});

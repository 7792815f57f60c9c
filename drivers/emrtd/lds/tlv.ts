import { err, ok, type Result } from '../../result';

/**
 * BER-TLV (Basic Encoding Rules Tag-Length-Value), as used by ISO/IEC 7816-4 §5.2 and X.690 §8.1 for
 * every LDS file, APDU data object and ASN.1 structure on the chip.
 *
 * Tags are kept as the number formed by their bytes, big-endian: 0x61, 0x5F1F, 0x7F49, 0x7F2E.
 */
export interface Tlv {
  /** The tag bytes as one big-endian number (e.g. 0x5F1F for the two bytes 5F 1F). */
  tag: number;
  /** Bit 6 of the first tag byte (X.690 §8.1.2.5): the value holds nested TLVs. */
  constructed: boolean;
  /** Length of the value in bytes. */
  length: number;
  /** The value bytes: a view into the input (no copy), so do not mutate it. */
  value: Uint8Array;
  /** Number of bytes of tag plus length fields. */
  headerLength: number;
  /** headerLength + length: bytes this TLV occupies in the input. */
  totalLength: number;
}

export type TlvErrorCode =
  | 'tlv.truncated'
  | 'tlv.tag-too-long'
  | 'tlv.length-too-long'
  | 'tlv.indefinite-length'
  | 'tlv.bad-offset';

/** Tags longer than 4 bytes do not occur in ICAO 9303 or ISO 7816 and could not fit a JS bit operation. */
const MAX_TAG_BYTES = 4;
/** Long-form lengths of up to 4 length bytes (ISO 7816-4 allows up to 4; X.690 more, unused here). */
const MAX_LENGTH_BYTES = 4;

/** Parses one TLV starting at `offset` (default 0). Trailing bytes after it are left alone. */
export function parseTlv(bytes: Uint8Array, offset = 0): Result<Tlv> {
  if (!Number.isInteger(offset) || offset < 0 || offset > bytes.length) {
    return err('tlv.bad-offset', `offset ${offset} is outside the ${bytes.length}-byte input`);
  }
  let pos = offset;
  const first = bytes[pos];
  if (first === undefined) return err('tlv.truncated', 'no tag byte');
  pos += 1;
  let tag = first;
  // X.690 §8.1.2.4: low five bits all ones means the tag number continues in following bytes,
  // each with bit 8 set except the last.
  if ((first & 0x1f) === 0x1f) {
    let tagBytes = 1;
    for (;;) {
      const b = bytes[pos];
      if (b === undefined) return err('tlv.truncated', 'multi-byte tag cut short');
      pos += 1;
      tagBytes += 1;
      if (tagBytes > MAX_TAG_BYTES) return err('tlv.tag-too-long', `tag longer than ${MAX_TAG_BYTES} bytes`);
      tag = tag * 256 + b;
      if ((b & 0x80) === 0) break;
    }
  }
  const lengthByte = bytes[pos];
  if (lengthByte === undefined) return err('tlv.truncated', 'no length byte');
  pos += 1;
  let length: number;
  if (lengthByte < 0x80) {
    length = lengthByte;
  } else if (lengthByte === 0x80) {
    // X.690 §8.1.3.6: only BER allows it; callers that need it normalise BER to DER first.
    return err('tlv.indefinite-length', 'indefinite length (0x80) is not accepted here');
  } else {
    const count = lengthByte & 0x7f;
    if (count > MAX_LENGTH_BYTES) return err('tlv.length-too-long', `${count} length bytes (at most ${MAX_LENGTH_BYTES})`);
    if (pos + count > bytes.length) return err('tlv.truncated', 'long-form length cut short');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[pos + i] as number);
    pos += count;
  }
  if (pos + length > bytes.length) {
    return err('tlv.truncated', `value of ${length} bytes but only ${bytes.length - pos} remain`);
  }
  const headerLength = pos - offset;
  return ok({
    tag,
    constructed: (first & 0x20) !== 0,
    length,
    value: bytes.subarray(pos, pos + length),
    headerLength,
    totalLength: headerLength + length,
  });
}

/** Parses a concatenation of TLVs that must fill `bytes` exactly (an empty input gives an empty list). */
export function parseTlvList(bytes: Uint8Array): Result<Tlv[]> {
  const list: Tlv[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const r = parseTlv(bytes, offset);
    if (!r.ok) return r;
    list.push(r.value);
    offset += r.value.totalLength;
  }
  return ok(list);
}

/** Encodes a length field: short form below 128, else long form with the fewest bytes (DER, X.690 §10.1). */
export function encodeLength(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`cannot encode length ${n}`);
  if (n < 0x80) return Uint8Array.of(n);
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return Uint8Array.from([0x80 | out.length, ...out]);
}

/** Encodes the tag number as its bytes (0x5F1F → 5F 1F). */
export function encodeTag(tag: number): Uint8Array {
  if (!Number.isInteger(tag) || tag < 0 || tag > 0xffffffff) throw new RangeError(`cannot encode tag ${tag}`);
  if (tag === 0) return Uint8Array.of(0);
  const out: number[] = [];
  for (let v = tag; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return Uint8Array.from(out);
}

/** Encodes one TLV with a DER length. Throws RangeError only for a tag or value no card could carry. */
export function encodeTlv(tag: number, value: Uint8Array): Uint8Array {
  const t = encodeTag(tag);
  const l = encodeLength(value.length);
  const out = new Uint8Array(t.length + l.length + value.length);
  out.set(t, 0);
  out.set(l, t.length);
  out.set(value, t.length + l.length);
  return out;
}

/** Concatenates byte arrays (used by every encoder). */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

import { err, ok, type Result } from '../../result';
import { concatBytes, encodeTlv, parseTlv, parseTlvList, type Tlv } from './tlv';

/**
 * Small DER (Distinguished Encoding Rules, X.690 §10) helpers over the TLV layer: object identifiers,
 * integers and strings, for the LDS structures that are simpler to walk by hand than through a schema.
 */

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  t61String: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
} as const;

/** Decodes the value of an OBJECT IDENTIFIER (X.690 §8.19) to dotted form, e.g. "2.23.136.1.1.1". */
export function decodeOid(value: Uint8Array): Result<string> {
  if (value.length === 0) return err('der.bad-oid', 'empty object identifier');
  const arcs: bigint[] = [];
  let current = 0n;
  let inArc = false;
  for (const b of value) {
    if (!inArc && b === 0x80) return err('der.bad-oid', 'object identifier arc with a leading 0x80 byte');
    current = (current << 7n) | BigInt(b & 0x7f);
    inArc = (b & 0x80) !== 0;
    if (!inArc) {
      arcs.push(current);
      current = 0n;
    }
    if (arcs.length > 64) return err('der.bad-oid', 'object identifier with more than 64 arcs');
  }
  if (inArc) return err('der.bad-oid', 'object identifier ends inside an arc');
  const first = arcs[0] as bigint;
  const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
  return ok([...head, ...arcs.slice(1)].map(String).join('.'));
}

/** Encodes a dotted OID to its value bytes (no tag or length). Throws on a malformed literal: programmer error. */
export function encodeOidValue(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map((a) => {
    if (!/^\d+$/.test(a)) throw new RangeError(`bad OID ${dotted}`);
    return BigInt(a);
  });
  if (arcs.length < 2) throw new RangeError(`bad OID ${dotted}`);
  const out: number[] = [];
  const pushArc = (arc: bigint): void => {
    const bytes: number[] = [Number(arc & 0x7fn)];
    for (let v = arc >> 7n; v > 0n; v >>= 7n) bytes.unshift(Number(v & 0x7fn) | 0x80);
    out.push(...bytes);
  };
  pushArc((arcs[0] as bigint) * 40n + (arcs[1] as bigint));
  for (const a of arcs.slice(2)) pushArc(a);
  return Uint8Array.from(out);
}

/** A complete OBJECT IDENTIFIER TLV. */
export const encodeOid = (dotted: string): Uint8Array => encodeTlv(TAG.oid, encodeOidValue(dotted));

/** Decodes a non-negative INTEGER small enough for a JS number (versions, DG numbers, parameter IDs). */
export function decodeSmallInteger(value: Uint8Array): Result<number> {
  if (value.length === 0) return err('der.bad-integer', 'empty integer');
  if (value.length > 6 || ((value[0] as number) & 0x80) !== 0) {
    return err('der.bad-integer', 'integer negative or too large for this field');
  }
  let n = 0;
  for (const b of value) n = n * 256 + b;
  return ok(n);
}

/** Decodes an INTEGER (two's complement) as a bigint. */
export function decodeBigInt(value: Uint8Array): bigint {
  if (value.length === 0) return 0n;
  let n = 0n;
  for (const b of value) n = (n << 8n) | BigInt(b);
  if (((value[0] as number) & 0x80) !== 0) n -= 1n << BigInt(value.length * 8);
  return n;
}

/** Unsigned big-endian bytes → bigint (field elements, curve parameters). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/** bigint → unsigned big-endian bytes, left-padded to `length` if given. */
export function bigIntToBytes(n: bigint, length?: number): Uint8Array {
  if (n < 0n) throw new RangeError('negative');
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const raw = Uint8Array.from(Buffer.from(hex, 'hex'));
  if (length === undefined || raw.length >= length) return raw;
  const out = new Uint8Array(length);
  out.set(raw, length - raw.length);
  return out;
}

/** A DER INTEGER TLV for a non-negative value (minimal bytes, a leading zero when the top bit is set). */
export function encodeInteger(n: number | bigint): Uint8Array {
  const big = BigInt(n);
  if (big < 0n) throw new RangeError('negative integers are not used here');
  let bytes = bigIntToBytes(big);
  if (bytes.length === 0) bytes = Uint8Array.of(0);
  if (((bytes[0] as number) & 0x80) !== 0) bytes = concatBytes(Uint8Array.of(0), bytes);
  return encodeTlv(TAG.integer, bytes);
}

export const encodeSequence = (...children: readonly Uint8Array[]): Uint8Array =>
  encodeTlv(TAG.sequence, concatBytes(...children));
export const encodeSet = (...children: readonly Uint8Array[]): Uint8Array => encodeTlv(TAG.set, concatBytes(...children));
export const encodeOctetString = (value: Uint8Array): Uint8Array => encodeTlv(TAG.octetString, value);
/** A BIT STRING TLV with no unused bits (keys, signatures). */
export const encodeBitString = (value: Uint8Array): Uint8Array => encodeTlv(TAG.bitString, concatBytes(Uint8Array.of(0), value));
export const encodeUtf8String = (text: string): Uint8Array => encodeTlv(TAG.utf8String, new TextEncoder().encode(text));
export const encodePrintableString = (text: string): Uint8Array =>
  encodeTlv(TAG.printableString, new TextEncoder().encode(text));

/** Parses `bytes` as exactly one TLV with the given tag (trailing bytes allowed only if `allowTrailing`). */
export function expectTlv(bytes: Uint8Array, tag: number, code: string, allowTrailing = false): Result<Tlv> {
  const r = parseTlv(bytes);
  if (!r.ok) return err(code, `${r.error.code}: ${r.error.detail}`);
  if (r.value.tag !== tag) {
    return err(code, `expected tag ${tag.toString(16).toUpperCase()}, found ${r.value.tag.toString(16).toUpperCase()}`);
  }
  if (!allowTrailing && r.value.totalLength !== bytes.length) {
    return err(code, `${bytes.length - r.value.totalLength} unexpected bytes after the ${tag.toString(16).toUpperCase()} object`);
  }
  return r;
}

/** The child TLVs of a constructed TLV, with errors mapped to `code`. */
export function childrenOf(tlv: Tlv, code: string): Result<Tlv[]> {
  if (!tlv.constructed) return err(code, `tag ${tlv.tag.toString(16).toUpperCase()} is not constructed`);
  const r = parseTlvList(tlv.value);
  if (!r.ok) return err(code, `${r.error.code}: ${r.error.detail}`);
  return r;
}

/** The raw bytes (tag, length and value) a TLV occupies, given the buffer its value is a view of. */
export function rawTlv(tlv: Tlv): Uint8Array {
  const { buffer, byteOffset } = tlv.value;
  return new Uint8Array(buffer, byteOffset - tlv.headerLength, tlv.totalLength);
}

/**
 * Decodes an ASN.1 character string by its tag: UTF8String, PrintableString, IA5String, T61String
 * (read as Latin-1), BMPString (UTF-16BE) and OCTET STRING (read as UTF-8). Invalid UTF-8 is an error.
 */
export function decodeText(tlv: Tlv): Result<string> {
  try {
    switch (tlv.tag) {
      case TAG.utf8String:
      case TAG.octetString:
        return ok(new TextDecoder('utf-8', { fatal: true }).decode(tlv.value));
      case TAG.printableString:
      case TAG.ia5String:
      case TAG.t61String:
        return ok(new TextDecoder('latin1').decode(tlv.value));
      case TAG.bmpString: {
        if (tlv.value.length % 2) return err('der.bad-text', 'BMPString of odd length');
        return ok(new TextDecoder('utf-16be', { fatal: true }).decode(tlv.value));
      }
      default:
        return err('der.bad-text', `tag ${tlv.tag.toString(16).toUpperCase()} is not a text string`);
    }
  } catch {
    return err('der.bad-text', 'text is not valid in its declared encoding');
  }
}

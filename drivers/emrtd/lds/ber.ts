import { err, ok, type Result } from '../../result';
import { concatBytes, encodeLength, encodeTag } from './tlv';

/**
 * BER → DER normalisation for EF.SOD. Some chips write the CMS SignedData with BER indefinite lengths
 * (X.690 §8.1.3.6) and constructed OCTET STRINGs (§8.7.3), which the DER-only parsers reject.
 *
 * Only what BER allows and DER forbids in those two respects is rewritten: an element whose encoding
 * is already definite-length keeps its exact bytes, so signed bytes (the signed attributes, the
 * certificate's TBSCertificate) stay byte-identical and their signatures still verify.
 */

/** Nesting deeper than this is no real SOD and would only exhaust the stack. */
const MAX_DEPTH = 48;
const OCTET_STRING = 0x04;
const CONSTRUCTED_OCTET_STRING = 0x24;

interface Node {
  /** Normalised encoding of the whole element. */
  bytes: Uint8Array;
  /** Offset just past the element in the input. */
  end: number;
  /** Tag number as read (constructed bit included). */
  tag: number;
  /** Value bytes of the normalised element. */
  value: Uint8Array;
  /** Whether the normalised bytes differ from the input's. */
  changed: boolean;
}

/** Normalises one BER element at the start of `bytes`; trailing bytes after it are ignored. */
export function normaliseBer(bytes: Uint8Array): Result<Uint8Array> {
  const r = readElement(bytes, 0, bytes.length, 0);
  return r.ok ? ok(r.value.bytes) : r;
}

function readElement(input: Uint8Array, start: number, limit: number, depth: number): Result<Node> {
  if (depth > MAX_DEPTH) return err('ber.too-deep', `nesting deeper than ${MAX_DEPTH}`);
  let pos = start;
  const first = input[pos];
  if (first === undefined || pos >= limit) return err('ber.truncated', 'element expected');
  pos += 1;
  let tag = first;
  if ((first & 0x1f) === 0x1f) {
    for (let n = 1; ; n += 1) {
      const b = input[pos];
      if (b === undefined || pos >= limit) return err('ber.truncated', 'multi-byte tag cut short');
      if (n > 3) return err('ber.malformed', 'tag longer than 4 bytes');
      pos += 1;
      tag = tag * 256 + b;
      if ((b & 0x80) === 0) break;
    }
  }
  const constructed = (first & 0x20) !== 0;
  const lenByte = input[pos];
  if (lenByte === undefined || pos >= limit) return err('ber.truncated', 'length expected');
  pos += 1;
  let length: number | undefined;
  if (lenByte === 0x80) {
    if (!constructed) return err('ber.malformed', 'indefinite length on a primitive element');
    length = undefined;
  } else if (lenByte > 0x80) {
    const count = lenByte & 0x7f;
    if (count > 4) return err('ber.malformed', 'length field longer than 4 bytes');
    if (pos + count > limit) return err('ber.truncated', 'long length cut short');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (input[pos + i] as number);
    pos += count;
  } else {
    length = lenByte;
  }
  if (length !== undefined && pos + length > limit) return err('ber.truncated', 'value runs past its container');

  if (!constructed) {
    const end = pos + (length as number);
    return ok({ bytes: input.subarray(start, end), end, tag, value: input.subarray(pos, end), changed: false });
  }

  // Constructed: walk children until the definite end or the end-of-contents octets 00 00.
  const children: Node[] = [];
  let changed = length === undefined || tag === CONSTRUCTED_OCTET_STRING;
  const end = length === undefined ? limit : pos + length;
  for (;;) {
    if (length === undefined) {
      if (pos + 2 > limit) return err('ber.truncated', 'end-of-contents missing');
      if (input[pos] === 0 && input[pos + 1] === 0) {
        pos += 2;
        break;
      }
    } else if (pos >= end) {
      break;
    }
    const child = readElement(input, pos, end, depth + 1);
    if (!child.ok) return child;
    if (child.value.changed) changed = true;
    children.push(child.value);
    pos = child.value.end;
  }
  if (!changed) {
    return ok({ bytes: input.subarray(start, pos), end: pos, tag, value: input.subarray(pos - (length as number), pos), changed: false });
  }
  if (tag === CONSTRUCTED_OCTET_STRING) {
    // X.690 §8.7.3: the value is the concatenation of the segments, each an OCTET STRING.
    if (children.some((c) => c.tag !== OCTET_STRING)) return err('ber.malformed', 'constructed OCTET STRING with a non-OCTET STRING segment');
    const value = concatBytes(...children.map((c) => c.value));
    return ok({ bytes: concatBytes(Uint8Array.of(OCTET_STRING), encodeLength(value.length), value), end: pos, tag: OCTET_STRING, value, changed: true });
  }
  const value = concatBytes(...children.map((c) => c.bytes));
  return ok({ bytes: concatBytes(encodeTag(tag), encodeLength(value.length), value), end: pos, tag, value, changed: true });
}

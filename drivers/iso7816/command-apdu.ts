import { err, ok, type DriverError, type Result } from '../result';

/**
 * An ISO/IEC 7816-4 command APDU (§5.1 "Command-response pairs"). CLA INS P1 P2 are single bytes;
 * `data` is the command data field (Nc = its length); `ne` is the maximum number of response data bytes
 * expected (Ne). The four cases follow from what is present:
 *   case 1: no data, no Ne · case 2: Ne only · case 3: data only · case 4: data and Ne.
 */
export interface CommandApdu {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
  /** Command data; absent or empty means Nc = 0. At most 255 bytes short, 65535 extended. */
  readonly data?: Uint8Array;
  /**
   * Ne, 1..65536; absent means no response data expected. Short form encodes 256 as Le = 00;
   * extended form encodes 65536 as Le = 00 00 (ISO 7816-4 §5.1).
   */
  readonly ne?: number;
  /** Force extended length fields even when short ones would do. Default: short whenever Nc ≤ 255 and Ne ≤ 256. */
  readonly extended?: boolean;
}

export type ApduErrorCode = 'apdu.invalid' | 'apdu.too-short' | 'apdu.length-mismatch';

/** The case of a command APDU (ISO 7816-3 §12.1.3), with S/E for short/extended length fields. */
export type ApduCase = '1' | '2S' | '3S' | '4S' | '2E' | '3E' | '4E';

/** A decoded command APDU: the same fields plus the case that the bytes used. */
export interface ParsedCommandApdu {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
  readonly data: Uint8Array;
  readonly ne: number | undefined;
  readonly apduCase: ApduCase;
}

const isByte = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0xff;

/** Encodes a command APDU; a field out of range is a typed "apdu.invalid" error (these come from our own code). */
export function encodeCommandApdu(apdu: CommandApdu): Result<Uint8Array, DriverError<ApduErrorCode>> {
  const { cla, ins, p1, p2 } = apdu;
  if (![cla, ins, p1, p2].every(isByte)) return err('apdu.invalid', 'CLA, INS, P1 and P2 must be bytes');
  const data = apdu.data ?? new Uint8Array(0);
  const nc = data.length;
  const ne = apdu.ne;
  if (nc > 0xffff) return err('apdu.invalid', `command data of ${nc} bytes exceeds 65535`);
  if (ne !== undefined && (!Number.isInteger(ne) || ne < 1 || ne > 0x10000)) {
    return err('apdu.invalid', `Ne ${ne} is outside 1..65536`);
  }
  const extended = apdu.extended === true || nc > 0xff || (ne !== undefined && ne > 0x100);
  const header = [cla, ins, p1, p2];
  const body: number[] = [];
  if (!extended) {
    if (nc > 0) body.push(nc, ...data);
    if (ne !== undefined) body.push(ne & 0xff); // 256 → 00
  } else if (nc > 0 || ne !== undefined) {
    // Case 1 has no length fields at all, extended or not.
    // Extended: one 00 byte, then 2-byte Lc and/or 2-byte Le; Le has no leading 00 when Lc is present.
    body.push(0x00);
    if (nc > 0) body.push(nc >> 8, nc & 0xff, ...data);
    if (ne !== undefined) body.push((ne >> 8) & 0xff, ne & 0xff); // 65536 → 00 00
  }
  return ok(Uint8Array.from([...header, ...body]));
}

/** Decodes command APDU bytes (used by the virtual card and by tests); never throws. */
export function parseCommandApdu(bytes: Uint8Array): Result<ParsedCommandApdu, DriverError<ApduErrorCode>> {
  if (bytes.length < 4) return err('apdu.too-short', `command APDU of ${bytes.length} bytes has no full header`);
  const [cla, ins, p1, p2] = [bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!];
  const body = bytes.subarray(4);
  const make = (data: Uint8Array, ne: number | undefined, apduCase: ApduCase): ParsedCommandApdu => ({
    cla, ins, p1, p2, data: data.slice(), ne, apduCase,
  });
  const n = body.length;
  if (n === 0) return ok(make(new Uint8Array(0), undefined, '1'));
  const b0 = body[0]!;
  if (n === 1) return ok(make(new Uint8Array(0), b0 === 0 ? 0x100 : b0, '2S'));
  if (b0 !== 0) {
    if (n === 1 + b0) return ok(make(body.subarray(1), undefined, '3S'));
    if (n === 2 + b0) return ok(make(body.subarray(1, 1 + b0), body[n - 1] || 0x100, '4S'));
    return err('apdu.length-mismatch', `short Lc ${b0} does not match a body of ${n} bytes`);
  }
  if (n === 3) return ok(make(new Uint8Array(0), ((body[1]! << 8) | body[2]!) || 0x10000, '2E'));
  if (n < 3) return err('apdu.length-mismatch', 'extended length field is truncated');
  const lc = (body[1]! << 8) | body[2]!;
  if (lc === 0) return err('apdu.length-mismatch', 'extended Lc of zero');
  if (n === 3 + lc) return ok(make(body.subarray(3), undefined, '3E'));
  if (n === 5 + lc) return ok(make(body.subarray(3, 3 + lc), ((body[n - 2]! << 8) | body[n - 1]!) || 0x10000, '4E'));
  return err('apdu.length-mismatch', `extended Lc ${lc} does not match a body of ${n} bytes`);
}

import type { DriverError } from '../result';

/**
 * ISO/IEC 7816-4 §5.6 status words as typed values. The kinds the eMRTD layer acts on:
 * `more-data` (61xx: GET RESPONSE for xx bytes), `wrong-le` (6Cxx: repeat with Le = xx),
 * `wrong-length` (6700: step the READ BINARY chunk down), `verification-failed` (63Cx: x tries left),
 * `sm-missing` / `sm-incorrect` (6987/6988: the chip dropped the Secure Messaging session).
 */
export type StatusWordKind =
  | 'success'
  | 'more-data'
  | 'end-of-file'
  | 'warning'
  | 'verification-failed'
  | 'memory-failure'
  | 'execution-error'
  | 'wrong-length'
  | 'sm-not-supported'
  | 'chaining-not-supported'
  | 'cla-function-not-supported'
  | 'incompatible-file'
  | 'security-status'
  | 'auth-blocked'
  | 'reference-data-unusable'
  | 'conditions-not-satisfied'
  | 'no-current-ef'
  | 'sm-missing'
  | 'sm-incorrect'
  | 'wrong-data'
  | 'function-not-supported'
  | 'file-not-found'
  | 'record-not-found'
  | 'not-enough-memory'
  | 'wrong-p1p2'
  | 'reference-not-found'
  | 'wrong-offset'
  | 'wrong-le'
  | 'ins-not-supported'
  | 'cla-not-supported'
  | 'no-diagnosis'
  | 'unknown';

export interface StatusWordInfo {
  readonly sw: number;
  readonly kind: StatusWordKind;
  /** Stable machine code for DriverErrors: "sw.<kind>". */
  readonly code: `sw.${StatusWordKind}`;
  /** True for 9000 and 61xx (processing completed, possibly with more data to fetch). */
  readonly success: boolean;
  /**
   * The number carried in SW2 where it means something: 61xx bytes still available and 6Cxx exact Ne
   * (00 means 256), 63Cx retries left.
   */
  readonly value?: number;
  /** English meaning, for logs. */
  readonly meaning: string;
}

type Entry = readonly [sw: number, kind: StatusWordKind, meaning: string];

/** Exact status words (ISO 7816-4 §5.6, tables 5–6 of the 2013 edition). */
const EXACT: readonly Entry[] = [
  [0x9000, 'success', 'Normal processing'],
  [0x6282, 'end-of-file', 'End of file or record reached before reading Ne bytes'],
  [0x6300, 'verification-failed', 'Verification failed (no further information)'],
  [0x6581, 'memory-failure', 'Memory failure'],
  [0x6700, 'wrong-length', 'Wrong length (Lc or Le)'],
  [0x6882, 'sm-not-supported', 'Secure messaging not supported'],
  [0x6884, 'chaining-not-supported', 'Command chaining not supported'],
  [0x6981, 'incompatible-file', 'Command incompatible with file structure'],
  [0x6982, 'security-status', 'Security status not satisfied'],
  [0x6983, 'auth-blocked', 'Authentication method blocked'],
  [0x6984, 'reference-data-unusable', 'Reference data not usable'],
  [0x6985, 'conditions-not-satisfied', 'Conditions of use not satisfied'],
  [0x6986, 'no-current-ef', 'Command not allowed (no current EF)'],
  [0x6987, 'sm-missing', 'Expected secure messaging data objects missing'],
  [0x6988, 'sm-incorrect', 'Incorrect secure messaging data objects'],
  [0x6a80, 'wrong-data', 'Incorrect parameters in the command data field'],
  [0x6a81, 'function-not-supported', 'Function not supported'],
  [0x6a82, 'file-not-found', 'File or application not found'],
  [0x6a83, 'record-not-found', 'Record not found'],
  [0x6a84, 'not-enough-memory', 'Not enough memory space in the file'],
  [0x6a86, 'wrong-p1p2', 'Incorrect parameters P1-P2'],
  [0x6a88, 'reference-not-found', 'Referenced data or reference data not found'],
  [0x6b00, 'wrong-offset', 'Wrong parameters P1-P2 (offset outside the EF)'],
  [0x6d00, 'ins-not-supported', 'Instruction code not supported or invalid'],
  [0x6e00, 'cla-not-supported', 'Class not supported'],
  [0x6f00, 'no-diagnosis', 'No precise diagnosis'],
];

const BY_SW = new Map(EXACT.map(([sw, kind, meaning]) => [sw, { kind, meaning }]));

const info = (sw: number, kind: StatusWordKind, meaning: string, value?: number): StatusWordInfo => ({
  sw,
  kind,
  code: `sw.${kind}`,
  success: kind === 'success' || kind === 'more-data',
  meaning,
  ...(value === undefined ? {} : { value }),
});

/** Interprets any 16-bit status word; unknown ones get kind "unknown" (never throws). */
export function interpretStatusWord(sw: number): StatusWordInfo {
  const word = sw & 0xffff;
  const sw1 = word >> 8;
  const sw2 = word & 0xff;
  const exact = BY_SW.get(word);
  if (exact) return info(word, exact.kind, exact.meaning);
  if (sw1 === 0x61) return info(word, 'more-data', `${sw2 || 256} response bytes still available`, sw2 || 256);
  if (sw1 === 0x6c) return info(word, 'wrong-le', `Wrong Le: exactly ${sw2 || 256} bytes available`, sw2 || 256);
  if (sw1 === 0x63 && (sw2 & 0xf0) === 0xc0) {
    return info(word, 'verification-failed', `Verification failed, ${sw2 & 0x0f} retries left`, sw2 & 0x0f);
  }
  if (sw1 === 0x62 || sw1 === 0x63) return info(word, 'warning', 'Warning (state of non-volatile memory)');
  if (sw1 === 0x64 || sw1 === 0x65 || sw1 === 0x66) return info(word, 'execution-error', 'Execution error');
  return info(word, 'unknown', 'Unknown status word');
}

/** A DriverError for a status word the caller did not expect (code "sw.<kind>", detail with the hex SW). */
export function statusWordError(sw: number): DriverError<`sw.${StatusWordKind}`> {
  const s = interpretStatusWord(sw);
  return { code: s.code, detail: `SW ${s.sw.toString(16).toUpperCase().padStart(4, '0')}: ${s.meaning}` };
}

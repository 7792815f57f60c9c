import { err, ok, type DriverError, type Result } from '../result';
import { interpretStatusWord, type StatusWordInfo } from './status-words';

/** A response APDU (ISO 7816-4 §5.1): response data followed by the two status bytes SW1 SW2. */
export interface ResponseApdu {
  readonly data: Uint8Array;
  /** SW1 SW2 as one 16-bit number, e.g. 0x9000. */
  readonly sw: number;
  readonly status: StatusWordInfo;
}

/** Splits response bytes into data and status word; fewer than 2 bytes is a typed error, never a throw. */
export function parseResponseApdu(bytes: Uint8Array): Result<ResponseApdu, DriverError<'apdu.too-short'>> {
  if (bytes.length < 2) return err('apdu.too-short', `response of ${bytes.length} bytes has no status word`);
  const sw = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  return ok({ data: bytes.slice(0, -2), sw, status: interpretStatusWord(sw) });
}

/** Formats a status word as four hex digits ("6982"), for logs and error details. */
export const formatSw = (sw: number): string => sw.toString(16).toUpperCase().padStart(4, '0');

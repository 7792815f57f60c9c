import { encodeCommandApdu, type CommandApdu } from '../iso7816/command-apdu';
import { DriverFailure, err, ok, type Result } from '../result';

export type { CommandApdu } from '../iso7816/command-apdu';

/** Response data and status word, as the eMRTD protocol code passes them around. */
export interface CardResponse {
  readonly data: Uint8Array;
  /** SW1 SW2 as one number, e.g. 0x9000. */
  readonly sw: number;
}

export const SW_OK = 0x9000;

/**
 * Encodes a command APDU that our own code built. An invalid field here is a programming error, not
 * outside input, so it throws a DriverFailure ("apdu.invalid") instead of returning a Result.
 */
export const encodeCommand = (cmd: CommandApdu): Uint8Array => {
  const r = encodeCommandApdu(cmd);
  if (!r.ok) throw new DriverFailure(r.error);
  return r.value;
};

/** Splits response bytes into data and SW; fewer than 2 bytes is a typed error. */
export const splitResponse = (bytes: Uint8Array): Result<CardResponse> => {
  if (bytes.length < 2) return err('apdu.too-short', `response of ${bytes.length} bytes has no status word`);
  const n = bytes.length;
  return ok({ data: bytes.slice(0, n - 2), sw: ((bytes[n - 2] ?? 0) << 8) | (bytes[n - 1] ?? 0) });
};

export const joinResponse = (data: Uint8Array, sw: number): Uint8Array => {
  const out = new Uint8Array(data.length + 2);
  out.set(data, 0);
  out[data.length] = (sw >> 8) & 0xff;
  out[data.length + 1] = sw & 0xff;
  return out;
};

export const swHex = (sw: number): string => sw.toString(16).toUpperCase().padStart(4, '0');

/** True for the status words that mean "authentication failed / wrong key" (ISO 7816-4, ICAO 9303-11). */
export const isAuthenticationFailure = (sw: number): boolean =>
  sw === 0x6300 || (sw & 0xfff0) === 0x63c0 || sw === 0x6982 || sw === 0x6983 || sw === 0x6984;

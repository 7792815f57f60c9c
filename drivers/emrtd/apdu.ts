import { encodeCommandApdu, type CommandApdu } from '../iso7816/command-apdu';
import { parseResponseApdu } from '../iso7816/response-apdu';
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

/** Splits response bytes into data and SW (ISO 7816-4 parsing); fewer than 2 bytes is a typed error. */
export const splitResponse = (bytes: Uint8Array): Result<CardResponse> => {
  const r = parseResponseApdu(bytes);
  return r.ok ? ok({ data: r.value.data, sw: r.value.sw }) : r;
};

export const joinResponse = (data: Uint8Array, sw: number): Uint8Array => {
  const out = new Uint8Array(data.length + 2);
  out.set(data, 0);
  out[data.length] = (sw >> 8) & 0xff;
  out[data.length + 1] = sw & 0xff;
  return out;
};

export { formatSw as swHex } from '../iso7816/response-apdu';

/** True for the status words that mean "authentication failed / wrong key" (ISO 7816-4, ICAO 9303-11). */
export const isAuthenticationFailure = (sw: number): boolean =>
  sw === 0x6300 || (sw & 0xfff0) === 0x63c0 || sw === 0x6982 || sw === 0x6983 || sw === 0x6984;

import { encodeCommand, splitResponse, swHex, type CardResponse, type CommandApdu } from '../apdu';
import { bytesEqual, concatBytes } from '../bytes';
import { padIso9797m2, unpadIso9797m2 } from '../crypto/padding';
import { encodeTlv, parseTlvList } from '../lds/tlv';
import { ok, type Result } from '../../result';
import { smFailure, type SmFailure } from './sm-error';
import type { SmCipher } from './sm-keys';

/**
 * Terminal side of ICAO 9303-11 §9.8: protecting command APDUs and unprotecting response APDUs.
 * Pure functions: the caller owns the SSC and passes the value to use (already incremented).
 */

const EMPTY: Uint8Array = new Uint8Array(0);
/** Status words the chip uses to report an SM error, always sent in plain (ICAO 9303-11 §9.8.6). */
export const SW_SM_OBJECTS_MISSING = 0x6987;
export const SW_SM_OBJECTS_INCORRECT = 0x6988;

/** Encodes Ne as the value of DO'97: one byte (00 = 256) or, above 256, two bytes (00 00 = 65536). */
export const encodeLeValue = (ne: number): Uint8Array =>
  ne > 256 ? Uint8Array.of((ne >> 8) & 0xff, ne & 0xff) : Uint8Array.of(ne & 0xff);

/** Bytes of a protected response carrying `ne` plaintext bytes (DO'87 + DO'99 + DO'8E). */
export const protectedResponseLength = (ne: number, blockSize: number): number => {
  const cryptogram = (Math.floor(ne / blockSize) + 1) * blockSize + 1;
  const lengthField = cryptogram < 0x80 ? 1 : cryptogram < 0x100 ? 2 : 3;
  return 1 + lengthField + cryptogram + 4 + 10;
};

/**
 * Builds the protected form of `cmd` (§9.8.4): CLA with bits 0x0C set, DO'87 (padding indicator 01 and
 * the encrypted padded data; DO'85 without indicator for odd INS such as B1), DO'97 with Le, DO'8E with the
 * MAC over pad(SSC || pad(header) || DOs). Extended length only when the body does not fit a short APDU
 * or the plaintext Ne exceeds 256.
 */
export const protectCommand = (cipher: SmCipher, ssc: Uint8Array, cmd: CommandApdu): Uint8Array => {
  const bs = cipher.blockSize;
  const cla = (cmd.cla | 0x0c) & 0xff;
  const header = Uint8Array.of(cla, cmd.ins, cmd.p1, cmd.p2);
  const data = cmd.data ?? EMPTY;
  let dataDo = EMPTY;
  if (data.length > 0) {
    const cryptogram = cipher.encrypt(ssc, padIso9797m2(data, bs));
    dataDo = (cmd.ins & 1) === 1 ? encodeTlv(0x85, cryptogram) : encodeTlv(0x87, concatBytes(Uint8Array.of(0x01), cryptogram));
  }
  const do97 = cmd.ne === undefined ? EMPTY : encodeTlv(0x97, encodeLeValue(cmd.ne));
  const mac = cipher.mac(ssc, concatBytes(padIso9797m2(header, bs), dataDo, do97));
  const body = concatBytes(dataDo, do97, encodeTlv(0x8e, mac));
  // Short length fields up to Ne = 256: real chips answer a protected Le = 00 with 256 plaintext bytes in a
  // protected response of ~285 bytes (cccd.md "Read sizes"); extended only for Ne > 256 or a long body.
  const extended = body.length > 255 || (cmd.ne ?? 0) > 256;
  return encodeCommand({ cla, ins: cmd.ins, p1: cmd.p1, p2: cmd.p2, data: body, ne: extended ? 65536 : 256, extended });
};

/**
 * Verifies and decrypts a protected response (§9.8.5): MAC first (over pad(SSC || every DO before
 * DO'8E)), then DO'99 gives the status and DO'87/DO'85 the data. Never throws on outside bytes: every
 * problem is a typed "sm.*" error, after which the session must be dropped.
 */
export const unprotectResponse = (cipher: SmCipher, ssc: Uint8Array, response: Uint8Array): Result<CardResponse, SmFailure> => {
  const split = splitResponse(response);
  if (!split.ok) return smFailure('sm.malformed', split.error.detail);
  const { data, sw } = split.value;
  if (data.length === 0) {
    if (sw === SW_SM_OBJECTS_MISSING || sw === SW_SM_OBJECTS_INCORRECT) {
      return smFailure('sm.card-error', `chip reported a secure messaging error ${swHex(sw)}`, sw);
    }
    return smFailure('sm.plain-status', `chip answered ${swHex(sw)} without secure messaging`, sw);
  }
  const dos = parseTlvList(data);
  if (!dos.ok) return smFailure('sm.malformed', `response data objects: ${dos.error.code}`);
  let macOffset = 0;
  let do8e: Uint8Array | undefined;
  let do99: Uint8Array | undefined;
  let cryptogram: { tag: number; value: Uint8Array } | undefined;
  for (const d of dos.value) {
    if (do8e !== undefined) return smFailure('sm.malformed', 'data object after DO 8E');
    if (d.tag === 0x8e) do8e = d.value;
    else {
      if (d.tag === 0x99) do99 = d.value;
      else if (d.tag === 0x87 || d.tag === 0x85) cryptogram = { tag: d.tag, value: d.value };
      macOffset += d.totalLength;
    }
  }
  if (do8e === undefined || do8e.length !== 8) return smFailure('sm.malformed', 'missing or bad DO 8E');
  if (!bytesEqual(cipher.mac(ssc, data.subarray(0, macOffset)), do8e)) {
    return smFailure('sm.mac', 'response MAC does not verify');
  }
  if (do99 === undefined || do99.length !== 2) return smFailure('sm.malformed', 'missing or bad DO 99');
  const status = ((do99[0] ?? 0) << 8) | (do99[1] ?? 0);
  if (cryptogram === undefined) return ok({ data: EMPTY, sw: status });
  let encrypted = cryptogram.value;
  if (cryptogram.tag === 0x87) {
    if (encrypted[0] !== 0x01) return smFailure('sm.malformed', 'DO 87 padding indicator is not 01');
    encrypted = encrypted.subarray(1);
  }
  if (encrypted.length === 0 || encrypted.length % cipher.blockSize !== 0) {
    return smFailure('sm.malformed', 'cryptogram is not a whole number of blocks');
  }
  const plain = unpadIso9797m2(cipher.decrypt(ssc, encrypted));
  if (plain === undefined) return smFailure('sm.malformed', 'decrypted data has no ISO 9797-1 padding');
  return ok({ data: plain, sw: status });
};

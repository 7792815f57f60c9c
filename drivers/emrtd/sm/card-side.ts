import { parseCommandApdu } from '../../iso7816/command-apdu';
import { ok, type Result } from '../../result';
import { joinResponse, type CommandApdu } from '../apdu';
import { bytesEqual, concatBytes } from '../bytes';
import { padIso9797m2, unpadIso9797m2 } from '../crypto/padding';
import { encodeTlv, parseTlvList } from '../lds/tlv';
import { smFailure, type SmFailure } from './sm-error';
import type { SmCipher } from './sm-keys';

/**
 * Chip side of ICAO 9303-11 §9.8, used by the virtual CCCD chip: unwrapping protected commands and
 * protecting responses. Mirrors protect.ts; pure, the caller owns the SSC.
 */

const EMPTY: Uint8Array = new Uint8Array(0);

/** Verifies the MAC of a protected command and decrypts it; an "sm.*" error means the chip answers 6987/6988. */
export const unprotectCommand = (cipher: SmCipher, ssc: Uint8Array, apdu: Uint8Array): Result<CommandApdu, SmFailure> => {
  const parsed = parseCommandApdu(apdu);
  if (!parsed.ok) return smFailure('sm.malformed', parsed.error.detail);
  const { cla, ins, p1, p2, data } = parsed.value;
  if ((cla & 0x0c) !== 0x0c) return smFailure('sm.card-error', 'command is not protected', 0x6987);
  const dos = parseTlvList(data);
  if (!dos.ok) return smFailure('sm.card-error', 'command data objects do not parse', 0x6988);
  let macOffset = 0;
  let do8e: Uint8Array | undefined;
  let do97: Uint8Array | undefined;
  let cryptogram: { tag: number; value: Uint8Array } | undefined;
  for (const d of dos.value) {
    if (do8e !== undefined) return smFailure('sm.card-error', 'data object after DO 8E', 0x6988);
    if (d.tag === 0x8e) do8e = d.value;
    else {
      if (d.tag === 0x97) do97 = d.value;
      else if (d.tag === 0x87 || d.tag === 0x85) cryptogram = { tag: d.tag, value: d.value };
      else return smFailure('sm.card-error', 'unexpected data object', 0x6988);
      macOffset += d.totalLength;
    }
  }
  if (do8e === undefined) return smFailure('sm.card-error', 'no DO 8E', 0x6987);
  const header = Uint8Array.of(cla, ins, p1, p2);
  const mac = cipher.mac(ssc, concatBytes(padIso9797m2(header, cipher.blockSize), data.subarray(0, macOffset)));
  if (do8e.length !== 8 || !bytesEqual(mac, do8e)) return smFailure('sm.mac', 'command MAC does not verify', 0x6988);
  let plain: Uint8Array | undefined;
  if (cryptogram !== undefined) {
    let encrypted = cryptogram.value;
    if (cryptogram.tag === 0x87) {
      if (encrypted[0] !== 0x01) return smFailure('sm.card-error', 'bad padding indicator', 0x6988);
      encrypted = encrypted.subarray(1);
    }
    if (encrypted.length === 0 || encrypted.length % cipher.blockSize !== 0) {
      return smFailure('sm.card-error', 'cryptogram not block aligned', 0x6988);
    }
    plain = unpadIso9797m2(cipher.decrypt(ssc, encrypted));
    if (plain === undefined) return smFailure('sm.card-error', 'bad padding', 0x6988);
  }
  let ne: number | undefined;
  if (do97 !== undefined) {
    if (do97.length === 1) ne = do97[0] === 0 ? 256 : do97[0];
    else if (do97.length === 2) ne = (((do97[0] ?? 0) << 8) | (do97[1] ?? 0)) || 65536;
    else return smFailure('sm.card-error', 'bad DO 97', 0x6988);
  }
  return ok({ cla: cla & ~0x0c & 0xff, ins, p1, p2, ...(plain ? { data: plain } : {}), ...(ne ? { ne } : {}) });
};

/** Protects a response (§9.8.5): DO'87 (DO'85 for odd INS) with the encrypted data, DO'99, DO'8E. */
export const protectResponse = (cipher: SmCipher, ssc: Uint8Array, data: Uint8Array, sw: number, oddIns: boolean): Uint8Array => {
  let dataDo = EMPTY;
  if (data.length > 0) {
    const cryptogram = cipher.encrypt(ssc, padIso9797m2(data, cipher.blockSize));
    dataDo = oddIns ? encodeTlv(0x85, cryptogram) : encodeTlv(0x87, concatBytes(Uint8Array.of(0x01), cryptogram));
  }
  const do99 = encodeTlv(0x99, Uint8Array.of((sw >> 8) & 0xff, sw & 0xff));
  const mac = cipher.mac(ssc, concatBytes(dataDo, do99));
  return joinResponse(concatBytes(dataDo, do99, encodeTlv(0x8e, mac)), sw);
};

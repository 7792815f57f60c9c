import { bytesEqual, concatBytes } from '../bytes';
import { retailMac, tdesCbcDecrypt, tdesCbcEncrypt } from '../crypto/des';
import { padIso9797m2 } from '../crypto/padding';
import type { BacKeys } from './bac-keys';

/**
 * The "computes" half of BAC mutual authentication (ICAO 9303-11 §4.3.3.1, §9.7.3): pure functions over
 * the 8-byte challenges and 16-byte key material, shared by the terminal (bac.ts) and the virtual chip.
 */

/** E = 3DES-CBC(Kenc, S) and M = retail MAC(Kmac, pad(E)): the 40-byte MUTUAL AUTHENTICATE payload. */
export const bacCryptogram = (keys: Pick<BacKeys, 'kEnc' | 'kMac'>, s: Uint8Array): Uint8Array => {
  const e = tdesCbcEncrypt(keys.kEnc, s);
  return concatBytes(e, retailMac(keys.kMac, padIso9797m2(e, 8)));
};

/** Verifies the MAC of a 40-byte cryptogram and decrypts it; undefined when it does not verify. */
export const openBacCryptogram = (keys: Pick<BacKeys, 'kEnc' | 'kMac'>, data: Uint8Array): Uint8Array | undefined => {
  if (data.length !== 40) return undefined;
  const e = data.subarray(0, 32);
  const m = data.subarray(32, 40);
  if (!bytesEqual(retailMac(keys.kMac, padIso9797m2(e, 8)), m)) return undefined;
  return tdesCbcDecrypt(keys.kEnc, e);
};

/** Terminal: S = RND.IFD || RND.ICC || K.IFD. */
export const terminalS = (rndIfd: Uint8Array, rndIcc: Uint8Array, kIfd: Uint8Array): Uint8Array =>
  concatBytes(rndIfd, rndIcc, kIfd);

/**
 * Terminal: checks the chip's R = RND.ICC || RND.IFD || K.ICC and returns K.ICC, or undefined when the
 * chip did not echo our challenges (wrong keys or a replay).
 */
export const acceptChipR = (r: Uint8Array, rndIcc: Uint8Array, rndIfd: Uint8Array): Uint8Array | undefined => {
  if (r.length !== 32) return undefined;
  if (!bytesEqual(r.subarray(0, 8), rndIcc) || !bytesEqual(r.subarray(8, 16), rndIfd)) return undefined;
  return r.slice(16, 32);
};

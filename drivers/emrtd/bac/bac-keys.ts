import { sha1 } from '@noble/hashes/legacy.js';
import { asciiBytes, concatBytes, xorBytes } from '../bytes';
import { deriveKey, KDF_ENC, KDF_MAC } from '../crypto/kdf';

/** Document basic access keys (ICAO 9303-11 §9.7.2): Kseed = first 16 bytes of SHA-1(MRZ information). */
export interface BacKeys {
  readonly kSeed: Uint8Array;
  readonly kEnc: Uint8Array;
  readonly kMac: Uint8Array;
}

export const deriveBacKeys = (mrzInformation: string): BacKeys => {
  const kSeed = sha1(asciiBytes(mrzInformation)).slice(0, 16);
  return { kSeed, kEnc: deriveKey(kSeed, KDF_ENC, '3DES'), kMac: deriveKey(kSeed, KDF_MAC, '3DES') };
};

/** BAC session keys from K.IFD xor K.ICC (§9.7.4) and the starting SSC (§9.8.2). */
export const deriveBacSessionKeys = (kIfd: Uint8Array, kIcc: Uint8Array) => {
  const seed = xorBytes(kIfd, kIcc);
  return { ksEnc: deriveKey(seed, KDF_ENC, '3DES'), ksMac: deriveKey(seed, KDF_MAC, '3DES') };
};

/** SSC = the 4 least significant bytes of RND.ICC || the 4 least significant bytes of RND.IFD (§9.8.2). */
export const bacInitialSsc = (rndIcc: Uint8Array, rndIfd: Uint8Array): Uint8Array =>
  concatBytes(rndIcc.subarray(4, 8), rndIfd.subarray(4, 8));

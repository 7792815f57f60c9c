import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, uintToBytes } from '../bytes';
import { adjustDesParity } from './des';

/** The block ciphers ICAO 9303 secure messaging runs on. */
export type SmCipherAlgorithm = '3DES' | 'AES-128' | 'AES-192' | 'AES-256';

/** KDF counter values (ICAO 9303-11 §9.7.1): 1 = encryption key, 2 = MAC key, 3 = PACE password key. */
export const KDF_ENC = 1;
export const KDF_MAC = 2;
export const KDF_PI = 3;

/**
 * Key derivation function of ICAO 9303-11 §9.7.1: keydata = H(K || c) with c a 32-bit big-endian
 * counter; 3DES and AES-128 take SHA-1 and its first 16 bytes (3DES keys get DES parity adjusted),
 * AES-192 takes the first 24 bytes of SHA-256, AES-256 all 32.
 */
export const deriveKey = (sharedSecret: Uint8Array, counter: number, algorithm: SmCipherAlgorithm): Uint8Array => {
  const input = concatBytes(sharedSecret, uintToBytes(counter, 4));
  switch (algorithm) {
    case '3DES':
      return adjustDesParity(sha1(input).slice(0, 16));
    case 'AES-128':
      return sha1(input).slice(0, 16);
    case 'AES-192':
      return sha256(input).slice(0, 24);
    case 'AES-256':
      return sha256(input);
  }
};

import { concatBytes, wipe } from '../bytes';
import { aesCbcDecrypt, aesCbcEncrypt, aesCmac, aesEncryptBlock } from '../crypto/aes';
import { retailMac, tdesCbcDecrypt, tdesCbcEncrypt } from '../crypto/des';
import type { SmCipherAlgorithm } from '../crypto/kdf';
import { padIso9797m2 } from '../crypto/padding';

/**
 * Session keys of one Secure Messaging session (ICAO 9303-11 §9.8) and the cipher suite they run on.
 * SSC = Send Sequence Counter: incremented before every protected command and every protected response.
 * BAC starts it from RND.ICC/RND.IFD (§9.8.2), PACE at zero; its length is the cipher's block size.
 */
export interface SmKeys {
  readonly algorithm: SmCipherAlgorithm;
  readonly ksEnc: Uint8Array;
  readonly ksMac: Uint8Array;
}

export const blockSizeOf = (algorithm: SmCipherAlgorithm): 8 | 16 => (algorithm === '3DES' ? 8 : 16);

/**
 * The three cryptographic operations secure messaging needs, for one key set. Pure: the SSC value to use
 * is passed in (already incremented by the caller).
 */
export interface SmCipher {
  readonly algorithm: SmCipherAlgorithm;
  readonly blockSize: 8 | 16;
  /** Encrypts already padded data. 3DES: CBC, zero IV; AES: CBC with IV = E(KSenc, SSC) (§9.8.6.2). */
  encrypt(ssc: Uint8Array, padded: Uint8Array): Uint8Array;
  decrypt(ssc: Uint8Array, ciphertext: Uint8Array): Uint8Array;
  /** 8-byte MAC over pad(SSC || data): retail MAC for 3DES, AES-CMAC truncated to 8 bytes for AES. */
  mac(ssc: Uint8Array, data: Uint8Array): Uint8Array;
  /** Overwrites the keys. */
  destroy(): void;
}

export const createSmCipher = (keys: SmKeys): SmCipher => {
  const ksEnc = keys.ksEnc.slice();
  const ksMac = keys.ksMac.slice();
  const blockSize = blockSizeOf(keys.algorithm);
  if (keys.algorithm === '3DES') {
    return {
      algorithm: keys.algorithm,
      blockSize,
      encrypt: (_ssc, padded) => tdesCbcEncrypt(ksEnc, padded),
      decrypt: (_ssc, ciphertext) => tdesCbcDecrypt(ksEnc, ciphertext),
      mac: (ssc, data) => retailMac(ksMac, padIso9797m2(concatBytes(ssc, data), 8)),
      destroy: () => wipe(ksEnc, ksMac),
    };
  }
  return {
    algorithm: keys.algorithm,
    blockSize,
    encrypt: (ssc, padded) => aesCbcEncrypt(ksEnc, padded, aesEncryptBlock(ksEnc, ssc)),
    decrypt: (ssc, ciphertext) => aesCbcDecrypt(ksEnc, ciphertext, aesEncryptBlock(ksEnc, ssc)),
    mac: (ssc, data) => aesCmac(ksMac, padIso9797m2(concatBytes(ssc, data), 16)).slice(0, 8),
    destroy: () => wipe(ksEnc, ksMac),
  };
};

/** The SSC after one increment (big-endian counter of the block size, wrapping at its maximum). */
export const incrementSsc = (ssc: Uint8Array): Uint8Array => {
  const out = ssc.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    out[i] = ((out[i] ?? 0) + 1) & 0xff;
    if (out[i] !== 0) break;
  }
  return out;
};

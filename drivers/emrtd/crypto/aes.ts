import { cbc, cmac, ecb } from '@noble/ciphers/aes.js';

/**
 * AES as ICAO 9303-11 §9.8.6.2 uses it for PACE sessions: CBC without padding (the caller pads with
 * ISO 9797-1 method 2), a single ECB block to derive the IV from the SSC, and AES-CMAC (RFC 4493)
 * truncated by the caller to 8 bytes.
 */

const ZERO_IV = new Uint8Array(16);

const checkKey = (key: Uint8Array): void => {
  if (key.length !== 16 && key.length !== 24 && key.length !== 32) throw new RangeError('AES key must be 16, 24 or 32 bytes');
};

export const aesCbcEncrypt = (key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array => {
  checkKey(key);
  if (data.length % 16 !== 0) throw new RangeError('AES-CBC input must be a multiple of 16 bytes');
  return cbc(key, iv, { disablePadding: true }).encrypt(data);
};

export const aesCbcDecrypt = (key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array => {
  checkKey(key);
  if (data.length % 16 !== 0) throw new RangeError('AES-CBC input must be a multiple of 16 bytes');
  return cbc(key, iv, { disablePadding: true }).decrypt(data);
};

/** One AES block in ECB mode: the SM IV is E(KSenc, SSC) (ICAO 9303-11 §9.8.6.2). */
export const aesEncryptBlock = (key: Uint8Array, block: Uint8Array): Uint8Array => {
  checkKey(key);
  if (block.length !== 16) throw new RangeError('AES block must be 16 bytes');
  return ecb(key, { disablePadding: true }).encrypt(block);
};

/** Full 16-byte AES-CMAC (RFC 4493). */
export const aesCmac = (key: Uint8Array, data: Uint8Array): Uint8Array => {
  checkKey(key);
  return cmac(data, key);
};

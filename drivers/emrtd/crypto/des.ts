import { createCipheriv, createDecipheriv } from 'node:crypto';

/**
 * Two-key Triple-DES as ICAO 9303-11 §9.8.6.1 uses it: 3DES-EDE in CBC mode with a zero IV (encryption
 * of BAC cryptograms and of Secure Messaging data) and the ISO 9797-1 MAC algorithm 3 "retail MAC".
 * Node's OpenSSL provides des-ede (2-key 3DES); single DES is emulated as EDE with K1 = K2, because
 * OpenSSL 3 moved plain DES to its legacy provider.
 */

const ZERO_IV = new Uint8Array(8);

const run = (algorithm: string, key: Uint8Array, iv: Uint8Array | null, data: Uint8Array, encrypt: boolean) => {
  const c = encrypt ? createCipheriv(algorithm, key, iv) : createDecipheriv(algorithm, key, iv);
  c.setAutoPadding(false);
  const out = Buffer.concat([c.update(data), c.final()]);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};

const checkKey = (key: Uint8Array): void => {
  if (key.length !== 16) throw new RangeError('2-key 3DES needs a 16-byte key');
};

const checkBlocks = (data: Uint8Array): void => {
  if (data.length % 8 !== 0) throw new RangeError('3DES input must be a multiple of 8 bytes');
};

/** 3DES-EDE CBC encryption (no padding added), zero IV unless `iv` is given. */
export const tdesCbcEncrypt = (key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array => {
  checkKey(key);
  checkBlocks(data);
  return run('des-ede-cbc', key, iv, data, true);
};

/** 3DES-EDE CBC decryption (no padding removed), zero IV unless `iv` is given. */
export const tdesCbcDecrypt = (key: Uint8Array, data: Uint8Array, iv: Uint8Array = ZERO_IV): Uint8Array => {
  checkKey(key);
  checkBlocks(data);
  return run('des-ede-cbc', key, iv, data, false);
};

/**
 * ISO/IEC 9797-1 MAC algorithm 3 with DES (retail MAC), over input that the caller has already padded
 * (method 2): single-DES CBC with Ka over all blocks, then the last block through E(Ka)·D(Kb)·E(Ka),
 * which is exactly 3DES-EDE with (Ka, Kb). Output: 8 bytes.
 */
export const retailMac = (key: Uint8Array, paddedData: Uint8Array): Uint8Array => {
  checkKey(key);
  checkBlocks(paddedData);
  if (paddedData.length === 0) throw new RangeError('retail MAC needs at least one block');
  const ka = key.subarray(0, 8);
  const singleDesKey = new Uint8Array(16);
  singleDesKey.set(ka, 0);
  singleDesKey.set(ka, 8);
  const head = paddedData.subarray(0, paddedData.length - 8);
  const chain = head.length > 0 ? run('des-ede-cbc', singleDesKey, ZERO_IV, head, true).subarray(-8) : ZERO_IV;
  const last = paddedData.subarray(paddedData.length - 8);
  const block = new Uint8Array(8);
  for (let i = 0; i < 8; i++) block[i] = (chain[i] ?? 0) ^ (last[i] ?? 0);
  return run('des-ede-ecb', key, null, block, true);
};

/** Sets odd parity on every byte of a DES key (least significant bit is the parity bit, FIPS 46-3). */
export const adjustDesParity = (key: Uint8Array): Uint8Array => {
  const out = new Uint8Array(key.length);
  for (let i = 0; i < key.length; i++) {
    const b = (key[i] ?? 0) & 0xfe;
    let ones = 0;
    for (let bit = 1; bit < 0x100; bit <<= 1) if (b & bit) ones++;
    out[i] = ones % 2 === 0 ? b | 1 : b;
  }
  return out;
};

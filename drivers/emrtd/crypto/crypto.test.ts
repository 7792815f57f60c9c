import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../bytes';
import { aesCmac, aesCbcDecrypt, aesCbcEncrypt } from './aes';
import { adjustDesParity, retailMac, tdesCbcDecrypt, tdesCbcEncrypt } from './des';
import { deriveKey, KDF_ENC, KDF_MAC } from './kdf';
import { padIso9797m2, unpadIso9797m2 } from './padding';

const h = hexToBytes;

describe('ISO 9797-1 padding method 2', () => {
  it('always adds 80 then zeros to the block size', () => {
    expect(bytesToHex(padIso9797m2(h('0CA4020C'), 8))).toBe('0CA4020C80000000');
    expect(bytesToHex(padIso9797m2(h('0011223344556677'), 8))).toBe('00112233445566778000000000000000');
    expect(padIso9797m2(new Uint8Array(0), 16).length).toBe(16);
  });
  it('unpads or reports missing padding', () => {
    expect(bytesToHex(unpadIso9797m2(h('60145F0180000000'))!)).toBe('60145F01');
    expect(unpadIso9797m2(h('60145F0100000000'))).toBeUndefined();
    expect(unpadIso9797m2(new Uint8Array(8))).toBeUndefined();
  });
});

describe('3DES and retail MAC (ICAO 9303-11 Appendix D.3 values)', () => {
  const kEnc = h('AB94FDECF2674FDFB9B391F85D7F76F2');
  const kMac = h('7962D9ECE03D1ACD4C76089DCE131543');
  const s = h('781723860C06C2264608F919887022120B795240CB7049B01C19B33E32804F0B');
  const eIfd = h('72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2');
  it('encrypts S to E.IFD and back', () => {
    expect(bytesToHex(tdesCbcEncrypt(kEnc, s))).toBe(bytesToHex(eIfd));
    expect(bytesToHex(tdesCbcDecrypt(kEnc, eIfd))).toBe(bytesToHex(s));
  });
  it('computes M.IFD as the retail MAC of pad(E.IFD)', () => {
    expect(bytesToHex(retailMac(kMac, padIso9797m2(eIfd, 8)))).toBe('5F1448EEA8AD90A7');
  });
  it('adjusts DES parity to odd', () => {
    expect(bytesToHex(adjustDesParity(h('00FE0102')))).toBe('01FE0102');
  });
});

describe('AES', () => {
  // RFC 4493 §4 test vectors.
  const key = h('2b7e151628aed2a6abf7158809cf4f3c');
  it('computes AES-CMAC of the RFC 4493 examples', () => {
    expect(bytesToHex(aesCmac(key, new Uint8Array(0)))).toBe('BB1D6929E95937287FA37D129B756746');
    expect(bytesToHex(aesCmac(key, h('6bc1bee22e409f96e93d7e117393172a')))).toBe('070A16B46B4D4144F79BDD9DD04A287C');
  });
  it('round-trips CBC without padding', () => {
    const data = h('000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F');
    const iv = h('F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF');
    expect(bytesToHex(aesCbcDecrypt(key, aesCbcEncrypt(key, data, iv), iv))).toBe(bytesToHex(data));
  });
});

describe('KDF (ICAO 9303-11 §9.7.1)', () => {
  it('derives the BAC Kenc/Kmac of Appendix D.2 from Kseed', () => {
    const kSeed = h('239AB9CB282DAF66231DC5A4DF6BFBAE');
    expect(bytesToHex(deriveKey(kSeed, KDF_ENC, '3DES'))).toBe('AB94FDECF2674FDFB9B391F85D7F76F2');
    expect(bytesToHex(deriveKey(kSeed, KDF_MAC, '3DES'))).toBe('7962D9ECE03D1ACD4C76089DCE131543');
  });
  it('derives the PACE session keys of Appendix G.1 (AES-128)', () => {
    const k = h('28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925');
    expect(bytesToHex(deriveKey(k, KDF_ENC, 'AES-128'))).toBe('F5F0E35C0D7161EE6724EE513A0D9A7F');
    expect(bytesToHex(deriveKey(k, KDF_MAC, 'AES-128'))).toBe('FE251C7858B356B24514B3BD5F4297D1');
  });
  it('gives key lengths 16/16/24/32', () => {
    const k = h('00');
    expect(deriveKey(k, 1, '3DES').length).toBe(16);
    expect(deriveKey(k, 1, 'AES-128').length).toBe(16);
    expect(deriveKey(k, 1, 'AES-192').length).toBe(24);
    expect(deriveKey(k, 1, 'AES-256').length).toBe(32);
  });
});

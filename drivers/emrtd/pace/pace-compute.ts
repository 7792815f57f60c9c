import { sha1 } from '@noble/hashes/legacy.js';
import { asciiBytes, bytesToBigInt, concatBytes, uintToBytes } from '../bytes';
import { aesCbcDecrypt, aesCbcEncrypt, aesCmac } from '../crypto/aes';
import { retailMac, tdesCbcDecrypt, tdesCbcEncrypt } from '../crypto/des';
import { deriveKey, KDF_ENC, KDF_MAC, KDF_PI, type SmCipherAlgorithm } from '../crypto/kdf';
import { padIso9797m2 } from '../crypto/padding';
import { encodeTlv } from '../lds/tlv';
import type { EcDomain, EcPoint } from './domain-parameters';
import { encodeOidValue } from './pace-protocols';

/**
 * The "computes" half of PACE with ECDH Generic Mapping (ICAO 9303-11 §4.4, §9.2–9.5): pure functions
 * shared by the terminal (pace.ts) and the virtual chip, checked against Appendix G.1.
 */

/** The PACE password: the CAN (Card Access Number; on a CCCD the last 6 digits of the ID) or MRZ information. */
export type PacePassword = { readonly kind: 'can'; readonly can: string } | { readonly kind: 'mrz'; readonly mrzInformation: string };

/** Password reference of MSE:Set AT data object 83 (ICAO 9303-11 §4.4.4.1): 01 MRZ, 02 CAN. */
export const passwordReference = (password: PacePassword): number => (password.kind === 'mrz' ? 0x01 : 0x02);

/** K_π = KDF(f(π), 3) where f(π) = SHA-1(MRZ information) for MRZ and the CAN's ASCII bytes for a CAN (§9.7.3). */
export const pacePasswordKey = (password: PacePassword, algorithm: SmCipherAlgorithm): Uint8Array => {
  const secret = password.kind === 'can' ? asciiBytes(password.can) : sha1(asciiBytes(password.mrzInformation));
  return deriveKey(secret, KDF_PI, algorithm);
};

/** s = D(K_π, z): CBC with a zero IV, 3DES or AES per the protocol (§4.4.3.3.1). */
export const decryptNonce = (kPi: Uint8Array, z: Uint8Array, algorithm: SmCipherAlgorithm): Uint8Array =>
  algorithm === '3DES' ? tdesCbcDecrypt(kPi, z) : aesCbcDecrypt(kPi, z);

/** Chip side: z = E(K_π, s). */
export const encryptNonce = (kPi: Uint8Array, s: Uint8Array, algorithm: SmCipherAlgorithm): Uint8Array =>
  algorithm === '3DES' ? tdesCbcEncrypt(kPi, s) : aesCbcEncrypt(kPi, s);

/** Nonce length: one block of the cipher (8 bytes for 3DES, 16 for AES). */
export const nonceLength = (algorithm: SmCipherAlgorithm): number => (algorithm === '3DES' ? 8 : 16);

/**
 * A private key in [1, n-1] from the random source, by rejection sampling over field-size byte strings
 * (so a test that injects a known key gets exactly that key).
 */
export const randomScalar = (domain: EcDomain, random: (length: number) => Uint8Array): bigint => {
  for (let i = 0; i < 64; i++) {
    const k = bytesToBigInt(random(domain.fieldBytes));
    if (k > 0n && k < domain.order) return k;
  }
  throw new Error('random source keeps producing scalars outside [1, n-1]');
};

/** Decodes an uncompressed point and checks it lies on the curve (and is not the identity); undefined otherwise. */
export const decodePoint = (domain: EcDomain, bytes: Uint8Array): EcPoint | undefined => {
  if (bytes.length !== 1 + 2 * domain.fieldBytes || bytes[0] !== 0x04) return undefined;
  try {
    const p = domain.Point.fromBytes(bytes);
    p.assertValidity();
    return p.is0() ? undefined : p;
  } catch {
    return undefined;
  }
};

export const encodePoint = (point: EcPoint): Uint8Array => point.toBytes(false);

/** Generic Mapping (§4.4.3.3.2 / §9.5.1): H = SK_map · PK_map of the other side; G' = s·G + H. */
export const mapGenerator = (domain: EcDomain, nonce: Uint8Array, h: EcPoint): EcPoint =>
  domain.Point.BASE.multiply(bytesToBigInt(nonce) % domain.order).add(h);

/** ECDH shared point of a private key and the other side's public point. */
export const sharedPoint = (privateKey: bigint, otherPublic: EcPoint): EcPoint => otherPublic.multiply(privateKey);

/** The ECDH shared secret K: the x coordinate as a field-size octet string (§9.4.3, BSI TR-03111 §4.3.1). */
export const sharedSecretX = (domain: EcDomain, point: EcPoint): Uint8Array => uintToBytes(point.x, domain.fieldBytes);

export const sessionKeysFromSecret = (k: Uint8Array, algorithm: SmCipherAlgorithm) => ({
  ksEnc: deriveKey(k, KDF_ENC, algorithm),
  ksMac: deriveKey(k, KDF_MAC, algorithm),
});

/** Public key data object 7F49 { 06 OID, 86 uncompressed point } that the tokens are computed over (§4.4.3.4, §9.4.4). */
export const publicKeyDataObject = (protocolOid: string, point: EcPoint): Uint8Array =>
  encodeTlv(0x7f49, concatBytes(encodeTlv(0x06, encodeOidValue(protocolOid)), encodeTlv(0x86, encodePoint(point))));

/**
 * Authentication token T = MAC(KSmac, PK data object of the OTHER side's ephemeral key), 8 bytes:
 * AES-CMAC truncated to 8 bytes, or the 3DES retail MAC over the padded input (§9.4.4).
 */
export const authenticationToken = (algorithm: SmCipherAlgorithm, ksMac: Uint8Array, otherEphemeralDataObject: Uint8Array): Uint8Array =>
  algorithm === '3DES'
    ? retailMac(ksMac, padIso9797m2(otherEphemeralDataObject, 8))
    : aesCmac(ksMac, otherEphemeralDataObject).slice(0, 8);

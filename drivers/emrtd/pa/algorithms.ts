import { err, ok, type Result } from '../../result';
import { childrenOf, decodeOid, decodeSmallInteger, TAG } from '../lds/der';
import type { AlgorithmIdentifier } from '../lds/sod';
import { parseTlv } from '../lds/tlv';

/** Hash functions by OID (NIST CSOR, RFC 3279 for SHA-1), named as node:crypto names them. */
export type HashName = 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

export const HASH_OIDS: Readonly<Record<string, HashName>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
export const OID_OF_HASH: Readonly<Record<HashName, string>> = Object.fromEntries(
  Object.entries(HASH_OIDS).map(([oid, name]) => [name, oid]),
) as Record<HashName, string>;

export const OID_EC_PUBLIC_KEY = '1.2.840.10045.2.1';
export const OID_RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
export const OID_RSASSA_PSS = '1.2.840.113549.1.1.10';
const OID_MGF1 = '1.2.840.113549.1.1.8';

/** ECDSA with SHA-x (RFC 5758 §3.2, RFC 3279 §2.2.3). */
export const ECDSA_OIDS: Readonly<Record<string, HashName>> = {
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};
/** BSI TR-03111 §5.2.1 ecdsa-plain-SHAx: the signature is r || s, not a DER SEQUENCE. */
export const ECDSA_PLAIN_OIDS: Readonly<Record<string, HashName>> = {
  '0.4.0.127.0.7.1.1.4.1.1': 'sha1',
  '0.4.0.127.0.7.1.1.4.1.2': 'sha224',
  '0.4.0.127.0.7.1.1.4.1.3': 'sha256',
  '0.4.0.127.0.7.1.1.4.1.4': 'sha384',
  '0.4.0.127.0.7.1.1.4.1.5': 'sha512',
};
/** RSA PKCS#1 v1.5 with SHA-x (RFC 8017 Appendix C). */
export const RSA_PKCS1_OIDS: Readonly<Record<string, HashName>> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
};

/** How a signature is checked, decided by the signature AlgorithmIdentifier (never by the key). */
export type SignatureScheme =
  | { kind: 'ecdsa'; hash: HashName; /** 'der' (X9.62 SEQUENCE, the default) or 'compact' (r || s). */ encoding: 'der' | 'compact' }
  | { kind: 'rsa-pkcs1'; hash: HashName }
  | { kind: 'rsa-pss'; hash: HashName; mgf1Hash: HashName; saltLength: number };

/**
 * Resolves a signature AlgorithmIdentifier. Some SODs name the bare key algorithm (id-ecPublicKey or
 * rsaEncryption) as the SignerInfo's signatureAlgorithm; the hash is then the SignerInfo's
 * digestAlgorithm, passed as `digestAlgorithm` (as JMRTD and BSI TR-03110 readers accept).
 */
export function resolveSignatureScheme(alg: AlgorithmIdentifier, digestAlgorithm?: AlgorithmIdentifier): Result<SignatureScheme> {
  const ecdsa = ECDSA_OIDS[alg.oid];
  if (ecdsa) return ok({ kind: 'ecdsa', hash: ecdsa, encoding: 'der' });
  const plain = ECDSA_PLAIN_OIDS[alg.oid];
  if (plain) return ok({ kind: 'ecdsa', hash: plain, encoding: 'compact' });
  const pkcs1 = RSA_PKCS1_OIDS[alg.oid];
  if (pkcs1) return ok({ kind: 'rsa-pkcs1', hash: pkcs1 });
  if (alg.oid === OID_RSASSA_PSS) return parsePssParameters(alg.parameters);
  if (alg.oid === OID_EC_PUBLIC_KEY || alg.oid === OID_RSA_ENCRYPTION) {
    const hash = digestAlgorithm ? HASH_OIDS[digestAlgorithm.oid] : undefined;
    if (!hash) return err('pa.unsupported-algorithm', `bare key algorithm ${alg.oid} without a known digest algorithm`);
    return ok(alg.oid === OID_EC_PUBLIC_KEY ? { kind: 'ecdsa', hash, encoding: 'der' } : { kind: 'rsa-pkcs1', hash });
  }
  return err('pa.unsupported-algorithm', `signature algorithm ${alg.oid} is not supported`);
}

/**
 * RSASSA-PSS-params (RFC 8017 Appendix A.2.3): [0] hashAlgorithm DEFAULT sha1, [1] maskGenAlgorithm
 * DEFAULT mgf1SHA1, [2] saltLength DEFAULT 20, [3] trailerField DEFAULT 1.
 */
export function parsePssParameters(params: Uint8Array | undefined): Result<SignatureScheme> {
  const bad = (why: string) => err('pa.unsupported-algorithm', `RSASSA-PSS parameters: ${why}`);
  const scheme = { kind: 'rsa-pss' as const, hash: 'sha1' as HashName, mgf1Hash: 'sha1' as HashName, saltLength: 20 };
  if (!params || (params.length === 2 && params[0] === TAG.null)) return ok(scheme);
  const top = parseTlv(params);
  if (!top.ok || top.value.tag !== TAG.sequence) return bad('not a SEQUENCE');
  const fields = childrenOf(top.value, 'pa.unsupported-algorithm');
  if (!fields.ok) return fields;
  for (const f of fields.value) {
    const inner = parseTlv(f.value);
    if (!inner.ok) return bad('unreadable field');
    if (f.tag === 0xa0 || f.tag === 0xa1) {
      const algParts = childrenOf(inner.value, 'pa.unsupported-algorithm');
      if (!algParts.ok || !algParts.value[0]) return bad('unreadable algorithm');
      const oid = decodeOid(algParts.value[0].value);
      if (!oid.ok) return bad('unreadable OID');
      if (f.tag === 0xa0) {
        const hash = HASH_OIDS[oid.value];
        if (!hash) return bad(`hash ${oid.value}`);
        scheme.hash = hash;
      } else {
        if (oid.value !== OID_MGF1) return bad(`mask generation ${oid.value}`);
        const hashAlg = algParts.value[1] ? childrenOf(algParts.value[1], 'pa.unsupported-algorithm') : undefined;
        const hashOid = hashAlg?.ok && hashAlg.value[0] ? decodeOid(hashAlg.value[0].value) : undefined;
        const hash = hashOid?.ok ? HASH_OIDS[hashOid.value] : undefined;
        if (!hash) return bad('MGF1 hash');
        scheme.mgf1Hash = hash;
      }
    } else if (f.tag === 0xa2) {
      const salt = decodeSmallInteger(inner.value.value);
      if (!salt.ok) return bad('salt length');
      scheme.saltLength = salt.value;
    } else if (f.tag === 0xa3) {
      const trailer = decodeSmallInteger(inner.value.value);
      if (!trailer.ok || trailer.value !== 1) return bad('trailer field other than 1');
    }
  }
  return ok(scheme);
}

import { constants, createHash, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { buildCertificate, type CertificateSigner } from '../../sim/card-profile/x509-builder';
import { deriveTestKey, testKeySpki, type TestKeyPair } from '../../sim/card-profile/test-pki';
import { encodeInteger, encodeOid, encodeSequence } from '../lds/der';
import { encodeTlv } from '../lds/tlv';
import { ECDSA_OIDS, ECDSA_PLAIN_OIDS, OID_OF_HASH, RSA_PKCS1_OIDS, type HashName } from './algorithms';
import type { CurveName } from './curves';

/**
 * Test-only key and certificate factories for Passive Authentication tests: EC keys on any supported
 * curve (named or explicit parameters) and RSA keys (PKCS#1 v1.5 and RSASSA-PSS signers).
 */
export interface FixtureKey {
  spki: Uint8Array;
  /** A signer for certificates and SODs with this key and hash. */
  signer(hash: HashName): CertificateSigner;
}

const oidOf = (table: Readonly<Record<string, HashName>>, hash: HashName): string =>
  Object.entries(table).find(([, h]) => h === hash)?.[0] as string;

export function ecFixtureKey(curve: CurveName, seed: string, explicit: boolean, encoding: 'der' | 'compact' = 'der'): FixtureKey & { pair: TestKeyPair } {
  const pair = deriveTestKey(curve, seed);
  return {
    pair,
    spki: testKeySpki(pair, explicit),
    signer: (hash) => ({
      algorithm: { oid: oidOf(encoding === 'der' ? ECDSA_OIDS : ECDSA_PLAIN_OIDS, hash) },
      sign: (data) => pair.curve.ecdsa.sign(new Uint8Array(createHash(hash).update(data).digest()), pair.secretKey, { prehash: false, format: encoding }),
    }),
  };
}

let rsaCache: { privateKey: KeyObject; spki: Uint8Array } | undefined;
/** One 2048-bit RSA key per test run (generation is the slow part). */
export function rsaFixtureKey(): FixtureKey & { pssSigner(hash: HashName, saltLength: number): CertificateSigner } {
  if (!rsaCache) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    rsaCache = { privateKey, spki: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })) };
  }
  const { privateKey, spki } = rsaCache;
  return {
    spki,
    signer: (hash) => ({
      algorithm: { oid: oidOf(RSA_PKCS1_OIDS, hash), parameters: Uint8Array.of(0x05, 0x00) },
      sign: (data) => new Uint8Array(nodeSign(hash, data, { key: privateKey, padding: constants.RSA_PKCS1_PADDING })),
    }),
    pssSigner: (hash, saltLength) => ({
      algorithm: { oid: '1.2.840.113549.1.1.10', parameters: pssParameters(hash, saltLength) },
      sign: (data) => new Uint8Array(nodeSign(hash, data, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength })),
    }),
  };
}

/** RSASSA-PSS-params (RFC 8017 A.2.3) with MGF1 over the same hash. */
export function pssParameters(hash: HashName, saltLength: number): Uint8Array {
  const hashAlg = encodeSequence(encodeOid(OID_OF_HASH[hash]));
  return encodeSequence(
    encodeTlv(0xa0, hashAlg),
    encodeTlv(0xa1, encodeSequence(encodeOid('1.2.840.113549.1.1.8'), hashAlg)),
    encodeTlv(0xa2, encodeInteger(saltLength)),
  );
}

type NameSpec = readonly (readonly ['C' | 'O' | 'CN', string])[];
const name = (cn: string): NameSpec => [['C', 'UT'], ['O', 'Fixture PKI'], ['CN', cn]];

/** A self-signed CSCA certificate for `key`, signed with `hash`. */
export function fixtureCsca(key: FixtureKey, hash: HashName, cn = 'Fixture CSCA', validity = { from: '2020-01-01', to: '2045-01-01' }): Uint8Array {
  return buildCertificate(
    { subject: name(cn), issuer: name(cn), serialNumber: 7n, notBefore: new Date(validity.from), notAfter: new Date(validity.to), subjectPublicKeyInfo: key.spki, isCa: true },
    key.signer(hash),
  );
}

/** A Document Signer certificate for `dsKey`, issued by `csca` (its signer and key identifier). */
export function fixtureDs(
  dsKey: FixtureKey,
  issuer: { signer: CertificateSigner; keyIdentifier: Uint8Array; cn?: string },
  validity = { from: '2021-01-01', to: '2040-01-01' },
): Uint8Array {
  return buildCertificate(
    {
      subject: name('Fixture Document Signer'),
      issuer: name(issuer.cn ?? 'Fixture CSCA'),
      serialNumber: 0x1234n,
      notBefore: new Date(validity.from),
      notAfter: new Date(validity.to),
      subjectPublicKeyInfo: dsKey.spki,
      isCa: false,
      authorityKeyIdentifier: issuer.keyIdentifier,
    },
    issuer.signer,
  );
}

import { createHash } from 'node:crypto';
import { bigIntToBytes, bytesToBigInt } from '../../emrtd/lds/der';
import { curveByName, type CurveName, type NamedCurve } from '../../emrtd/pa/curves';
import { buildCertificate, ecSubjectPublicKeyInfo, keyIdentifierOf, type CertificateSigner } from './x509-builder';

/**
 * The simulator's TEST PKI: a test CSCA and a Document Signer whose keys come from fixed seeds, so
 * the same certificates come out on every run and the demo trust store
 * (kiosk-config/sim/trust-store/) verifies simulated cards. NOT A REAL AUTHORITY: nothing here can
 * vouch for a real card, and no real trust store should ever contain these certificates.
 */

/** An EC key pair on a named curve; publicKey is the uncompressed point 04 || X || Y. */
export interface TestKeyPair {
  curve: NamedCurve;
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface TestPki {
  csca: { der: Uint8Array; key: TestKeyPair; keyIdentifier: Uint8Array };
  documentSigner: { der: Uint8Array; key: TestKeyPair };
  /** ECDSA-with-SHA256 by the Document Signer, DER signature (the SOD's SignerInfo signature). */
  signWithDocumentSigner(data: Uint8Array): Uint8Array;
}

export interface TestPkiOptions {
  /** Seed for every key; a different seed gives an unrelated PKI (default DEFAULT_TEST_PKI_SEED). */
  seed?: string;
  /** Distinguishes the CSCA's name, e.g. "Unknown" for the not-checkable tests. */
  cscaLabel?: string;
  /** Curve of both keys (default brainpoolP256r1, as on VN cards). */
  curve?: Extract<CurveName, 'brainpoolP256r1' | 'P-256'>;
}

export const DEFAULT_TEST_PKI_SEED = 'ward-kiosk simulator TEST PKI v1';
/** In the subject of every certificate of the simulator's TEST PKI: how a real reader's trust store refuses them. */
export const TEST_AUTHORITY_MARK = 'NOT A REAL AUTHORITY';
export const TEST_CSCA_COMMON_NAME = `TEST CSCA — ${TEST_AUTHORITY_MARK}`;
const ORGANISATION = `Ward Kiosk Simulator TEST PKI — ${TEST_AUTHORITY_MARK}`;
const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const NOT_BEFORE = new Date('2024-01-01T00:00:00Z');
/** UTCTime ends in 2049 (RFC 5280 §4.1.2.5.1); the no-expiry card needs a signer valid that long. */
const NOT_AFTER = new Date('2049-12-31T23:59:59Z');

/** A key from a seed: SHA-512(seed) reduced into [1, n−1]. Deterministic by design (test keys only). */
export function deriveTestKey(curveName: CurveName, seed: string): TestKeyPair {
  const curve = curveByName(curveName) as NamedCurve;
  const { n } = curve.ecdsa.Point.CURVE();
  const scalar = (bytesToBigInt(new Uint8Array(createHash('sha512').update(seed).digest())) % (n - 1n)) + 1n;
  const secretKey = bigIntToBytes(scalar, curve.size);
  return { curve, secretKey, publicKey: curve.ecdsa.getPublicKey(secretKey, false) };
}

/** ECDSA over SHA-256 of `data`, DER encoded (RFC 6979 deterministic nonces: same input, same bytes). */
export function ecdsaSha256(key: TestKeyPair, data: Uint8Array): Uint8Array {
  const hash = new Uint8Array(createHash('sha256').update(data).digest());
  return key.curve.ecdsa.sign(hash, key.secretKey, { prehash: false, format: 'der' });
}

export function ecdsaCertificateSigner(key: TestKeyPair): CertificateSigner {
  return { algorithm: { oid: ECDSA_WITH_SHA256 }, sign: (tbs) => ecdsaSha256(key, tbs) };
}

/** SubjectPublicKeyInfo of a test key, naming the curve or spelling its parameters out. */
export function testKeySpki(key: TestKeyPair, explicit: boolean): Uint8Array {
  const k = key.curve.ecdsa.Point.CURVE();
  return ecSubjectPublicKeyInfo(
    key.publicKey,
    { oid: key.curve.oid, p: k.p, a: k.a, b: k.b, gx: k.Gx, gy: k.Gy, n: k.n, h: k.h, size: key.curve.size },
    explicit,
  );
}

export function createTestPki(options: TestPkiOptions = {}): TestPki {
  const seed = options.seed ?? DEFAULT_TEST_PKI_SEED;
  const curve = options.curve ?? 'brainpoolP256r1';
  const cscaName = [
    ['C', 'VN'],
    ['O', ORGANISATION],
    ['CN', options.cscaLabel ? `TEST ${options.cscaLabel} CSCA — NOT A REAL AUTHORITY` : TEST_CSCA_COMMON_NAME],
  ] as const;
  const cscaKey = deriveTestKey(curve, `${seed}/csca`);
  const cscaSpki = testKeySpki(cscaKey, false);
  const cscaKeyId = keyIdentifierOf(cscaSpki);
  const cscaDer = buildCertificate(
    { subject: cscaName, issuer: cscaName, serialNumber: 0x01n, notBefore: NOT_BEFORE, notAfter: NOT_AFTER, subjectPublicKeyInfo: cscaSpki, isCa: true },
    ecdsaCertificateSigner(cscaKey),
  );
  const dsKey = deriveTestKey(curve, `${seed}/document-signer`);
  const dsDer = buildCertificate(
    {
      subject: [
        ['C', 'VN'],
        ['O', ORGANISATION],
        ['CN', 'TEST Document Signer — NOT A REAL AUTHORITY'],
      ],
      issuer: cscaName,
      serialNumber: 0x0100n,
      notBefore: NOT_BEFORE,
      notAfter: NOT_AFTER,
      // Explicit curve parameters, as real Document Signers often carry (exercises that verifier path).
      subjectPublicKeyInfo: testKeySpki(dsKey, true),
      isCa: false,
      authorityKeyIdentifier: cscaKeyId,
    },
    ecdsaCertificateSigner(cscaKey),
  );
  return {
    csca: { der: cscaDer, key: cscaKey, keyIdentifier: cscaKeyId },
    documentSigner: { der: dsDer, key: dsKey },
    signWithDocumentSigner: (data) => ecdsaSha256(dsKey, data),
  };
}

let defaultPki: TestPki | undefined;
/** The default TEST PKI (memoised: building it costs a few ECDSA operations). */
export function defaultTestPki(): TestPki {
  defaultPki ??= createTestPki();
  return defaultPki;
}

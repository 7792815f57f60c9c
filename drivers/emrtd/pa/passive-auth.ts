import { OID_LDS_SECURITY_OBJECT, parseSod, type Sod, type SodSignerInfo } from '../lds/sod';
import { HASH_OIDS, resolveSignatureScheme } from './algorithms';
import { parseCertificate, sameName, type ParsedCertificate } from './certificate';
import { parsePublicKey } from './public-key';
import type { TrustStore, TrustStoreEntry } from './trust-store';
import { digest, verifySignature } from './verify-signature';

/**
 * Passive Authentication (ICAO 9303-11 §5.1; CMS per RFC 5652 §5.4–§5.6): proves the data groups read
 * are those the issuing state signed. Three honest outcomes (shared/domain/cccd.md):
 * - verified: signature, Document Signer chain to a trusted CSCA, and every read DG hash check out;
 * - failed: something is broken or tampered (a hash, a signature, a malformed SOD, an expired signer);
 * - not-checkable: nothing is wrong, but no trusted CSCA matches the signer's issuer.
 */
export interface PassiveAuthenticationInput {
  /** EF.SOD file bytes (tag 77), or an already parsed SOD. */
  sod: Uint8Array | Sod;
  /** DG number → the DG file exactly as read (its TLV, without trailing padding). */
  dataGroups: Map<number, Uint8Array>;
  trustStore: TrustStore;
  /** Clock for certificate validity; default new Date(). */
  now?: Date;
}

export type PassiveAuthenticationStatus = 'verified' | 'failed' | 'not-checkable';

export type PassiveAuthenticationCode =
  | 'sod.malformed'
  | 'pa.wrong-content-type'
  | 'pa.unsupported-algorithm'
  | 'pa.dg-not-in-sod'
  | 'pa.dg-hash-mismatch'
  | 'pa.no-signed-attributes'
  | 'pa.message-digest-mismatch'
  | 'pa.signature-invalid'
  | 'pa.signer-key-unsupported'
  | 'pa.no-signer-certificate'
  | 'pa.ds-certificate-expired'
  | 'pa.ds-certificate-not-yet-valid'
  | 'pa.no-trusted-csca'
  | 'pa.ds-certificate-signature-invalid'
  | 'pa.csca-expired';

export interface PassiveAuthenticationResult {
  status: PassiveAuthenticationStatus;
  /** For failed / not-checkable: "<code>: <English detail>", e.g. "pa.dg-hash-mismatch: DG2 hash does not match the SOD". */
  reason?: string;
  reasonCode?: PassiveAuthenticationCode;
  /** The Document Signer certificate, when the SOD carries it. */
  signer?: { subject: string; issuer: string; serial: string };
  /** The trust store entry that vouched for the signer (verified only). */
  csca?: { subject: string; file: string };
  /** One entry per DG passed in, in DG order: whether its hash equals the SOD's. */
  dataGroupHashes: { dg: number; match: boolean }[];
}

export function verifyPassiveAuthentication(input: PassiveAuthenticationInput): PassiveAuthenticationResult {
  const now = input.now ?? new Date();
  const dataGroupHashes: PassiveAuthenticationResult['dataGroupHashes'] = [];
  const fail = (status: 'failed' | 'not-checkable', code: PassiveAuthenticationCode, detail: string, extra: Partial<PassiveAuthenticationResult> = {}): PassiveAuthenticationResult => ({
    status,
    reason: `${code}: ${detail}`,
    reasonCode: code,
    dataGroupHashes,
    ...extra,
  });

  let sod: Sod;
  if (input.sod instanceof Uint8Array) {
    const parsed = parseSod(input.sod);
    if (!parsed.ok) return fail('failed', 'sod.malformed', parsed.error.detail);
    sod = parsed.value;
  } else {
    sod = input.sod;
  }
  if (sod.contentType !== OID_LDS_SECURITY_OBJECT) return fail('failed', 'pa.wrong-content-type', `eContentType ${sod.contentType} is not the LDS Security Object`);

  // 1. Every DG read must be listed in the SOD with an equal hash (9303-11 §5.1 step 3).
  const lso = sod.ldsSecurityObject;
  const dgHash = HASH_OIDS[lso.hashAlgorithm.oid];
  if (!dgHash) return fail('failed', 'pa.unsupported-algorithm', `DG hash algorithm ${lso.hashAlgorithm.oid}`);
  let hashProblem: { code: PassiveAuthenticationCode; detail: string } | undefined;
  for (const dg of [...input.dataGroups.keys()].sort((a, b) => a - b)) {
    const expected = lso.dataGroupHashes.get(dg);
    const match = expected !== undefined && equalBytes(digest(dgHash, input.dataGroups.get(dg) as Uint8Array), expected);
    dataGroupHashes.push({ dg, match });
    if (!match && !hashProblem) {
      hashProblem = expected === undefined
        ? { code: 'pa.dg-not-in-sod', detail: `DG${dg} was read but is not listed in the SOD` }
        : { code: 'pa.dg-hash-mismatch', detail: `DG${dg} hash does not match the SOD` };
    }
  }

  // 2. The signer certificate and its signature over the signed attributes (RFC 5652 §5.4, §5.6).
  const signerInfo = sod.signerInfos[0];
  if (!signerInfo) return fail('failed', 'sod.malformed', 'the SOD has no SignerInfo');
  const dsDer = sod.certificates.find((der) => certificateMatchesSid(der, signerInfo));
  const ds = dsDer ? parseCertificate(dsDer) : undefined;
  const signer = ds?.ok ? { subject: ds.value.subject, issuer: ds.value.issuer, serial: ds.value.serialHex } : undefined;
  const withSigner = signer ? { signer } : {};
  if (hashProblem) return fail('failed', hashProblem.code, hashProblem.detail, withSigner);

  const signedBytes = signerInfo.signedAttributes ?? sod.eContent;
  if (signerInfo.signedAttributes) {
    const contentHash = HASH_OIDS[signerInfo.digestAlgorithm.oid];
    if (!contentHash) return fail('failed', 'pa.unsupported-algorithm', `digest algorithm ${signerInfo.digestAlgorithm.oid}`, withSigner);
    if (!signerInfo.messageDigest || !equalBytes(digest(contentHash, sod.eContent), signerInfo.messageDigest)) {
      return fail('failed', 'pa.message-digest-mismatch', 'the messageDigest attribute does not match the LDS Security Object', withSigner);
    }
    if (signerInfo.contentType !== undefined && signerInfo.contentType !== sod.contentType) {
      return fail('failed', 'pa.message-digest-mismatch', 'the contentType attribute does not match eContentType', withSigner);
    }
  }
  if (!ds || !ds.ok) return fail('not-checkable', 'pa.no-signer-certificate', 'the SOD carries no readable Document Signer certificate for its SignerInfo');
  const dsKey = parsePublicKey(ds.value.subjectPublicKeyInfo);
  if (!dsKey.ok) return fail('failed', 'pa.signer-key-unsupported', dsKey.error.detail, withSigner);
  const scheme = resolveSignatureScheme(signerInfo.signatureAlgorithm, signerInfo.digestAlgorithm);
  if (!scheme.ok) return fail('failed', 'pa.unsupported-algorithm', scheme.error.detail, withSigner);
  const sigOk = verifySignature(scheme.value, dsKey.value, signedBytes, signerInfo.signature);
  if (!sigOk.ok) return fail('failed', 'pa.unsupported-algorithm', sigOk.error.detail, withSigner);
  if (!sigOk.value) return fail('failed', 'pa.signature-invalid', 'the SignerInfo signature does not verify with the Document Signer key', withSigner);

  // 3. The Document Signer's chain to a trusted CSCA, then the validity periods (9303-11 §5.1 steps 1–2).
  const candidates = input.trustStore.entries.filter((e) => issuedBy(ds.value, e));
  if (candidates.length === 0) return fail('not-checkable', 'pa.no-trusted-csca', 'no CSCA in the trust store matches the Document Signer issuer', withSigner);
  const dsScheme = resolveSignatureScheme(ds.value.signatureAlgorithm);
  if (!dsScheme.ok) return fail('failed', 'pa.unsupported-algorithm', dsScheme.error.detail, withSigner);
  const issuer = candidates.find((c) => {
    const v = verifySignature(dsScheme.value, c.key, ds.value.tbs, ds.value.signature);
    return v.ok && v.value;
  });
  if (!issuer) return fail('failed', 'pa.ds-certificate-signature-invalid', 'the Document Signer certificate is not signed by the matching CSCA', withSigner);
  // Everything is signed and chained: an expired (or not yet valid) certificate says nothing about
  // tampering. It is "could not be checked", not "failed": a CCCD issued at 58 or older never expires
  // and outlives its signers (ICAO 9303-12: a DS certificate covers its key's use plus the documents'
  // validity), and a wrong kiosk clock must not brand a genuine card as forged.
  if (now < ds.value.notBefore) return fail('not-checkable', 'pa.ds-certificate-not-yet-valid', `Document Signer valid from ${ds.value.notBefore.toISOString()} (is the kiosk's clock right?)`, withSigner);
  if (now > ds.value.notAfter) return fail('not-checkable', 'pa.ds-certificate-expired', `Document Signer expired ${ds.value.notAfter.toISOString()}`, withSigner);
  if (now > issuer.certificate.notAfter || now < issuer.certificate.notBefore) {
    return fail('not-checkable', 'pa.csca-expired', `the CSCA is valid ${issuer.summary.notBefore} to ${issuer.summary.notAfter}`, withSigner);
  }
  return { status: 'verified', dataGroupHashes, ...withSigner, csca: { subject: issuer.certificate.subject, file: issuer.file } };
}

/** The certificate named by the SignerInfo sid (issuer + serial, or subject key identifier). */
function certificateMatchesSid(der: Uint8Array, signerInfo: SodSignerInfo): boolean {
  const cert = parseCertificate(der);
  if (!cert.ok) return false;
  const sid = signerInfo.sid;
  if (sid.kind === 'subject-key-identifier') {
    return cert.value.subjectKeyIdentifier !== undefined && equalBytes(cert.value.subjectKeyIdentifier, sid.keyIdentifier);
  }
  return cert.value.serialNumber === sid.serialNumber && equalBytes(cert.value.issuerDer, sid.issuer);
}

/** Key identifiers decide when both sides carry them (CSCA rollover keeps names); else the names. */
function issuedBy(ds: ParsedCertificate, csca: TrustStoreEntry): boolean {
  const aki = ds.authorityKeyIdentifier;
  const ski = csca.certificate.subjectKeyIdentifier;
  if (aki && ski) return equalBytes(aki, ski);
  return equalBytes(ds.issuerDer, csca.certificate.subjectDer) || sameName(ds.issuer, csca.certificate.subject);
}

const equalBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

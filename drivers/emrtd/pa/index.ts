// Passive Authentication (ICAO 9303-11 §5.1) and the CSCA trust store.
export {
  verifyPassiveAuthentication,
  type PassiveAuthenticationInput,
  type PassiveAuthenticationResult,
  type PassiveAuthenticationStatus,
  type PassiveAuthenticationCode,
} from './passive-auth';
export { loadTrustStore, trustStoreFromFiles, trustEntry, type TrustStore, type TrustStoreEntry, type CscaSummary, type RejectedTrustFile } from './trust-store';
export { parseCertificate, type ParsedCertificate } from './certificate';
export { parsePublicKey, describePublicKey, type PublicKey } from './public-key';
export { verifySignature, digest } from './verify-signature';
export { resolveSignatureScheme, HASH_OIDS, type HashName, type SignatureScheme } from './algorithms';
export { NAMED_CURVES, curveByName, curveByOid, matchExplicitCurve, type CurveName, type NamedCurve } from './curves';

// The simulator's card data: profiles, the deterministic TEST PKI, and the chip's files.
export { cardProfileFromJson, loadCardProfile, loadCardProfiles, type CardProfile, type CardProfileError, type CardProfileProblem } from './card-profile';
export {
  buildCardFiles,
  cardSecrets,
  chipKeys,
  profileMrz,
  unknownCscaPki,
  dataGroupFileId,
  CARD_FILE_IDS,
  CCCD_DATA_GROUPS,
  type BuildCardFilesOptions,
  type CardSecrets,
} from './build-card-files';
export { createTestPki, defaultTestPki, deriveTestKey, DEFAULT_TEST_PKI_SEED, TEST_AUTHORITY_MARK, TEST_CSCA_COMMON_NAME, type TestPki, type TestKeyPair } from './test-pki';
export { buildSod, toIndefiniteLengths, type SodSigner, type BuildSodOptions } from './sod-builder';
export { buildCertificate, type CertificateSpec, type CertificateSigner } from './x509-builder';

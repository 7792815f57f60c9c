// LDS (Logical Data Structure, ICAO 9303-10) parsers: pure functions over file bytes, one file each.
export { parseTlv, parseTlvList, encodeTlv, encodeLength, encodeTag, concatBytes, type Tlv, type TlvErrorCode } from './tlv';
export { normaliseBer } from './ber';
export { parseEfCom, DG_TAGS, dataGroupOfTag, type EfCom } from './ef-com';
export { parseDg1, type Dg1 } from './dg1';
export { parseMrz, mrzCheckDigit, formatTd1, toMrzText, type Mrz, type MrzCheck, type Td1Fields } from './mrz';
export { parseDg2, imageMimeType, type Dg2, type Dg2Face } from './dg2';
export { parseDg13, toIsoDate, type Dg13, type Dg13Options } from './dg13';
export { parseDg14, type Dg14 } from './dg14';
export {
  parseSecurityInfos,
  paceProtocolDetails,
  SECURITY_OIDS,
  STANDARDIZED_DOMAIN_PARAMETERS,
  type SecurityInfo,
  type PaceInfo,
  type PaceDomainParameterInfo,
  type ChipAuthenticationInfo,
  type ChipAuthenticationPublicKeyInfo,
  type TerminalAuthenticationInfo,
  type UnknownSecurityInfo,
  type PaceProtocolDetails,
} from './security-infos';
export {
  parseSod,
  parseLdsSecurityObject,
  OID_LDS_SECURITY_OBJECT,
  type Sod,
  type SodSignerInfo,
  type LdsSecurityObject,
  type AlgorithmIdentifier,
  type SignerIdentifier,
} from './sod';

import { err, ok, type Result } from '../../result';
import { childrenOf, decodeOid, decodeSmallInteger, expectTlv, rawTlv, TAG } from './der';
import type { Tlv } from './tlv';

/**
 * SecurityInfos (ICAO 9303-11 §9.2): the SET OF SecurityInfo found in EF.CardAccess (PACE parameters)
 * and in DG14 (Chip Authentication). Each SecurityInfo is SEQUENCE { protocol OID, requiredData,
 * optionalData OPTIONAL }; the protocol OID decides how the rest reads.
 */

/** bsi-de 0.4.0.127.0.7 + id-PACE / id-CA / id-PK / id-TA arcs (ICAO 9303-11 §9.2.1–§9.2.6). */
export const SECURITY_OIDS = {
  pace: '0.4.0.127.0.7.2.2.4',
  chipAuthentication: '0.4.0.127.0.7.2.2.3',
  chipAuthenticationPublicKey: '0.4.0.127.0.7.2.2.1',
  terminalAuthentication: '0.4.0.127.0.7.2.2.2',
  /** id-PACE-ECDH-GM-AES-CBC-CMAC-128: what Vietnamese CCCD chips declare. */
  paceEcdhGmAes128: '0.4.0.127.0.7.2.2.4.2.2',
  caEcdhAes128: '0.4.0.127.0.7.2.2.3.2.2',
  pkEcdh: '0.4.0.127.0.7.2.2.1.2',
  pkDh: '0.4.0.127.0.7.2.2.1.1',
} as const;

/** PACEInfo (§9.2.1): a PACE protocol the chip supports. */
export interface PaceInfo {
  kind: 'pace';
  /** Dotted OID, e.g. "0.4.0.127.0.7.2.2.4.2.2" (ECDH, generic mapping, AES-CBC-CMAC-128). */
  protocol: string;
  version: number;
  /** Standardized domain parameter ID (§9.5.1), e.g. 13 = brainpoolP256r1. Absent: see PACEDomainParameterInfo. */
  parameterId?: number;
}

/** PACEDomainParameterInfo (§9.2.2): explicit domain parameters for PACE. */
export interface PaceDomainParameterInfo {
  kind: 'pace-domain-parameters';
  protocol: string;
  /** AlgorithmIdentifier.algorithm of the domain parameters, e.g. id-ecPublicKey. */
  domainParameterAlgorithm: string;
  /** DER of the AlgorithmIdentifier's parameters, when present. */
  domainParameters?: Uint8Array;
  parameterId?: number;
}

/** ChipAuthenticationInfo (§9.2.5). */
export interface ChipAuthenticationInfo {
  kind: 'chip-authentication';
  protocol: string;
  version: number;
  keyId?: number;
}

/** ChipAuthenticationPublicKeyInfo (§9.2.6): the chip's static key agreement key, in DG14. */
export interface ChipAuthenticationPublicKeyInfo {
  kind: 'chip-authentication-public-key';
  /** id-PK-DH or id-PK-ECDH. */
  protocol: string;
  /** DER of the SubjectPublicKeyInfo (algorithm, domain parameters, key). */
  subjectPublicKeyInfo: Uint8Array;
  /** AlgorithmIdentifier.algorithm inside the SubjectPublicKeyInfo. */
  keyAlgorithm: string;
  /** DER of the algorithm parameters (a named curve OID or explicit ECParameters), when present. */
  keyParameters?: Uint8Array;
  /** The BIT STRING contents without the unused-bits byte: an EC point (04 || X || Y) or a DH value. */
  publicKey: Uint8Array;
  keyId?: number;
}

/** TerminalAuthenticationInfo (§9.2.4). */
export interface TerminalAuthenticationInfo {
  kind: 'terminal-authentication';
  protocol: string;
  version: number;
}

/** Any SecurityInfo this parser does not model (e.g. Active Authentication, CardInfoLocator). */
export interface UnknownSecurityInfo {
  kind: 'unknown';
  protocol: string;
}

export type SecurityInfo =
  | PaceInfo
  | PaceDomainParameterInfo
  | ChipAuthenticationInfo
  | ChipAuthenticationPublicKeyInfo
  | TerminalAuthenticationInfo
  | UnknownSecurityInfo;

const CODE = 'security-infos.malformed';

/** Parses a DER SET OF SecurityInfo (tag 31), as EF.CardAccess holds it and DG14 wraps it. */
export function parseSecurityInfos(bytes: Uint8Array): Result<SecurityInfo[]> {
  // EF.CardAccess may be read with trailing padding beyond the SET: ignore it.
  const set = expectTlv(bytes, TAG.set, CODE, true);
  if (!set.ok) return set;
  const items = childrenOf(set.value, CODE);
  if (!items.ok) return items;
  const infos: SecurityInfo[] = [];
  for (const item of items.value) {
    const info = parseSecurityInfo(item);
    if (!info.ok) return info;
    infos.push(info.value);
  }
  return ok(infos);
}

function parseSecurityInfo(item: Tlv): Result<SecurityInfo> {
  if (item.tag !== TAG.sequence) return err(CODE, 'a SecurityInfo is not a SEQUENCE');
  const fields = childrenOf(item, CODE);
  if (!fields.ok) return fields;
  const [oidTlv, required, optional] = fields.value;
  if (!oidTlv || oidTlv.tag !== TAG.oid) return err(CODE, 'SecurityInfo without a protocol OID');
  const oid = decodeOid(oidTlv.value);
  if (!oid.ok) return err(CODE, oid.error.detail);
  const protocol = oid.value;
  const arcs = protocol.split('.');
  const under = (prefix: string) => protocol.startsWith(`${prefix}.`);

  // PACEInfo protocols have two arcs under id-PACE (e.g. 4.2.2), domain parameter infos one (4.2).
  if (under(SECURITY_OIDS.pace) && arcs.length === 11) {
    const version = integerField(required, 'PACEInfo version');
    if (!version.ok) return version;
    const parameterId = optionalInteger(optional, 'PACEInfo parameterId');
    if (!parameterId.ok) return parameterId;
    return ok(withOptional({ kind: 'pace', protocol, version: version.value }, 'parameterId', parameterId.value));
  }
  if (under(SECURITY_OIDS.pace) && arcs.length === 10) {
    if (!required || required.tag !== TAG.sequence) return err(CODE, 'PACEDomainParameterInfo without an AlgorithmIdentifier');
    const alg = childrenOf(required, CODE);
    if (!alg.ok) return alg;
    const [algOid, params] = alg.value;
    if (!algOid || algOid.tag !== TAG.oid) return err(CODE, 'AlgorithmIdentifier without an OID');
    const algorithm = decodeOid(algOid.value);
    if (!algorithm.ok) return err(CODE, algorithm.error.detail);
    const parameterId = optionalInteger(optional, 'PACEDomainParameterInfo parameterId');
    if (!parameterId.ok) return parameterId;
    const info: PaceDomainParameterInfo = { kind: 'pace-domain-parameters', protocol, domainParameterAlgorithm: algorithm.value };
    if (params) info.domainParameters = rawTlv(params).slice();
    if (parameterId.value !== undefined) info.parameterId = parameterId.value;
    return ok(info);
  }
  if (under(SECURITY_OIDS.chipAuthenticationPublicKey)) return parseCaPublicKey(protocol, required, optional);
  if (under(SECURITY_OIDS.chipAuthentication)) {
    const version = integerField(required, 'ChipAuthenticationInfo version');
    if (!version.ok) return version;
    const keyId = optionalInteger(optional, 'ChipAuthenticationInfo keyId');
    if (!keyId.ok) return keyId;
    return ok(withOptional({ kind: 'chip-authentication', protocol, version: version.value }, 'keyId', keyId.value));
  }
  if (protocol === SECURITY_OIDS.terminalAuthentication || under(SECURITY_OIDS.terminalAuthentication)) {
    const version = integerField(required, 'TerminalAuthenticationInfo version');
    if (!version.ok) return version;
    return ok({ kind: 'terminal-authentication', protocol, version: version.value });
  }
  return ok({ kind: 'unknown', protocol });
}

function parseCaPublicKey(protocol: string, spki: Tlv | undefined, optional: Tlv | undefined): Result<SecurityInfo> {
  if (!spki || spki.tag !== TAG.sequence) return err(CODE, 'ChipAuthenticationPublicKeyInfo without a SubjectPublicKeyInfo');
  const parts = childrenOf(spki, CODE);
  if (!parts.ok) return parts;
  const [alg, key] = parts.value;
  if (!alg || alg.tag !== TAG.sequence || !key || key.tag !== TAG.bitString) {
    return err(CODE, 'SubjectPublicKeyInfo is not { AlgorithmIdentifier, BIT STRING }');
  }
  const algParts = childrenOf(alg, CODE);
  if (!algParts.ok) return algParts;
  const [algOid, params] = algParts.value;
  if (!algOid || algOid.tag !== TAG.oid) return err(CODE, 'AlgorithmIdentifier without an OID');
  const keyAlgorithm = decodeOid(algOid.value);
  if (!keyAlgorithm.ok) return err(CODE, keyAlgorithm.error.detail);
  if (key.value.length < 1 || key.value[0] !== 0) return err(CODE, 'public key BIT STRING with unused bits');
  const keyId = optionalInteger(optional, 'ChipAuthenticationPublicKeyInfo keyId');
  if (!keyId.ok) return keyId;
  const info: ChipAuthenticationPublicKeyInfo = {
    kind: 'chip-authentication-public-key',
    protocol,
    subjectPublicKeyInfo: rawTlv(spki).slice(),
    keyAlgorithm: keyAlgorithm.value,
    publicKey: key.value.slice(1),
  };
  if (params) info.keyParameters = rawTlv(params).slice();
  if (keyId.value !== undefined) info.keyId = keyId.value;
  return ok(info);
}

function integerField(tlv: Tlv | undefined, what: string): Result<number> {
  if (!tlv || tlv.tag !== TAG.integer) return err(CODE, `${what} missing or not an INTEGER`);
  const n = decodeSmallInteger(tlv.value);
  return n.ok ? n : err(CODE, `${what}: ${n.error.detail}`);
}

function optionalInteger(tlv: Tlv | undefined, what: string): Result<number | undefined> {
  return tlv === undefined ? ok(undefined) : integerField(tlv, what);
}

function withOptional<T extends object, K extends string>(base: T, key: K, value: number | undefined): T {
  return value === undefined ? base : { ...base, [key]: value };
}

/** What a PACE protocol OID means (ICAO 9303-11 §9.2.1 table of id-PACE OIDs). */
export interface PaceProtocolDetails {
  keyAgreement: 'DH' | 'ECDH';
  mapping: 'GM' | 'IM' | 'CAM';
  cipher: '3DES' | 'AES';
  /** Session key length in bits: 112 for 3DES, else 128/192/256. */
  keyLength: 112 | 128 | 192 | 256;
}

const PACE_MAPPINGS: Readonly<Record<string, readonly [PaceProtocolDetails['keyAgreement'], PaceProtocolDetails['mapping']]>> = {
  '1': ['DH', 'GM'],
  '2': ['ECDH', 'GM'],
  '3': ['DH', 'IM'],
  '4': ['ECDH', 'IM'],
  '6': ['ECDH', 'CAM'],
};
const PACE_CIPHERS: Readonly<Record<string, readonly [PaceProtocolDetails['cipher'], PaceProtocolDetails['keyLength']]>> = {
  '1': ['3DES', 112],
  '2': ['AES', 128],
  '3': ['AES', 192],
  '4': ['AES', 256],
};

/** Decodes a PACEInfo protocol OID, or undefined when it is not one ICAO 9303-11 defines. */
export function paceProtocolDetails(protocol: string): PaceProtocolDetails | undefined {
  if (!protocol.startsWith(`${SECURITY_OIDS.pace}.`)) return undefined;
  const [mappingArc = '', cipherArc = ''] = protocol.slice(SECURITY_OIDS.pace.length + 1).split('.');
  const mapping = PACE_MAPPINGS[mappingArc];
  const cipher = PACE_CIPHERS[cipherArc];
  if (!mapping || !cipher || (mapping[1] === 'CAM' && cipher[0] === '3DES')) return undefined;
  return { keyAgreement: mapping[0], mapping: mapping[1], cipher: cipher[0], keyLength: cipher[1] };
}

/** Standardized domain parameters by PACE parameter ID (ICAO 9303-11 §9.5.1, Table 6). */
export const STANDARDIZED_DOMAIN_PARAMETERS: Readonly<Record<number, string>> = {
  0: 'modp1024-160',
  1: 'modp2048-224',
  2: 'modp2048-256',
  8: 'P-192',
  9: 'brainpoolP192r1',
  10: 'P-224',
  11: 'brainpoolP224r1',
  12: 'P-256',
  13: 'brainpoolP256r1',
  14: 'brainpoolP320r1',
  15: 'P-384',
  16: 'brainpoolP384r1',
  17: 'brainpoolP512r1',
  18: 'P-521',
};

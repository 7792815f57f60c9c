import { err, ok, type Result } from '../../result';
import { normaliseBer } from './ber';
import { childrenOf, decodeBigInt, decodeOid, decodeSmallInteger, decodeText, expectTlv, rawTlv, TAG } from './der';
import type { Tlv } from './tlv';

/**
 * EF.SOD (Document Security Object, ICAO 9303-10 §4.6.2, 9303-11 §5.1): tag 77 wrapping a CMS
 * ContentInfo (RFC 5652) of SignedData whose eContent is the LDSSecurityObject (2.23.136.1.1.1): the
 * hash of every data group, signed by the Document Signer.
 *
 * Walked by hand over the TLV layer rather than through a schema library because Passive
 * Authentication needs the exact signed bytes (signed attributes, certificates), and the input is
 * first normalised from BER (indefinite lengths) to DER without touching definite-length parts.
 */

export const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
export const OID_LDS_SECURITY_OBJECT = '2.23.136.1.1.1';
export const OID_CONTENT_TYPE_ATTR = '1.2.840.113549.1.9.3';
export const OID_MESSAGE_DIGEST_ATTR = '1.2.840.113549.1.9.4';
export const OID_SIGNING_TIME_ATTR = '1.2.840.113549.1.9.5';

/** An X.509 / CMS AlgorithmIdentifier. */
export interface AlgorithmIdentifier {
  oid: string;
  /** DER of the parameters, absent when omitted (NULL parameters are kept as 05 00). */
  parameters?: Uint8Array;
}

export interface LdsSecurityObject {
  version: number;
  /** OID of the hash over each data group, e.g. 2.16.840.1.101.3.4.2.1 (SHA-256). */
  hashAlgorithm: AlgorithmIdentifier;
  /** Data group number → hash value. */
  dataGroupHashes: Map<number, Uint8Array>;
  /** LDS 1.8 version info (version 1 objects only). */
  ldsVersion?: string;
  unicodeVersion?: string;
}

export type SignerIdentifier =
  | { kind: 'issuer-and-serial'; issuer: Uint8Array /* DER Name */; serialNumber: bigint }
  | { kind: 'subject-key-identifier'; keyIdentifier: Uint8Array };

export interface SodSignerInfo {
  version: number;
  sid: SignerIdentifier;
  digestAlgorithm: AlgorithmIdentifier;
  /** DER of the signed attributes re-tagged as SET OF (31), the exact input of the signature (RFC 5652 §5.4). */
  signedAttributes?: Uint8Array;
  /** Value of the messageDigest signed attribute. */
  messageDigest?: Uint8Array;
  /** Value of the contentType signed attribute. */
  contentType?: string;
  signatureAlgorithm: AlgorithmIdentifier;
  signature: Uint8Array;
}

export interface Sod {
  /** eContentType: must be the LDSSecurityObject OID. */
  contentType: string;
  /** DER of the LDSSecurityObject, the content the messageDigest attribute hashes. */
  eContent: Uint8Array;
  ldsSecurityObject: LdsSecurityObject;
  digestAlgorithms: AlgorithmIdentifier[];
  /** DER of each certificate in SignedData.certificates (the Document Signer certificate). */
  certificates: Uint8Array[];
  signerInfos: SodSignerInfo[];
}

const CODE = 'sod.malformed';

export function parseSod(bytes: Uint8Array): Result<Sod> {
  const der = normaliseBer(bytes);
  if (!der.ok) return err(CODE, `${der.error.code}: ${der.error.detail}`);
  const wrapper = expectTlv(der.value, 0x77, CODE, true);
  if (!wrapper.ok) return wrapper;
  const contentInfo = single(wrapper.value, TAG.sequence, 'ContentInfo');
  if (!contentInfo.ok) return contentInfo;
  const [ciType, ciContent] = contentInfo.value;
  const ciOid = oidOf(ciType, 'ContentInfo contentType');
  if (!ciOid.ok) return ciOid;
  if (ciOid.value !== OID_SIGNED_DATA) return err(CODE, `ContentInfo is ${ciOid.value}, not SignedData`);
  if (!ciContent || ciContent.tag !== 0xa0) return err(CODE, 'ContentInfo without [0] content');
  const signedData = single(ciContent, TAG.sequence, 'SignedData');
  if (!signedData.ok) return signedData;
  return parseSignedData(signedData.value);
}

function parseSignedData(fields: Tlv[]): Result<Sod> {
  const [, digestAlgs, encap, ...rest] = fields;
  if (!digestAlgs || digestAlgs.tag !== TAG.set) return err(CODE, 'SignedData without digestAlgorithms');
  const digestAlgorithms: AlgorithmIdentifier[] = [];
  const algList = childrenOf(digestAlgs, CODE);
  if (!algList.ok) return algList;
  for (const a of algList.value) {
    const alg = parseAlgorithmIdentifier(a);
    if (!alg.ok) return alg;
    digestAlgorithms.push(alg.value);
  }
  if (!encap || encap.tag !== TAG.sequence) return err(CODE, 'SignedData without encapContentInfo');
  const encapParts = childrenOf(encap, CODE);
  if (!encapParts.ok) return encapParts;
  const [eType, eWrapper] = encapParts.value;
  const contentType = oidOf(eType, 'eContentType');
  if (!contentType.ok) return contentType;
  if (!eWrapper || eWrapper.tag !== 0xa0) return err(CODE, 'encapContentInfo without eContent');
  const eContentTlv = single(eWrapper, TAG.octetString, 'eContent', true);
  if (!eContentTlv.ok) return eContentTlv;
  const eContent = eContentTlv.value[0]?.value ?? new Uint8Array();
  const lso = parseLdsSecurityObject(eContent);
  if (!lso.ok) return lso;

  const certificates: Uint8Array[] = [];
  let signerSet: Tlv | undefined;
  for (const t of rest) {
    if (t.tag === 0xa0) {
      const certs = childrenOf(t, CODE);
      if (!certs.ok) return certs;
      for (const c of certs.value) if (c.tag === TAG.sequence) certificates.push(rawTlv(c).slice());
    } else if (t.tag === TAG.set) {
      signerSet = t;
    }
  }
  if (!signerSet) return err(CODE, 'SignedData without signerInfos');
  const signerList = childrenOf(signerSet, CODE);
  if (!signerList.ok) return signerList;
  const signerInfos: SodSignerInfo[] = [];
  for (const s of signerList.value) {
    const info = parseSignerInfo(s);
    if (!info.ok) return info;
    signerInfos.push(info.value);
  }
  if (signerInfos.length === 0) return err(CODE, 'SignedData has no SignerInfo');
  return ok({ contentType: contentType.value, eContent: eContent.slice(), ldsSecurityObject: lso.value, digestAlgorithms, certificates, signerInfos });
}

/** LDSSecurityObject ::= SEQUENCE { version, hashAlgorithm, dataGroupHashValues, ldsVersionInfo OPTIONAL } (9303-10 §4.6.2.2). */
export function parseLdsSecurityObject(bytes: Uint8Array): Result<LdsSecurityObject> {
  const top = expectTlv(bytes, TAG.sequence, CODE);
  if (!top.ok) return top;
  const parts = childrenOf(top.value, CODE);
  if (!parts.ok) return parts;
  const [versionTlv, algTlv, hashesTlv, versionInfo] = parts.value;
  if (!versionTlv || versionTlv.tag !== TAG.integer) return err(CODE, 'LDSSecurityObject without version');
  const version = decodeSmallInteger(versionTlv.value);
  if (!version.ok) return err(CODE, version.error.detail);
  if (!algTlv) return err(CODE, 'LDSSecurityObject without hashAlgorithm');
  const hashAlgorithm = parseAlgorithmIdentifier(algTlv);
  if (!hashAlgorithm.ok) return hashAlgorithm;
  if (!hashesTlv || hashesTlv.tag !== TAG.sequence) return err(CODE, 'LDSSecurityObject without dataGroupHashValues');
  const hashes = childrenOf(hashesTlv, CODE);
  if (!hashes.ok) return hashes;
  const dataGroupHashes = new Map<number, Uint8Array>();
  for (const h of hashes.value) {
    const pair = h.tag === TAG.sequence ? childrenOf(h, CODE) : err(CODE, 'DataGroupHash is not a SEQUENCE');
    if (!pair.ok) return pair;
    const [dgTlv, valueTlv] = pair.value;
    if (!dgTlv || dgTlv.tag !== TAG.integer || !valueTlv || valueTlv.tag !== TAG.octetString) {
      return err(CODE, 'DataGroupHash is not { INTEGER, OCTET STRING }');
    }
    const dg = decodeSmallInteger(dgTlv.value);
    if (!dg.ok || dg.value < 1 || dg.value > 16) return err(CODE, 'data group number outside 1–16');
    if (dataGroupHashes.has(dg.value)) return err(CODE, `DG${dg.value} listed twice`);
    dataGroupHashes.set(dg.value, valueTlv.value.slice());
  }
  const lso: LdsSecurityObject = { version: version.value, hashAlgorithm: hashAlgorithm.value, dataGroupHashes };
  if (versionInfo?.tag === TAG.sequence) {
    const vi = childrenOf(versionInfo, CODE);
    if (vi.ok && vi.value[0] && vi.value[1]) {
      const lds = decodeText(vi.value[0]);
      const uni = decodeText(vi.value[1]);
      if (lds.ok) lso.ldsVersion = lds.value;
      if (uni.ok) lso.unicodeVersion = uni.value;
    }
  }
  return ok(lso);
}

function parseSignerInfo(tlv: Tlv): Result<SodSignerInfo> {
  if (tlv.tag !== TAG.sequence) return err(CODE, 'SignerInfo is not a SEQUENCE');
  const parts = childrenOf(tlv, CODE);
  if (!parts.ok) return parts;
  const [versionTlv, sidTlv, digestTlv, ...rest] = parts.value;
  if (!versionTlv || versionTlv.tag !== TAG.integer) return err(CODE, 'SignerInfo without version');
  const version = decodeSmallInteger(versionTlv.value);
  if (!version.ok) return err(CODE, version.error.detail);
  if (!sidTlv) return err(CODE, 'SignerInfo without sid');
  const sid = parseSid(sidTlv);
  if (!sid.ok) return sid;
  if (!digestTlv) return err(CODE, 'SignerInfo without digestAlgorithm');
  const digestAlgorithm = parseAlgorithmIdentifier(digestTlv);
  if (!digestAlgorithm.ok) return digestAlgorithm;
  let next = rest.shift();
  let signedAttributes: Uint8Array | undefined;
  let messageDigest: Uint8Array | undefined;
  let contentType: string | undefined;
  if (next?.tag === 0xa0) {
    // RFC 5652 §5.4: the signature covers the DER of the attributes with an EXPLICIT SET OF tag (31).
    signedAttributes = rawTlv(next).slice();
    signedAttributes[0] = TAG.set;
    const attrs = childrenOf(next, CODE);
    if (!attrs.ok) return attrs;
    for (const a of attrs.value) {
      const ap = a.tag === TAG.sequence ? childrenOf(a, CODE) : err(CODE, 'Attribute is not a SEQUENCE');
      if (!ap.ok) return ap;
      const [typeTlv, valuesTlv] = ap.value;
      const type = oidOf(typeTlv, 'attribute type');
      if (!type.ok) return type;
      if (!valuesTlv || valuesTlv.tag !== TAG.set) return err(CODE, 'attribute without a SET of values');
      const values = childrenOf(valuesTlv, CODE);
      if (!values.ok) return values;
      const first = values.value[0];
      if (type.value === OID_MESSAGE_DIGEST_ATTR) {
        if (messageDigest || values.value.length !== 1 || first?.tag !== TAG.octetString) return err(CODE, 'messageDigest attribute must be one OCTET STRING, once');
        messageDigest = first.value.slice();
      } else if (type.value === OID_CONTENT_TYPE_ATTR) {
        const ct = oidOf(first, 'contentType attribute');
        if (!ct.ok) return ct;
        contentType = ct.value;
      }
    }
    next = rest.shift();
  }
  if (!next) return err(CODE, 'SignerInfo without signatureAlgorithm');
  const signatureAlgorithm = parseAlgorithmIdentifier(next);
  if (!signatureAlgorithm.ok) return signatureAlgorithm;
  const sigTlv = rest.shift();
  if (!sigTlv || sigTlv.tag !== TAG.octetString) return err(CODE, 'SignerInfo without signature');
  const info: SodSignerInfo = {
    version: version.value,
    sid: sid.value,
    digestAlgorithm: digestAlgorithm.value,
    signatureAlgorithm: signatureAlgorithm.value,
    signature: sigTlv.value.slice(),
  };
  if (signedAttributes) info.signedAttributes = signedAttributes;
  if (messageDigest) info.messageDigest = messageDigest;
  if (contentType) info.contentType = contentType;
  return ok(info);
}

function parseSid(tlv: Tlv): Result<SignerIdentifier> {
  if (tlv.tag === 0x80) return ok({ kind: 'subject-key-identifier', keyIdentifier: tlv.value.slice() });
  if (tlv.tag !== TAG.sequence) return err(CODE, 'sid is neither IssuerAndSerialNumber nor [0] SubjectKeyIdentifier');
  const parts = childrenOf(tlv, CODE);
  if (!parts.ok) return parts;
  const [issuer, serial] = parts.value;
  if (!issuer || issuer.tag !== TAG.sequence || !serial || serial.tag !== TAG.integer) {
    return err(CODE, 'IssuerAndSerialNumber is not { Name, INTEGER }');
  }
  return ok({ kind: 'issuer-and-serial', issuer: rawTlv(issuer).slice(), serialNumber: decodeBigInt(serial.value) });
}

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }. */
export function parseAlgorithmIdentifier(tlv: Tlv): Result<AlgorithmIdentifier> {
  if (tlv.tag !== TAG.sequence) return err(CODE, 'AlgorithmIdentifier is not a SEQUENCE');
  const parts = childrenOf(tlv, CODE);
  if (!parts.ok) return parts;
  const [oidTlv, params] = parts.value;
  const oid = oidOf(oidTlv, 'algorithm');
  if (!oid.ok) return oid;
  return ok(params ? { oid: oid.value, parameters: rawTlv(params).slice() } : { oid: oid.value });
}

function oidOf(tlv: Tlv | undefined, what: string): Result<string> {
  if (!tlv || tlv.tag !== TAG.oid) return err(CODE, `${what} is not an OBJECT IDENTIFIER`);
  const oid = decodeOid(tlv.value);
  return oid.ok ? oid : err(CODE, `${what}: ${oid.error.detail}`);
}

/** The children of `outer`, which must hold exactly one TLV with `tag` (or none when `optional`). */
function single(outer: Tlv, tag: number, what: string, optional = false): Result<Tlv[]> {
  const list = childrenOf(outer, CODE);
  if (!list.ok) return list;
  const [only] = list.value;
  if (!only) return optional ? ok([]) : err(CODE, `${what} missing`);
  if (only.tag !== tag) return err(CODE, `${what} has tag ${only.tag.toString(16)}`);
  return tag === TAG.octetString ? ok([only]) : childrenOf(only, CODE);
}

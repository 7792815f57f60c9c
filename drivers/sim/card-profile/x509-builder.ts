import { createHash } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_keyUsage,
  id_ce_subjectKeyIdentifier,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { bigIntToBytes, encodeBitString, encodeInteger, encodeOctetString, encodeOid, encodeSequence } from '../../emrtd/lds/der';
import { parseTlv } from '../../emrtd/lds/tlv';

/**
 * Builds X.509 certificates (RFC 5280) for the simulator's TEST PKI and for tests: structure from
 * @peculiar/asn1-x509, signature from a caller-supplied function (noble ECDSA, or node:crypto RSA in
 * tests). Deterministic: the same inputs and a deterministic signer give the same bytes.
 */
export interface CertificateSpec {
  /** Attributes most general first, e.g. [['C','VN'], ['O','…'], ['CN','…']]. */
  subject: readonly (readonly [NameAttribute, string])[];
  issuer: readonly (readonly [NameAttribute, string])[];
  serialNumber: bigint;
  notBefore: Date;
  notAfter: Date;
  /** DER SubjectPublicKeyInfo of the certified key. */
  subjectPublicKeyInfo: Uint8Array;
  /** CA certificate (keyCertSign) or end entity (digitalSignature). */
  isCa: boolean;
  /** Key identifier of the issuer's key (AKI); omitted for a self-signed root when undefined. */
  authorityKeyIdentifier?: Uint8Array;
}

export type NameAttribute = 'C' | 'O' | 'OU' | 'CN' | 'serialNumber';
const NAME_OIDS: Record<NameAttribute, string> = { C: '2.5.4.6', O: '2.5.4.10', OU: '2.5.4.11', CN: '2.5.4.3', serialNumber: '2.5.4.5' };

/** Signs TBS bytes; `algorithm` is the certificate's signatureAlgorithm (OID, optional DER parameters). */
export interface CertificateSigner {
  algorithm: { oid: string; parameters?: Uint8Array };
  sign(tbs: Uint8Array): Uint8Array;
}

export function buildName(attrs: CertificateSpec['subject']): Name {
  return new Name(
    attrs.map(([type, value]) =>
      new RelativeDistinguishedName([
        new AttributeTypeAndValue({
          type: NAME_OIDS[type],
          // ICAO 9303-12 §7.1.1: country codes are PrintableString; other names UTF8String.
          value: type === 'C' || type === 'serialNumber' ? new AttributeValue({ printableString: value }) : new AttributeValue({ utf8String: value }),
        }),
      ]),
    ),
  );
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING value. */
export function keyIdentifierOf(subjectPublicKeyInfo: Uint8Array): Uint8Array {
  const spki = AsnConvert.parse(subjectPublicKeyInfo, SubjectPublicKeyInfo);
  return new Uint8Array(createHash('sha1').update(new Uint8Array(spki.subjectPublicKey)).digest());
}

export function buildCertificate(spec: CertificateSpec, signer: CertificateSigner): Uint8Array {
  const ski = keyIdentifierOf(spec.subjectPublicKeyInfo);
  const ext = (id: string, critical: boolean, value: unknown) =>
    new Extension({ extnID: id, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
  const extensions = [
    ext(id_ce_basicConstraints, true, new BasicConstraints(spec.isCa ? { cA: true, pathLenConstraint: 0 } : { cA: false })),
    ext(id_ce_keyUsage, true, new KeyUsage(spec.isCa ? KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign : KeyUsageFlags.digitalSignature)),
    ext(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(ski)),
  ];
  if (spec.authorityKeyIdentifier) {
    extensions.push(ext(id_ce_authorityKeyIdentifier, false, new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(spec.authorityKeyIdentifier) })));
  }
  const sigAlg = new AlgorithmIdentifier({ algorithm: signer.algorithm.oid });
  if (signer.algorithm.parameters) sigAlg.parameters = toArrayBuffer(signer.algorithm.parameters);
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: toArrayBuffer(positiveInteger(spec.serialNumber)),
    signature: sigAlg,
    issuer: buildName(spec.issuer),
    validity: new Validity({ notBefore: spec.notBefore, notAfter: spec.notAfter }),
    subject: buildName(spec.subject),
    subjectPublicKeyInfo: AsnConvert.parse(spec.subjectPublicKeyInfo, SubjectPublicKeyInfo),
    extensions: new Extensions(extensions),
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbs));
  const cert = new Certificate({ tbsCertificate: tbs, signatureAlgorithm: sigAlg, signatureValue: toArrayBuffer(signer.sign(tbsDer)) });
  return new Uint8Array(AsnConvert.serialize(cert));
}

/** SubjectPublicKeyInfo for an EC point, with the curve named by OID or spelt out (X9.62 SpecifiedECDomain). */
export function ecSubjectPublicKeyInfo(
  point: Uint8Array,
  curve: { oid: string; p: bigint; a: bigint; b: bigint; gx: bigint; gy: bigint; n: bigint; h: bigint; size: number },
  explicit: boolean,
): Uint8Array {
  const params = explicit
    ? encodeSequence(
        encodeInteger(1),
        encodeSequence(encodeOid('1.2.840.10045.1.1'), encodeInteger(curve.p)),
        encodeSequence(encodeOctetString(bigIntToBytes(curve.a, curve.size)), encodeOctetString(bigIntToBytes(curve.b, curve.size))),
        encodeOctetString(Uint8Array.from([4, ...bigIntToBytes(curve.gx, curve.size), ...bigIntToBytes(curve.gy, curve.size)])),
        encodeInteger(curve.n),
        encodeInteger(curve.h),
      )
    : encodeOid(curve.oid);
  return encodeSequence(encodeSequence(encodeOid('1.2.840.10045.2.1'), params), encodeBitString(point));
}

/** INTEGER content bytes for a positive serial number (leading zero when the top bit is set). */
function positiveInteger(n: bigint): Uint8Array {
  const der = encodeInteger(n);
  const r = parseTlv(der);
  return r.ok ? r.value.value.slice() : Uint8Array.of(0);
}

export const toArrayBuffer = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;

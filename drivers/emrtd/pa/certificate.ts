import { AsnConvert } from '@peculiar/asn1-schema';
import {
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_subjectKeyIdentifier,
  type Name,
  SubjectKeyIdentifier,
} from '@peculiar/asn1-x509';
import { err, ok, type Result } from '../../result';
import { childrenOf, expectTlv, rawTlv, TAG } from '../lds/der';
import { parseAlgorithmIdentifier, type AlgorithmIdentifier } from '../lds/sod';

/**
 * An X.509 certificate (RFC 5280) as Passive Authentication needs it: the exact signed bytes
 * (TBSCertificate) from the TLV layer, the fields from @peculiar/asn1-x509.
 */
export interface ParsedCertificate {
  der: Uint8Array;
  /** DER of TBSCertificate exactly as encoded: the input of the certificate's signature. */
  tbs: Uint8Array;
  signatureAlgorithm: AlgorithmIdentifier;
  /** BIT STRING contents without the unused-bits byte. */
  signature: Uint8Array;
  serialNumber: bigint;
  /** Serial number in upper-case hex, as tools print it. */
  serialHex: string;
  /** RFC 4514 style, most specific first: "CN=CSCA ePassport Vietnam, O=…, C=VN". */
  subject: string;
  issuer: string;
  /** DER of the Name, for exact matching. */
  subjectDer: Uint8Array;
  issuerDer: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  subjectKeyIdentifier?: Uint8Array;
  authorityKeyIdentifier?: Uint8Array;
  /** basicConstraints cA, when the extension is present. */
  isCa?: boolean;
  /** DER of SubjectPublicKeyInfo. */
  subjectPublicKeyInfo: Uint8Array;
}

const CODE = 'certificate.malformed';

export function parseCertificate(der: Uint8Array): Result<ParsedCertificate> {
  const top = expectTlv(der, TAG.sequence, CODE);
  if (!top.ok) return top;
  const parts = childrenOf(top.value, CODE);
  if (!parts.ok) return parts;
  const [tbsTlv, sigAlgTlv, sigTlv] = parts.value;
  if (!tbsTlv || tbsTlv.tag !== TAG.sequence || !sigAlgTlv || !sigTlv || sigTlv.tag !== TAG.bitString) {
    return err(CODE, 'not { TBSCertificate, AlgorithmIdentifier, BIT STRING }');
  }
  const signatureAlgorithm = parseAlgorithmIdentifier(sigAlgTlv);
  if (!signatureAlgorithm.ok) return err(CODE, signatureAlgorithm.error.detail);
  if (sigTlv.value.length < 1 || sigTlv.value[0] !== 0) return err(CODE, 'signature BIT STRING with unused bits');
  const tbsFields = childrenOf(tbsTlv, CODE);
  if (!tbsFields.ok) return tbsFields;
  // TBSCertificate: [0] version OPTIONAL, serial, signature, issuer, validity, subject, spki, …
  const f = tbsFields.value[0]?.tag === 0xa0 ? tbsFields.value.slice(1) : tbsFields.value;
  const [, , issuerTlv, , subjectTlv, spkiTlv] = f;
  if (!issuerTlv || !subjectTlv || !spkiTlv) return err(CODE, 'TBSCertificate is missing fields');

  let cert: Certificate;
  try {
    cert = AsnConvert.parse(der, Certificate);
  } catch (e) {
    return err(CODE, `X.509 structure not understood: ${(e as Error).message}`);
  }
  const tbs = cert.tbsCertificate;
  const serialBytes = new Uint8Array(tbs.serialNumber);
  const parsed: ParsedCertificate = {
    der: der.slice(),
    tbs: rawTlv(tbsTlv).slice(),
    signatureAlgorithm: signatureAlgorithm.value,
    signature: sigTlv.value.slice(1),
    serialNumber: BigInt(`0x${Buffer.from(serialBytes).toString('hex') || '0'}`),
    serialHex: Buffer.from(serialBytes).toString('hex').replace(/^(00)+(?=.)/, '').toUpperCase(),
    subject: nameToString(tbs.subject),
    issuer: nameToString(tbs.issuer),
    subjectDer: rawTlv(subjectTlv).slice(),
    issuerDer: rawTlv(issuerTlv).slice(),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    subjectPublicKeyInfo: rawTlv(spkiTlv).slice(),
  };
  try {
    for (const ext of tbs.extensions ?? []) {
      const value = ext.extnValue.buffer;
      if (ext.extnID === id_ce_subjectKeyIdentifier) {
        parsed.subjectKeyIdentifier = new Uint8Array(AsnConvert.parse(value, SubjectKeyIdentifier).buffer);
      } else if (ext.extnID === id_ce_authorityKeyIdentifier) {
        const aki = AsnConvert.parse(value, AuthorityKeyIdentifier);
        if (aki.keyIdentifier) parsed.authorityKeyIdentifier = new Uint8Array(aki.keyIdentifier.buffer);
      } else if (ext.extnID === id_ce_basicConstraints) {
        parsed.isCa = AsnConvert.parse(value, BasicConstraints).cA;
      }
    }
  } catch (e) {
    return err(CODE, `extension not understood: ${(e as Error).message}`);
  }
  return ok(parsed);
}

const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

/** A Name as RFC 4514 orders it (last RDN first), e.g. "CN=CSCA ePassport Vietnam, O=…, C=VN". */
export function nameToString(name: Name): string {
  return [...name]
    .reverse()
    .map((rdn) =>
      [...rdn]
        .map((atv) => `${ATTRIBUTE_NAMES[atv.type] ?? atv.type}=${atv.value.toString()}`)
        .join('+'),
    )
    .join(', ');
}

/** Names compared as texts, ignoring case and runs of spaces (string types may differ between issuer and subject). */
export function sameName(a: ParsedCertificate['issuer'], b: ParsedCertificate['subject']): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

import { createHash } from 'node:crypto';
import { encodeInteger, encodeOctetString, encodeOid, encodeSequence, encodeSet } from '../../emrtd/lds/der';
import { OID_CONTENT_TYPE_ATTR, OID_LDS_SECURITY_OBJECT, OID_MESSAGE_DIGEST_ATTR, OID_SIGNED_DATA, OID_SIGNING_TIME_ATTR } from '../../emrtd/lds/sod';
import { OID_OF_HASH, type HashName } from '../../emrtd/pa/algorithms';
import { parseCertificate } from '../../emrtd/pa/certificate';
import { concatBytes, encodeTag, encodeTlv, parseTlv } from '../../emrtd/lds/tlv';

/**
 * Builds EF.SOD (ICAO 9303-10 §4.6.2): 77 { ContentInfo { signedData, [0] SignedData } } with the
 * LDSSecurityObject as eContent and one SignerInfo with signed attributes (RFC 5652 §5.3–§5.4).
 */
export interface SodSigner {
  /** DER of the Document Signer certificate (included in SignedData.certificates). */
  certificate: Uint8Array;
  /** The SignerInfo signatureAlgorithm. */
  signatureAlgorithm: { oid: string; parameters?: Uint8Array };
  /** Signs the DER of the signed attributes (the signer hashes as its algorithm says). */
  sign(signedAttributes: Uint8Array): Uint8Array;
}

export interface BuildSodOptions {
  /** Hash for the DG hashes and the messageDigest (default sha256). */
  hash?: HashName;
  /** signingTime attribute (default 2024-01-01, fixed so builds are deterministic). */
  signingTime?: Date;
  /** 'ber-indefinite' writes the outer CMS layers with indefinite lengths, as some chips do. */
  encoding?: 'der' | 'ber-indefinite';
}

export function buildSod(dataGroups: ReadonlyMap<number, Uint8Array>, signer: SodSigner, options: BuildSodOptions = {}): Uint8Array {
  const hash = options.hash ?? 'sha256';
  const hashAlg = encodeSequence(encodeOid(OID_OF_HASH[hash]));
  const h = (data: Uint8Array) => new Uint8Array(createHash(hash).update(data).digest());
  const dgHashes = [...dataGroups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([dg, bytes]) => encodeSequence(encodeInteger(dg), encodeOctetString(h(bytes))));
  const lso = encodeSequence(encodeInteger(0), hashAlg, encodeSequence(...dgHashes));

  // DER SET OF: elements sorted by their encodings (X.690 §11.6).
  const attributes = [
    encodeSequence(encodeOid(OID_CONTENT_TYPE_ATTR), encodeSet(encodeOid(OID_LDS_SECURITY_OBJECT))),
    encodeSequence(encodeOid(OID_SIGNING_TIME_ATTR), encodeSet(utcTime(options.signingTime ?? new Date('2024-01-01T00:00:00Z')))),
    encodeSequence(encodeOid(OID_MESSAGE_DIGEST_ATTR), encodeSet(encodeOctetString(h(lso)))),
  ].sort(compareBytes);
  const signedAttrs = encodeSet(...attributes);
  const signature = signer.sign(signedAttrs);
  const implicitAttrs = signedAttrs.slice();
  implicitAttrs[0] = 0xa0; // [0] IMPLICIT in the SignerInfo

  const ds = parseCertificate(signer.certificate);
  if (!ds.ok) throw new Error(`signer certificate: ${ds.error.detail}`);
  const sigAlg = encodeSequence(encodeOid(signer.signatureAlgorithm.oid), ...(signer.signatureAlgorithm.parameters ? [signer.signatureAlgorithm.parameters] : []));
  const signerInfo = encodeSequence(
    encodeInteger(1),
    encodeSequence(ds.value.issuerDer, encodeInteger(ds.value.serialNumber)),
    hashAlg,
    implicitAttrs,
    sigAlg,
    encodeOctetString(signature),
  );
  const signedData = encodeSequence(
    encodeInteger(3),
    encodeSet(hashAlg),
    encodeSequence(encodeOid(OID_LDS_SECURITY_OBJECT), encodeTlv(0xa0, encodeOctetString(lso))),
    encodeTlv(0xa0, signer.certificate),
    encodeSet(signerInfo),
  );
  const contentInfo = encodeSequence(encodeOid(OID_SIGNED_DATA), encodeTlv(0xa0, signedData));
  const sod = encodeTlv(0x77, contentInfo);
  return options.encoding === 'ber-indefinite' ? toIndefiniteLengths(sod, 4) : sod;
}

function utcTime(d: Date): Uint8Array {
  const s = d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
  return encodeTlv(0x17, new TextEncoder().encode(s));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/**
 * Rewrites constructed elements down to `depth` levels with indefinite lengths (X.690 §8.1.3.6),
 * leaving deeper (signed) parts untouched: what some chips' BER SODs look like.
 */
export function toIndefiniteLengths(der: Uint8Array, depth: number): Uint8Array {
  const r = parseTlv(der);
  if (!r.ok || !r.value.constructed || depth === 0) return der;
  const tagBytes = encodeTag(r.value.tag);
  const children: Uint8Array[] = [];
  for (let pos = 0; pos < r.value.value.length; ) {
    const c = parseTlv(r.value.value, pos);
    if (!c.ok) return der;
    children.push(toIndefiniteLengths(r.value.value.subarray(pos, pos + c.value.totalLength), depth - 1));
    pos += c.value.totalLength;
  }
  return concatBytes(tagBytes, Uint8Array.of(0x80), ...children, Uint8Array.of(0, 0));
}

import {
  encodeInteger,
  encodeOid,
  encodePrintableString,
  encodeSequence,
  encodeSet,
  encodeUtf8String,
} from '../../emrtd/lds/der';
import { DG_TAGS } from '../../emrtd/lds/ef-com';
import { concatBytes, encodeTlv } from '../../emrtd/lds/tlv';

/**
 * Encoders for the LDS files the simulated chip holds: the inverse of drivers/emrtd/lds parsers,
 * following the same specs (ICAO 9303-10 §4.6–§4.7, 9303-11 §9.2, ISO/IEC 19794-5).
 */

/** EF.COM: LDS 1.7, Unicode 4.0.0, and the tags of the listed data groups. */
export function encodeEfCom(dataGroups: readonly number[]): Uint8Array {
  const ascii = (s: string) => new TextEncoder().encode(s);
  const tags = Uint8Array.from(dataGroups.map((dg) => DG_TAGS[dg] as number));
  return encodeTlv(0x60, concatBytes(encodeTlv(0x5f01, ascii('0107')), encodeTlv(0x5f36, ascii('040000')), encodeTlv(0x5c, tags)));
}

/** DG1: 61 { 5F1F MRZ }. */
export const encodeDg1 = (mrz: string): Uint8Array => encodeTlv(0x61, encodeTlv(0x5f1f, new TextEncoder().encode(mrz)));

/** DG2 around one JPEG face: 75 { 7F61 { 02 01 01, 7F60 { A1 header, 5F2E ISO 19794-5 record } } }. */
export function encodeDg2(jpeg: Uint8Array, face: { width: number; height: number; sex: 'male' | 'female' }): Uint8Array {
  // Biometric header template (ICAO 9303-10 §4.7.2.1, ISO/IEC 7816-11): header version, type 02 = face,
  // format owner 0101 (ISO/IEC JTC1/SC37), format type 0008 (face image).
  const header = encodeTlv(
    0xa1,
    concatBytes(encodeTlv(0x80, Uint8Array.of(1, 1)), encodeTlv(0x81, Uint8Array.of(2)), encodeTlv(0x87, Uint8Array.of(1, 1)), encodeTlv(0x88, Uint8Array.of(0, 8))),
  );
  const template = encodeTlv(0x7f60, concatBytes(header, encodeTlv(0x5f2e, facialRecord(jpeg, face))));
  return encodeTlv(0x75, encodeTlv(0x7f61, concatBytes(encodeTlv(0x02, Uint8Array.of(1)), template)));
}

/** ISO/IEC 19794-5:2005 facial record with one image and no feature points. */
function facialRecord(jpeg: Uint8Array, face: { width: number; height: number; sex: 'male' | 'female' }): Uint8Array {
  const blockLength = 20 + 12 + jpeg.length;
  const recordLength = 14 + blockLength;
  const b = new Uint8Array(14 + 32);
  const v = new DataView(b.buffer);
  b.set([0x46, 0x41, 0x43, 0x00, 0x30, 0x31, 0x30, 0x00]); // "FAC\0" "010\0"
  v.setUint32(8, recordLength);
  v.setUint16(12, 1); // number of facial images
  v.setUint32(14, blockLength);
  v.setUint16(18, 0); // feature points
  b[20] = face.sex === 'male' ? 1 : 2; // 19794-5 §5.5.3 gender
  // eye colour, hair colour, feature mask, expression, pose angles and uncertainties: 0 (unspecified)
  const info = 14 + 20;
  b[info] = 1; // face image type: full frontal
  b[info + 1] = 0; // image data type: JPEG
  v.setUint16(info + 2, face.width);
  v.setUint16(info + 4, face.height);
  b[info + 6] = 1; // colour space: 24-bit RGB
  b[info + 7] = 2; // source type: digital still camera
  return concatBytes(b, jpeg);
}

/** Width and height from a JPEG's SOFn marker; undefined if the file has none. */
export function jpegDimensions(jpeg: Uint8Array): { width: number; height: number } | undefined {
  let pos = 2;
  while (pos + 9 < jpeg.length) {
    if (jpeg[pos] !== 0xff) return undefined;
    const marker = jpeg[pos + 1] as number;
    const length = ((jpeg[pos + 2] as number) << 8) | (jpeg[pos + 3] as number);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: ((jpeg[pos + 5] as number) << 8) | (jpeg[pos + 6] as number), width: ((jpeg[pos + 7] as number) << 8) | (jpeg[pos + 8] as number) };
    }
    pos += 2 + length;
  }
  return undefined;
}

/** DG3 placeholder: a biometric group template with no fingerprint (VN chips deny reading DG3 anyway). */
export const encodeDg3Placeholder = (): Uint8Array => encodeTlv(0x63, encodeTlv(0x7f61, encodeTlv(0x02, Uint8Array.of(0))));

/** DG13 field values, already in the card's text forms (dates dd/mm/yyyy, sex "Nam"/"Nữ"). */
export interface Dg13Fields {
  idNumber: string;
  fullName: string;
  dateOfBirth: string;
  sex: string;
  nationality: string;
  ethnicity: string;
  religion: string;
  placeOfOrigin: string;
  placeOfResidence: string;
  identifyingMarks: string;
  dateOfIssue: string;
  dateOfExpiry: string;
  fatherName?: string;
  motherName?: string;
  spouseName?: string;
  oldIdNumber?: string;
}

/**
 * DG13 of a CCCD (shared/domain/cccd.md): 6D { 30 { 02 01 01, OID 1.0.10646.1.0.8, 31 { fields } } },
 * each field 30 { 02 01 n, value }. Fields 13 and 14 nest their names in SEQUENCEs (exact shape on
 * real cards unconfirmed; the parser walks any nesting).
 */
export function encodeDg13(f: Dg13Fields): Uint8Array {
  const field = (n: number, ...values: Uint8Array[]) => encodeSequence(encodeInteger(n), ...values);
  const fields = [
    field(1, encodePrintableString(f.idNumber)),
    field(2, encodeUtf8String(f.fullName)),
    field(3, encodeUtf8String(f.dateOfBirth)),
    field(4, encodeUtf8String(f.sex)),
    field(5, encodeUtf8String(f.nationality)),
    field(6, encodeUtf8String(f.ethnicity)),
    field(7, encodeUtf8String(f.religion)),
    field(8, encodeUtf8String(f.placeOfOrigin)),
    field(9, encodeUtf8String(f.placeOfResidence)),
    field(10, encodeUtf8String(f.identifyingMarks)),
    field(11, encodeUtf8String(f.dateOfIssue)),
    field(12, encodeUtf8String(f.dateOfExpiry)),
    field(13, encodeSequence(encodeUtf8String(f.fatherName ?? '')), encodeSequence(encodeUtf8String(f.motherName ?? ''))),
    f.spouseName ? field(14, encodeSequence(encodeUtf8String(f.spouseName))) : field(14),
  ];
  if (f.oldIdNumber) fields.push(field(15, encodePrintableString(f.oldIdNumber)));
  return encodeTlv(0x6d, encodeSequence(encodeInteger(1), encodeOid('1.0.10646.1.0.8'), encodeSet(...fields)));
}

/** SecurityInfos SET (EF.CardAccess content, DG14 inner SET). */
export const encodeSecurityInfos = (infos: readonly Uint8Array[]): Uint8Array => encodeSet(...infos);

/** PACEInfo { id-PACE-…, version, parameterId } (ICAO 9303-11 §9.2.1). */
export const encodePaceInfo = (protocol: string, version: number, parameterId: number): Uint8Array =>
  encodeSequence(encodeOid(protocol), encodeInteger(version), encodeInteger(parameterId));
/** ChipAuthenticationInfo { id-CA-…, version, keyId? } (§9.2.5). */
export const encodeChipAuthenticationInfo = (protocol: string, version: number): Uint8Array =>
  encodeSequence(encodeOid(protocol), encodeInteger(version));
/** ChipAuthenticationPublicKeyInfo { id-PK-ECDH, SubjectPublicKeyInfo } (§9.2.6). */
export const encodeChipAuthenticationPublicKeyInfo = (protocol: string, spki: Uint8Array): Uint8Array =>
  encodeSequence(encodeOid(protocol), spki);
/** TerminalAuthenticationInfo { id-TA, version } (§9.2.4). */
export const encodeTerminalAuthenticationInfo = (version: number): Uint8Array =>
  encodeSequence(encodeOid('0.4.0.127.0.7.2.2.2'), encodeInteger(version));

/** DG14: 6E { SecurityInfos }. */
export const encodeDg14 = (infos: readonly Uint8Array[]): Uint8Array => encodeTlv(0x6e, encodeSecurityInfos(infos));
/** DG15: 6F { Active Authentication SubjectPublicKeyInfo } (ICAO 9303-10 §4.7.15). */
export const encodeDg15 = (spki: Uint8Array): Uint8Array => encodeTlv(0x6f, spki);

import { err, ok, type Result } from '../../result';
import { childrenOf, expectTlv } from './der';
import type { Tlv } from './tlv';

/**
 * DG2 (ICAO 9303-10 §4.7.2): the encoded face. Tag 75 wraps a Biometric Information Group Template
 * (7F61) of Biometric Information Templates (7F60), each with a header (A1) and a biometric data
 * block (5F2E, or 7F2E when constructed) holding an ISO/IEC 19794-5:2005 facial record.
 */
export interface Dg2Face {
  /** By the image's magic bytes: JPEG (the CCCD portrait) or JPEG 2000 (other documents). */
  mimeType: 'image/jpeg' | 'image/jp2';
  /** The image file bytes, ready to show (a copy, detached from the DG2 buffer). */
  image: Uint8Array;
  /** Pixels, from the 19794-5 image information block. */
  width: number;
  height: number;
}

export interface Dg2 {
  /** At least one face; a CCCD holds exactly one. */
  faces: Dg2Face[];
}

const CODE = 'dg2.malformed';
/** "FAC\0": ISO/IEC 19794-5 §5.4 format identifier. */
const FAC = [0x46, 0x41, 0x43, 0x00];
const FACIAL_HEADER = 14; // format id 4, version 4, record length 4, number of images 2
const FACIAL_INFO = 20; // 19794-5 §5.5: block length 4, feature points 2, gender…pose uncertainty 14
const FEATURE_POINT = 8;
const IMAGE_INFO = 12; // §5.7: type, data type, width 2, height 2, colour space, source, device 2, quality 2

export function parseDg2(bytes: Uint8Array): Result<Dg2> {
  const top = expectTlv(bytes, 0x75, CODE, true);
  if (!top.ok) return top;
  const groupList = childrenOf(top.value, CODE);
  if (!groupList.ok) return groupList;
  const group = groupList.value.find((t) => t.tag === 0x7f61);
  if (!group) return err(CODE, 'DG2 has no biometric information group template (7F61)');
  const templates = childrenOf(group, CODE);
  if (!templates.ok) return templates;
  const faces: Dg2Face[] = [];
  for (const template of templates.value.filter((t) => t.tag === 0x7f60)) {
    const parts = childrenOf(template, CODE);
    if (!parts.ok) return parts;
    const block = parts.value.find((t) => t.tag === 0x5f2e || t.tag === 0x7f2e);
    if (!block) return err(CODE, 'biometric information template without a data block (5F2E/7F2E)');
    const record = parseFacialRecord(block);
    if (!record.ok) return record;
    faces.push(...record.value);
  }
  if (faces.length === 0) return err(CODE, 'DG2 holds no face image');
  return ok({ faces });
}

function parseFacialRecord(block: Tlv): Result<Dg2Face[]> {
  const r = block.value;
  if (r.length < FACIAL_HEADER || !FAC.every((b, i) => r[i] === b)) {
    return err(CODE, 'biometric data block is not an ISO/IEC 19794-5 record ("FAC\\0")');
  }
  const view = new DataView(r.buffer, r.byteOffset, r.byteLength);
  const count = view.getUint16(12);
  const faces: Dg2Face[] = [];
  let pos = FACIAL_HEADER;
  for (let i = 0; i < count; i += 1) {
    if (pos + FACIAL_INFO > r.length) return err(CODE, 'facial information block cut short');
    const blockLength = view.getUint32(pos);
    const featurePoints = view.getUint16(pos + 4);
    const imageInfo = pos + FACIAL_INFO + featurePoints * FEATURE_POINT;
    const imageStart = imageInfo + IMAGE_INFO;
    const end = pos + blockLength;
    if (imageStart > end || end > r.length) return err(CODE, 'facial record block length does not fit the record');
    const image = r.slice(imageStart, end);
    const mimeType = imageMimeType(image);
    if (!mimeType) return err('dg2.unknown-image', 'face image is neither JPEG nor JPEG 2000');
    faces.push({ mimeType, image, width: view.getUint16(imageInfo + 2), height: view.getUint16(imageInfo + 4) });
    pos = end;
  }
  return ok(faces);
}

/** Image type by magic bytes: JPEG SOI FF D8 FF; JP2 signature box or a raw J2K codestream (FF 4F FF 51). */
export function imageMimeType(image: Uint8Array): 'image/jpeg' | 'image/jp2' | undefined {
  const starts = (sig: number[]) => sig.every((b, i) => image[i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20, 0x0d, 0x0a, 0x87, 0x0a])) return 'image/jp2';
  if (starts([0xff, 0x4f, 0xff, 0x51])) return 'image/jp2';
  return undefined;
}

import { err, ok, type Result } from '../../result';
import { childrenOf, decodeSmallInteger, decodeText, expectTlv, rawTlv, TAG } from './der';
import type { Tlv } from './tlv';

/**
 * DG13 of the Vietnamese chip ID card (CCCD / thẻ căn cước): personal data as a SET of
 * SEQUENCE { INTEGER fieldNumber, value }. Parsed BY FIELD NUMBER, never by position: fields may be
 * missing, empty or out of order, and unknown numbers are kept raw (shared/domain/cccd.md "DG13").
 *
 * 6D L { 30 L { 02 01 01 version, 06 OID 1.0.10646.1.0.8 (UTF-8), 31 L { fields… } } }
 */
export interface Dg13 {
  /** Field 1: the 12-digit personal ID (số định danh). */
  idNumber?: string;
  /** Field 2, NFC-normalised. */
  fullName?: string;
  /** Field 3, ISO YYYY-MM-DD. */
  dateOfBirth?: string;
  /** Field 4: "Nam" → male, "Nữ" → female. */
  sex?: 'male' | 'female';
  /** Field 5, e.g. "Việt Nam". */
  nationality?: string;
  /** Field 6: SENSITIVE, present only with { includeSensitive: true }. */
  ethnicity?: string;
  /** Field 7: SENSITIVE, present only with { includeSensitive: true }. */
  religion?: string;
  /** Field 8: quê quán. */
  placeOfOrigin?: string;
  /** Field 9: nơi thường trú. */
  placeOfResidence?: string;
  /** Field 10: đặc điểm nhận dạng. */
  identifyingMarks?: string;
  /** Field 11, ISO YYYY-MM-DD. */
  dateOfIssue?: string;
  /** Field 12, ISO YYYY-MM-DD; null when the card says it has no expiry (e.g. "Không thời hạn"). */
  dateOfExpiry?: string | null;
  /** Field 13, first name inside it. */
  fatherName?: string;
  /** Field 13, second name inside it. */
  motherName?: string;
  /** Field 14 (may be empty or absent). */
  spouseName?: string;
  /** Field 15 (sources disagree between 15 and 16: unconfirmed): the old 9- or 12-digit CMND number. */
  oldIdNumber?: string;
  /** Fields with numbers this parser does not name (16 and above), as their raw value TLV bytes. */
  unknownFields: { field: number; raw: Uint8Array }[];
  /** Known fields that could not be read; the field is left out. Codes: dg13.bad-text, dg13.bad-date, dg13.bad-sex. */
  problems: { field: number; code: string }[];
}

export interface Dg13Options {
  /** Read ethnicity (6) and religion (7): sensitive personal data, only when a flow needs them. Default false. */
  includeSensitive?: boolean;
}

const CODE = 'dg13.malformed';

type TextField = 'idNumber' | 'fullName' | 'nationality' | 'ethnicity' | 'religion' | 'placeOfOrigin' | 'placeOfResidence' | 'identifyingMarks' | 'oldIdNumber';
const TEXT_FIELDS: Readonly<Record<number, TextField>> = {
  1: 'idNumber',
  2: 'fullName',
  5: 'nationality',
  6: 'ethnicity',
  7: 'religion',
  8: 'placeOfOrigin',
  9: 'placeOfResidence',
  10: 'identifyingMarks',
  15: 'oldIdNumber',
};
const SENSITIVE = new Set([6, 7]);

export function parseDg13(bytes: Uint8Array, options: Dg13Options = {}): Result<Dg13> {
  const top = expectTlv(bytes, 0x6d, CODE, true);
  if (!top.ok) return top;
  const fieldSet = findFieldSet(top.value);
  if (!fieldSet.ok) return fieldSet;
  const dg13: Dg13 = { unknownFields: [], problems: [] };
  for (const entry of fieldSet.value) {
    if (entry.tag !== TAG.sequence) continue; // tolerate stray objects between fields
    const parts = childrenOf(entry, CODE);
    if (!parts.ok) return parts;
    const [numberTlv, ...values] = parts.value;
    if (!numberTlv || numberTlv.tag !== TAG.integer) return err(CODE, 'DG13 field without a field number');
    const num = decodeSmallInteger(numberTlv.value);
    if (!num.ok) return err(CODE, `DG13 field number: ${num.error.detail}`);
    readField(dg13, num.value, values, options);
  }
  return ok(dg13);
}

/** The SET of fields sits inside the SEQUENCE after the version and the OID; accept it one level up too. */
function findFieldSet(top: Tlv): Result<Tlv[]> {
  const outer = childrenOf(top, CODE);
  if (!outer.ok) return outer;
  const seq = outer.value.find((t) => t.tag === TAG.sequence);
  const container = seq ? childrenOf(seq, CODE) : outer;
  if (!container.ok) return container;
  const set = container.value.find((t) => t.tag === TAG.set);
  if (!set) return err(CODE, 'DG13 holds no SET of fields');
  return childrenOf(set, CODE);
}

function readField(dg13: Dg13, field: number, values: Tlv[], options: Dg13Options): void {
  if (SENSITIVE.has(field) && !options.includeSensitive) return; // never decoded, never kept
  const texts = collectTexts(values);
  if (texts === undefined) {
    if (field <= 15) dg13.problems.push({ field, code: 'dg13.bad-text' });
    else dg13.unknownFields.push({ field, raw: concatRaw(values) });
    return;
  }
  const first = texts[0];
  const textField = TEXT_FIELDS[field];
  if (textField) {
    if (first !== undefined && first !== '') dg13[textField] = first;
    return;
  }
  switch (field) {
    case 3:
    case 11:
    case 12: {
      if (first === undefined || first === '') return;
      const key = field === 3 ? 'dateOfBirth' : field === 11 ? 'dateOfIssue' : 'dateOfExpiry';
      const date = toIsoDate(first);
      if (date !== undefined) dg13[key] = date;
      else if (field === 12 && !/\d/.test(first)) dg13.dateOfExpiry = null; // "Không thời hạn" (no expiry)
      else dg13.problems.push({ field, code: 'dg13.bad-date' });
      return;
    }
    case 4: {
      if (first === undefined || first === '') return;
      const sex = first.toLowerCase() === 'nam' ? 'male' : first.toLowerCase() === 'nữ' ? 'female' : undefined;
      if (sex) dg13.sex = sex;
      else dg13.problems.push({ field, code: 'dg13.bad-sex' });
      return;
    }
    case 13: {
      const [father, mother] = texts;
      if (father) dg13.fatherName = father;
      if (mother) dg13.motherName = mother;
      return;
    }
    case 14:
      if (first) dg13.spouseName = first;
      return;
    default:
      dg13.unknownFields.push({ field, raw: concatRaw(values) });
  }
}

/**
 * Every text leaf under the field's values, depth first, NFC-normalised and trimmed. Fields 13 and 14
 * nest their names in SEQUENCEs whose exact shape is unconfirmed, so nesting is walked, not assumed.
 * Returns undefined when a leaf is not valid text.
 */
function collectTexts(values: Tlv[], depth = 0): string[] | undefined {
  const out: string[] = [];
  for (const v of values) {
    if (v.tag === TAG.integer) continue; // inner index numbers, if any
    if (v.constructed) {
      if (depth > 4) return undefined;
      const inner = childrenOf(v, CODE);
      if (!inner.ok) return undefined;
      const texts = collectTexts(inner.value, depth + 1);
      if (texts === undefined) return undefined;
      out.push(...texts);
      continue;
    }
    const text = decodeText(v);
    if (!text.ok) return undefined;
    out.push(text.value.normalize('NFC').trim());
  }
  return out;
}

/** dd/mm/yyyy (also dd-mm-yyyy, dd.mm.yyyy, ddmmyyyy) → YYYY-MM-DD, checking the calendar. */
export function toIsoDate(text: string): string | undefined {
  const m = /^(\d{2})[/.-]?(\d{2})[/.-]?(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [, dd, mm, yyyy] = m as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  if (date.getUTCDate() !== Number(dd) || date.getUTCMonth() !== Number(mm) - 1) return undefined;
  return `${yyyy}-${mm}-${dd}`;
}

function concatRaw(values: Tlv[]): Uint8Array {
  return Uint8Array.from(values.flatMap((v) => Array.from(rawTlv(v))));
}

import { err, ok, type Result } from '../../result';

/**
 * Machine Readable Zone text (ICAO 9303-5 TD1 for ID cards, 9303-4 TD3 for passports) and its check
 * digits (ICAO 9303-3 §4.9).
 */

/**
 * Check digit over an MRZ field (ICAO 9303-3 §4.9): weights 7, 3, 1 repeating; 0–9 as such, A–Z = 10–35,
 * '<' = 0, modulus 10. Undefined for a character outside 0-9 A-Z <, which no MRZ field may hold.
 */
export function mrzCheckDigit(field: string): number | undefined {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i += 1) {
    const c = field.charCodeAt(i);
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : c === 60 ? 0 : undefined;
    if (value === undefined) return undefined;
    sum += value * (weights[i % 3] as number);
  }
  return sum % 10;
}

/** One checked field: whether its printed check digit matches. */
export interface MrzCheck {
  field: 'documentNumber' | 'dateOfBirth' | 'dateOfExpiry' | 'optionalData' | 'composite';
  valid: boolean;
}

/** A parsed MRZ. Dates are as printed (YYMMDD); fillers are removed from text fields. */
export interface Mrz {
  format: 'TD1' | 'TD3';
  /** Document code, e.g. "ID" or "P". */
  documentCode: string;
  issuingState: string;
  /** Document number without fillers (on VN cards: the last 9 digits of the 12-digit ID). */
  documentNumber: string;
  /** Date of birth YYMMDD as printed ("<<<<<<" parts possible when unknown). */
  dateOfBirth: string;
  /** 'M', 'F' or '<' (unspecified). */
  sex: 'M' | 'F' | '<';
  /** Date of expiry YYMMDD as printed, or null when the field holds only fillers (no expiry). */
  dateOfExpiry: string | null;
  /** The expiry field exactly as printed (needed for BAC keys even when it is all fillers). */
  dateOfExpiryField: string;
  nationality: string;
  /** Primary identifier (surname), fillers turned to spaces. */
  surname: string;
  /** Secondary identifier (given names), fillers turned to spaces. */
  givenNames: string;
  /** TD1 optional data of line 1 (VN: starts with the full 12-digit ID), fillers trimmed. */
  optionalData1: string;
  /** TD1 optional data of line 2 / TD3 personal number, fillers trimmed. */
  optionalData2: string;
  /** The full 12-digit VN personal ID when optional data 1 starts with 12 digits that end in the document number. */
  vnPersonalId?: string;
  checks: MrzCheck[];
  /** The MRZ lines as read. */
  lines: string[];
}

const MRZ_CHARS = /^[0-9A-Z<]+$/;

/** Parses 90 (TD1) or 88 (TD3) MRZ characters, with or without line breaks. */
export function parseMrz(text: string): Result<Mrz> {
  const chars = text.replace(/[\r\n]/g, '');
  if (!MRZ_CHARS.test(chars)) return err('mrz.bad-characters', 'MRZ holds characters outside 0-9, A-Z and <');
  if (chars.length === 90) return ok(parseTd1(chars));
  if (chars.length === 88) return ok(parseTd3(chars));
  return err('mrz.bad-length', `MRZ of ${chars.length} characters is neither TD1 (90) nor TD3 (88)`);
}

const clean = (s: string) => s.replace(/<+$/, '').replace(/</g, ' ').trim();
const trimFillers = (s: string) => s.replace(/<+$/, '');
const checkOf = (field: string, digit: string): boolean =>
  // A field of fillers may carry a filler check digit (9303-3 §4.9 on optional fields).
  digit === '<' ? /^<*$/.test(field) : digit === String(mrzCheckDigit(field));

function splitName(field: string): { surname: string; givenNames: string } {
  const [surname = '', ...rest] = trimFillers(field).split('<<');
  return { surname: clean(surname), givenNames: clean(rest.join('<<')) };
}

function parseTd1(c: string): Mrz {
  const l1 = c.slice(0, 30);
  const l2 = c.slice(30, 60);
  const l3 = c.slice(60, 90);
  const docField = l1.slice(5, 14);
  const dob = l2.slice(0, 6);
  const expiry = l2.slice(8, 14);
  const optional1 = l1.slice(15, 30);
  const optional2 = l2.slice(18, 29);
  // Composite (9303-5 §4.2.2): line 1 positions 6–30, line 2 positions 1–7, 9–15, 19–29.
  const composite = l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29);
  const mrz: Mrz = {
    format: 'TD1',
    documentCode: clean(l1.slice(0, 2)),
    issuingState: clean(l1.slice(2, 5)),
    documentNumber: trimFillers(docField),
    dateOfBirth: dob,
    sex: sexOf(l2.charAt(7)),
    dateOfExpiry: /^<+$/.test(expiry) ? null : expiry,
    dateOfExpiryField: expiry,
    nationality: clean(l2.slice(15, 18)),
    ...splitName(l3),
    optionalData1: trimFillers(optional1),
    optionalData2: trimFillers(optional2),
    checks: [
      { field: 'documentNumber', valid: checkOf(docField, l1.charAt(14)) },
      { field: 'dateOfBirth', valid: checkOf(dob, l2.charAt(6)) },
      { field: 'dateOfExpiry', valid: checkOf(expiry, l2.charAt(14)) },
      { field: 'composite', valid: checkOf(composite, l2.charAt(29)) },
    ],
    lines: [l1, l2, l3],
  };
  // VN CCCD: document number = last 9 digits of the 12-digit ID; optional data starts with the full ID.
  const id = optional1.slice(0, 12);
  if (/^\d{12}$/.test(id) && id.endsWith(mrz.documentNumber)) mrz.vnPersonalId = id;
  return mrz;
}

function parseTd3(c: string): Mrz {
  const l1 = c.slice(0, 44);
  const l2 = c.slice(44, 88);
  const docField = l2.slice(0, 9);
  const dob = l2.slice(13, 19);
  const expiry = l2.slice(21, 27);
  const personal = l2.slice(28, 42);
  // Composite (9303-4 §4.2.2.2): line 2 positions 1–10, 14–20, 22–43.
  const composite = l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43);
  return {
    format: 'TD3',
    documentCode: clean(l1.slice(0, 2)),
    issuingState: clean(l1.slice(2, 5)),
    documentNumber: trimFillers(docField),
    dateOfBirth: dob,
    sex: sexOf(l2.charAt(20)),
    dateOfExpiry: /^<+$/.test(expiry) ? null : expiry,
    dateOfExpiryField: expiry,
    nationality: clean(l2.slice(10, 13)),
    ...splitName(l1.slice(5, 44)),
    optionalData1: '',
    optionalData2: trimFillers(personal),
    checks: [
      { field: 'documentNumber', valid: checkOf(docField, l2.charAt(9)) },
      { field: 'dateOfBirth', valid: checkOf(dob, l2.charAt(19)) },
      { field: 'dateOfExpiry', valid: checkOf(expiry, l2.charAt(27)) },
      { field: 'optionalData', valid: checkOf(personal, l2.charAt(42)) },
      { field: 'composite', valid: checkOf(composite, l2.charAt(43)) },
    ],
    lines: [l1, l2],
  };
}

function sexOf(c: string): 'M' | 'F' | '<' {
  return c === 'M' || c === 'F' ? c : '<';
}

/** Inputs for a TD1 MRZ; text fields must already be MRZ characters (see toMrzName). */
export interface Td1Fields {
  documentCode: string;
  issuingState: string;
  documentNumber: string;
  optionalData1: string;
  dateOfBirth: string;
  sex: 'M' | 'F' | '<';
  /** YYMMDD, or "<<<<<<" for a card without expiry. */
  dateOfExpiry: string;
  nationality: string;
  optionalData2: string;
  surname: string;
  givenNames: string;
}

/** Formats a TD1 MRZ (3 × 30 characters, no line breaks) with all check digits computed. */
export function formatTd1(f: Td1Fields): string {
  const pad = (s: string, n: number) => (s + '<'.repeat(n)).slice(0, n);
  // Fields here come from our own builders (already MRZ characters); a stray character counts as '<'.
  const digit = (field: string) => mrzCheckDigit(field) ?? 0;
  const docField = pad(f.documentNumber, 9);
  const l1head = pad(f.documentCode, 2) + pad(f.issuingState, 3) + docField + digit(docField) + pad(f.optionalData1, 15);
  const expiryCheck = digit(f.dateOfExpiry);
  const l2head =
    f.dateOfBirth + digit(f.dateOfBirth) + f.sex + f.dateOfExpiry + expiryCheck + pad(f.nationality, 3) + pad(f.optionalData2, 11);
  const composite = l1head.slice(5, 30) + l2head.slice(0, 7) + l2head.slice(8, 15) + l2head.slice(18, 29);
  const l2 = l2head + digit(composite);
  const name = `${f.surname.replace(/ /g, '<')}<<${f.givenNames.replace(/ /g, '<')}`;
  return l1head + l2 + pad(name, 30);
}

/** Turns a name into MRZ characters: diacritics removed (đ → D), upper case, anything else → '<'. */
export function toMrzText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '<');
}

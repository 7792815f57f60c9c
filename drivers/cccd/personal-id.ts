import { err, ok, type DriverError, type Result } from '../result';
import { dateParts, type IsoDate } from './calendar-date';

/** Sex as the ID number and the card's "Giới tính" field record it. */
export type Sex = 'male' | 'female';

/**
 * The 12-digit personal ID number (số định danh cá nhân), `PPP G YY NNNNNN` (Decree 137/2015/NĐ-CP
 * Art. 7; the sex/century codes are in Circular 07/2016/TT-BCA Art. 7): province code of birth registration, one digit for sex and
 * century, the last two digits of the birth year, six serial digits.
 */
export interface PersonalId {
  /** The 12 digits. */
  readonly id: string;
  /** 3-digit province code of birth registration, e.g. "001" (Hà Nội), "079" (TP Hồ Chí Minh). */
  readonly provinceCode: string;
  /** The sex/century digit itself (0–9). */
  readonly sexCenturyDigit: number;
  readonly sex: Sex;
  /** First year of the birth century: 1900 for digits 0/1, 2000 for 2/3, 2100 for 4/5, … */
  readonly centuryStart: number;
  /** The two birth-year digits as printed, e.g. "93". */
  readonly birthYearDigits: string;
  /** centuryStart + birthYearDigits, e.g. 1993. */
  readonly birthYear: number;
  /** The last six digits (random/serial part). */
  readonly serial: string;
}

export type PersonalIdErrorCode = 'cccd.id-invalid';

/**
 * Parses a 12-digit personal ID. Whitespace around it is ignored; anything that is not exactly
 * 12 ASCII digits is an error (the detail never repeats the input: it is personal data).
 */
export function parsePersonalId(text: string): Result<PersonalId, DriverError<PersonalIdErrorCode>> {
  const id = text.trim();
  if (!/^\d{12}$/.test(id)) return err('cccd.id-invalid', 'a personal ID is exactly 12 digits');
  const digit = Number(id[3]);
  const centuryStart = 1900 + Math.floor(digit / 2) * 100;
  const birthYearDigits = id.slice(4, 6);
  return ok({
    id,
    provinceCode: id.slice(0, 3),
    sexCenturyDigit: digit,
    // Even digits are male, odd digits female, in every century.
    sex: digit % 2 === 0 ? 'male' : 'female',
    centuryStart,
    birthYearDigits,
    birthYear: centuryStart + Number(birthYearDigits),
    serial: id.slice(6),
  });
}

/** What disagrees between the ID number and the holder's other data. */
export type IdMismatch = 'century' | 'birth-year' | 'sex';

/**
 * The consistency of an ID number with the date of birth (and sex, when known). A mismatch is real
 * information, not scanner damage: the population-data clean-up ("đúng, đủ, sạch, sống") refers such
 * records to the ward police.
 */
export type IdConsistency =
  | { readonly status: 'consistent' }
  | { readonly status: 'inconsistent'; readonly mismatches: readonly IdMismatch[] };

/**
 * Checks the ID's century digit and birth-year digits against the date of birth, and its sex parity
 * against `sex` when given. An invalid ID is an error, not an inconsistency.
 */
export function checkIdAgainstBirthDate(
  idOrText: PersonalId | string,
  dateOfBirth: IsoDate,
  sex?: Sex | null,
): Result<IdConsistency, DriverError<PersonalIdErrorCode>> {
  const parsed = typeof idOrText === 'string' ? parsePersonalId(idOrText) : ok(idOrText);
  if (!parsed.ok) return parsed;
  const id = parsed.value;
  const { year } = dateParts(dateOfBirth);
  const mismatches: IdMismatch[] = [];
  if (Math.floor(year / 100) * 100 !== id.centuryStart) mismatches.push('century');
  if (year % 100 !== Number(id.birthYearDigits)) mismatches.push('birth-year');
  if (sex && sex !== id.sex) mismatches.push('sex');
  return ok(mismatches.length === 0 ? { status: 'consistent' } : { status: 'inconsistent', mismatches });
}

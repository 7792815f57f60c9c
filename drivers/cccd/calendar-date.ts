import { err, ok, type DriverError, type Result } from '../result';

/**
 * A calendar date as ISO 8601 text, `YYYY-MM-DD`. Card dates are civil dates with no time zone, so
 * they are kept as text and compared as text (ISO order is chronological order); no `Date` objects,
 * whose local-time arithmetic would shift a birthday across midnight.
 */
export type IsoDate = string;

export type DateErrorCode = 'cccd.date-invalid';

const DDMMYYYY = /^(\d{2})\/?(\d{2})\/?(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Builds an IsoDate from parts, or an error when the day does not exist (31 April, 29 Feb 2023). */
export function isoDate(year: number, month: number, day: number): Result<IsoDate, DriverError<DateErrorCode>> {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return err('cccd.date-invalid', 'year out of range');
  if (!Number.isInteger(month) || month < 1 || month > 12) return err('cccd.date-invalid', 'month out of range');
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    return err('cccd.date-invalid', 'day out of range for the month');
  }
  return ok(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/**
 * Parses the card's day-first dates: `ddmmyyyy` (the QR code) or `dd/mm/yyyy` (DG13 fields 3 and 11).
 * Surrounding whitespace is ignored; anything else is an error, never a guess.
 */
export function parseDayFirstDate(text: string): Result<IsoDate, DriverError<DateErrorCode>> {
  const m = DDMMYYYY.exec(text.trim());
  if (!m) return err('cccd.date-invalid', 'expected ddmmyyyy or dd/mm/yyyy');
  return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Splits a valid IsoDate into numbers; throws only on text that did not come from this module. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO.exec(date);
  if (!m) throw new TypeError('not an ISO date (YYYY-MM-DD)');
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Whether text is a real ISO calendar date. */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])).ok;
}

/** Completed years between a birth date and a later date (the age on that day). */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const b = dateParts(dateOfBirth);
  const d = dateParts(on);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

/**
 * The dates a birthday falls on in the year `years` after birth. Normally one date; for 29 February
 * in a common year both 28 February and 1 March, 28 February first: which one the card authority
 * prints is unconfirmed, so callers that need one date take the first and callers that try keys try both.
 */
export function birthdaysAtAge(dateOfBirth: IsoDate, years: number): IsoDate[] {
  const b = dateParts(dateOfBirth);
  const year = b.year + years;
  const exact = isoDate(year, b.month, b.day);
  if (exact.ok) return [exact.value];
  return [`${pad(year, 4)}-02-28`, `${pad(year, 4)}-03-01`];
}

/** `YYMMDD` as the MRZ writes dates (ICAO 9303): the century is dropped. */
export function toYymmdd(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}`;
}

/**
 * An MRZ date (YYMMDD, ICAO 9303-3 §4.7) as ISO. The MRZ drops the century: a birth date is the latest
 * century that does not put it after `today`; an expiry date is in the 2000s (chip cards date from 2021).
 * null for a date that does not exist or for the "no expiry" encodings ('991231' is unconfirmed for
 * VN, cccd.md; '<<<<<<' is the ICAO filler), which the caller reports as no expiry.
 */
export function mrzDateToIso(yymmdd: string, kind: 'birth' | 'expiry', today: IsoDate): IsoDate | null {
  if (!/^\d{6}$/.test(yymmdd) || (kind === 'expiry' && yymmdd === '991231')) return null;
  const [yy, mm, dd] = [Number(yymmdd.slice(0, 2)), Number(yymmdd.slice(2, 4)), Number(yymmdd.slice(4, 6))];
  let year = 2000 + yy;
  if (kind === 'birth' && `${pad(year, 4)}-${pad(mm, 2)}-${pad(dd, 2)}` > today) year -= 100;
  const date = isoDate(year, mm, dd);
  return date.ok ? date.value : null;
}

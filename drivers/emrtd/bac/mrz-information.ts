import { err, ok, type Result } from '../../result';
import { mrzCheckDigit } from '../lds/mrz';

/**
 * MRZ information (ICAO 9303-11 §9.7.2 and §4.3.2): document number + check digit + date of birth +
 * check digit + date of expiry + check digit, the secret both BAC and PACE-MRZ derive keys from.
 * On a CCCD the document number is the last 9 digits of the 12-digit personal ID (cccd.md).
 */
export interface MrzKeyInput {
  /** Document number as printed in the MRZ; shorter than 9 characters is padded with '<'. */
  readonly documentNumber: string;
  /** YYMMDD. */
  readonly dateOfBirth: string;
  /** YYMMDD. */
  readonly dateOfExpiry: string;
}

// One check-digit implementation for the whole stack (the LDS parser's), re-exported for BAC callers.
export { mrzCheckDigit };

const YYMMDD = /^\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/**
 * Builds the MRZ information string, e.g. "L898902C<369080619406236" (ICAO 9303-11 Appendix D.2).
 * Errors: "mrz.invalid" for a field that cannot be part of an MRZ. Documents with a number longer than
 * 9 characters (the extended TD1 form) are not issued in Vietnam and are rejected here.
 */
export const mrzInformation = (input: MrzKeyInput): Result<string> => {
  const number = input.documentNumber.toUpperCase();
  if (!/^[0-9A-Z<]{1,9}$/.test(number)) return err('mrz.invalid', 'document number must be 1-9 characters 0-9 A-Z <');
  if (!YYMMDD.test(input.dateOfBirth)) return err('mrz.invalid', 'date of birth must be YYMMDD');
  // An unknown or open expiry is written as fillers (ICAO 9303-3 §4.2.2); how VN chips write "no
  // expiry" is unconfirmed (cccd.md), so the filler form must be usable as a BAC candidate.
  if (!YYMMDD.test(input.dateOfExpiry) && input.dateOfExpiry !== '<<<<<<') return err('mrz.invalid', 'date of expiry must be YYMMDD or <<<<<<');
  const docNumber = number.padEnd(9, '<');
  const parts = [docNumber, input.dateOfBirth, input.dateOfExpiry];
  return ok(parts.map((p) => `${p}${mrzCheckDigit(p) ?? 0}`).join(''));
};

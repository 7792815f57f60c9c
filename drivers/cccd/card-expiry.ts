import { ageOn, birthdaysAtAge, type IsoDate } from './calendar-date';
import { EXPIRY_LAWS, lawForIssueDate, validUntilAge, type ExpiryLaw, type ExpiryLawId } from './expiry-laws';

/** When a card stops being valid. */
export type CardExpiry =
  | {
      readonly kind: 'date';
      /** The holder's birthday in the milestone year (sample MRZs: DOB 930105 → expiry 330105). */
      readonly date: IsoDate;
      /** Other possible dates, only for a 29 February birthday in a common year (see birthdaysAtAge). */
      readonly alternativeDates: readonly IsoDate[];
      readonly atAge: number;
      readonly law: ExpiryLawId;
    }
  | { readonly kind: 'none'; readonly law: ExpiryLawId };

/**
 * The expiry of a card from the holder's date of birth and the card's issue date, under the law
 * in force on the issue date (or `law` when given).
 */
export function cardExpiry(input: {
  readonly dateOfBirth: IsoDate;
  readonly issueDate: IsoDate;
  readonly law?: ExpiryLaw;
  readonly laws?: readonly ExpiryLaw[];
}): CardExpiry {
  const law = input.law ?? lawForIssueDate(input.issueDate, input.laws ?? EXPIRY_LAWS);
  const untilAge = validUntilAge(law, ageOn(input.dateOfBirth, input.issueDate));
  if (untilAge === null) return { kind: 'none', law: law.id };
  const [date, ...alternativeDates] = birthdaysAtAge(input.dateOfBirth, untilAge);
  // birthdaysAtAge always returns at least one date.
  return { kind: 'date', date: date as IsoDate, alternativeDates, atAge: untilAge, law: law.id };
}

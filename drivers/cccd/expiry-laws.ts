import type { IsoDate } from './calendar-date';

/**
 * The two laws that set when an ID card must be renewed, as data. Both have the same shape: renewal
 * ages ("milestones"), and a card issued within `earlyWindowYears` before a milestone stays valid until
 * the milestone after it; with no milestone left the card has no expiry.
 */
export interface ExpiryLaw {
  readonly id: ExpiryLawId;
  /** Cards issued on or after this date fall under this law (until the next law's start). */
  readonly issuedFrom: IsoDate;
  /** Ages (completed years) at which the card must be renewed, ascending. */
  readonly milestones: readonly number[];
  /** A card issued fewer than this many years before a milestone is valid to the next one. */
  readonly earlyWindowYears: number;
  /** The youngest age at which this law issues a card (used when guessing possible issue ages). */
  readonly minimumIssueAge: number;
}

export type ExpiryLawId = 'citizen-identification-2014' | 'identification-2023';

/**
 * Law on Citizen Identification 2014 (59/2014/QH13), Art. 21: renew at 25, 40 and 60; a card issued
 * within 2 years before one of those ages is valid until the next one. The law took effect on
 * 1 January 2016; the CCCD is issued from age 14, so earlier ages never occur in practice.
 */
export const LAW_2014: ExpiryLaw = {
  id: 'citizen-identification-2014',
  issuedFrom: '2016-01-01',
  milestones: [25, 40, 60],
  earlyWindowYears: 2,
  minimumIssueAge: 14,
};

/**
 * Law on Identification 2023 (26/2023/QH15), Art. 21, in force from 1 July 2024: renew at 14, 25, 40
 * and 60 with the same 2-year rule, which gives: issued under 12 → to 14; 12–14 → 25; 23–25 → 40;
 * 38–40 → 60; 58 or older → no expiry. Cards issued before that date keep the expiry they were issued
 * with (Art. 46), so the issue date picks the law.
 */
export const LAW_2023: ExpiryLaw = {
  id: 'identification-2023',
  issuedFrom: '2024-07-01',
  milestones: [14, 25, 40, 60],
  earlyWindowYears: 2,
  // Art. 19: cards are issued to citizens under 14 on request (under 6 through the parents).
  minimumIssueAge: 0,
};

/** Newest last. */
export const EXPIRY_LAWS: readonly ExpiryLaw[] = [LAW_2014, LAW_2023];

/** The law a card issued on `issueDate` falls under: the newest law whose start is not after it. */
export function lawForIssueDate(issueDate: IsoDate, laws: readonly ExpiryLaw[] = EXPIRY_LAWS): ExpiryLaw {
  let chosen = laws[0] ?? LAW_2014;
  for (const law of laws) if (law.issuedFrom <= issueDate) chosen = law;
  return chosen;
}

/**
 * The age until which a card issued at `ageAtIssue` is valid, or null for no expiry: the first
 * milestone that lies more than the early window ahead of the issue age.
 */
export function validUntilAge(law: ExpiryLaw, ageAtIssue: number): number | null {
  for (const milestone of law.milestones) {
    if (ageAtIssue < milestone - law.earlyWindowYears) return milestone;
  }
  return null;
}

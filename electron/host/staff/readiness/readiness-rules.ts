import { ageOn, checkIdAgainstBirthDate } from '../../../../drivers/cccd';
import type { AssistGoal, CitizenAnswers, Readiness, ReadinessCheck, ReadinessCheckName } from '../../../api/staff';
import { BLOCKING_CHECKS } from './checklists';

/**
 * What the card (chip, QR or the staff keypad) says about the citizen. Plain data, so the rules below
 * are pure functions the tests drive from tables.
 */
export interface CitizenFacts {
  /** The 12-digit personal ID number. */
  readonly idNumber: string;
  /** ISO date (YYYY-MM-DD). */
  readonly dateOfBirth: string;
  /** ISO date; null: the card has no expiry; undefined: not known (e.g. a QR without an issue date). */
  readonly cardExpiry: string | null | undefined;
  readonly cardKind: 'chip' | 'no-chip';
  /** Passive Authentication of the chip (cccd.md): three honest values, plus "not read" for QR/keypad. */
  readonly passiveAuth: 'verified' | 'failed' | 'not-checkable' | 'not-read';
}

/** Days before expiry from which a card is flagged as expiring soon. */
export const EXPIRING_SOON_DAYS = 30;

/** VNeID accounts for citizens aged 14 or more; younger citizens go through a guardian (Decree 69/2024). */
export const ADULT_AGE = 14;

const ANSWERABLE: readonly ReadinessCheckName[] = ['own-name-sim', 'phone-capable'];

/**
 * The readiness checks for a goal (all checks when `goal` is null, with level 1's blocking set),
 * as of the civil date `today` (ISO, the ward's local date).
 */
export function assessReadiness(facts: CitizenFacts, answers: CitizenAnswers, today: string, goal: AssistGoal | null): Readiness {
  const blocking = new Set(BLOCKING_CHECKS[goal ?? 'vneid-level1']);
  const raw: Omit<ReadinessCheck, 'blocking'>[] = [
    ageCheck(facts.dateOfBirth, today, answers.guardianPresent),
    facts.cardKind === 'chip' ? { check: 'card-chip', status: 'pass' } : { check: 'card-chip', status: 'fail', reason: 'card-without-chip' },
    expiryCheck(facts.cardExpiry, today),
    chipCheck(facts.passiveAuth),
    consistencyCheck(facts.idNumber, facts.dateOfBirth),
    answers.ownNameSim === null
      ? { check: 'own-name-sim', status: 'unknown' }
      : answers.ownNameSim === 'yes'
        ? { check: 'own-name-sim', status: 'pass' }
        : { check: 'own-name-sim', status: 'fail', reason: 'no-own-name-sim' },
    phoneCheck(answers.phone),
    answers.vneidInstalled === null
      ? { check: 'vneid-installed', status: 'unknown' }
      : answers.vneidInstalled === 'yes'
        ? { check: 'vneid-installed', status: 'pass' }
        : { check: 'vneid-installed', status: 'warn', note: 'install-first' },
  ];
  const checks: ReadinessCheck[] = raw.map((c) => ({ ...c, blocking: blocking.has(c.check) }));
  return { verdict: verdictOf(checks, answers), checks };
}

function verdictOf(checks: readonly ReadinessCheck[], answers: CitizenAnswers): Readiness['verdict'] {
  const blocking = checks.filter((c) => c.blocking);
  if (blocking.some((c) => c.status === 'fail')) return 'not-ready';
  const unanswered = blocking.some(
    (c) => (c.status === 'unknown' && ANSWERABLE.includes(c.check)) || (c.status === 'guardian' && answers.guardianPresent === null),
  );
  if (unanswered) return 'incomplete';
  return blocking.some((c) => c.status === 'guardian') ? 'ready-with-guardian' : 'ready';
}

/**
 * Age on `today`: 14 or more passes; 6–13 may hold an account on request and under 6 only through a
 * guardian's level-2 account (vneid-and-portal.md), both on the guardian path; no guardian → fail.
 */
export function ageCheck(dateOfBirth: string, today: string, guardianPresent: boolean | null): Omit<ReadinessCheck, 'blocking'> {
  if (dateOfBirth > today) return { check: 'age', status: 'fail', reason: 'data-mismatch', note: 'birth-date-in-future' };
  const age = ageOn(dateOfBirth, today);
  if (age >= ADULT_AGE) return { check: 'age', status: 'pass' };
  const note = age >= 6 ? 'age-6-13' : 'age-under-6';
  if (guardianPresent === false) return { check: 'age', status: 'fail', reason: 'under-age-no-guardian', note };
  return { check: 'age', status: 'guardian', note };
}

/** The card is valid through its expiry date (the holder's birthday in the milestone year, cccd.md). */
export function expiryCheck(cardExpiry: string | null | undefined, today: string): Omit<ReadinessCheck, 'blocking'> {
  if (cardExpiry === undefined) return { check: 'card-valid', status: 'unknown', note: 'expiry-unknown' };
  if (cardExpiry === null) return { check: 'card-valid', status: 'pass', note: 'no-expiry' };
  if (cardExpiry < today) return { check: 'card-valid', status: 'fail', reason: 'card-expired' };
  if (daysBetween(today, cardExpiry) <= EXPIRING_SOON_DAYS) return { check: 'card-valid', status: 'warn', note: 'card-expiring-soon' };
  return { check: 'card-valid', status: 'pass' };
}

function chipCheck(pa: CitizenFacts['passiveAuth']): Omit<ReadinessCheck, 'blocking'> {
  switch (pa) {
    case 'verified':
      return { check: 'chip-authentic', status: 'pass' };
    case 'failed':
      return { check: 'chip-authentic', status: 'fail', reason: 'chip-read-failed', note: 'passive-auth-failed' };
    case 'not-checkable':
      return { check: 'chip-authentic', status: 'unknown', note: 'no-trust-anchor' };
    case 'not-read':
      return { check: 'chip-authentic', status: 'unknown', note: 'chip-not-read' };
  }
}

/** The ID's century/sex digit and year digits must agree with the date of birth (cccd.md). */
function consistencyCheck(idNumber: string, dateOfBirth: string): Omit<ReadinessCheck, 'blocking'> {
  const r = checkIdAgainstBirthDate(idNumber, dateOfBirth);
  if (!r.ok) return { check: 'id-consistent', status: 'fail', reason: 'data-mismatch', note: 'id-invalid' };
  if (r.value.status === 'consistent') return { check: 'id-consistent', status: 'pass' };
  return { check: 'id-consistent', status: 'fail', reason: 'data-mismatch', note: r.value.mismatches.join('+') };
}

/** A phone without NFC scans the card's QR code instead, so it only warns. */
function phoneCheck(phone: CitizenAnswers['phone']): Omit<ReadinessCheck, 'blocking'> {
  if (phone === null) return { check: 'phone-capable', status: 'unknown' };
  if (phone === 'nfc') return { check: 'phone-capable', status: 'pass' };
  if (phone === 'qr-only') return { check: 'phone-capable', status: 'warn', reason: 'phone-without-nfc', note: 'qr-instead-of-nfc' };
  return { check: 'phone-capable', status: 'fail', reason: 'no-smartphone' };
}

/** Whole days from ISO date a to ISO date b (b later → positive). Civil dates: computed in UTC. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

import { err, ok, type DriverError, type Result } from '../result';
import { ageOn, birthdaysAtAge, isIsoDate, toYymmdd, type IsoDate } from './calendar-date';
import { cardExpiry } from './card-expiry';
import { EXPIRY_LAWS, validUntilAge, type ExpiryLaw, type ExpiryLawId } from './expiry-laws';
import { parsePersonalId } from './personal-id';

/** What opens the chip: the CAN for PACE and, for BAC, MRZ data candidates to try in order. */
export interface ChipAccess {
  /** Card Access Number for PACE: Vietnamese cards print none; apps use the last 6 digits of the ID. */
  readonly can: string;
  /** BAC key material, most likely first. Empty when the date of birth is unknown (ID typed alone). */
  readonly bacCandidates: readonly BacCandidate[];
}

/** One set of MRZ data for BAC (ICAO 9303-11 §4.3: document number, date of birth, date of expiry). */
export interface BacCandidate {
  /** The last 9 digits of the 12-digit ID, as in MRZ line 1 of the CCCD. */
  readonly documentNumber: string;
  readonly dateOfBirth: string;
  /** YYMMDD, or one of the configured "no expiry" encodings. */
  readonly dateOfExpiry: string;
  /** Why this candidate is in the list: for logs and for tuning the order with field data. */
  readonly basis: 'issue-date-rule' | 'possible-expiry' | 'no-expiry' | 'recently-expired';
  readonly law?: ExpiryLawId;
}

/** The 12-digit ID alone, or what the card QR gives (CccdQrFields fits this shape). */
export type ChipAccessSource =
  | string
  | { readonly personalId: string; readonly dateOfBirth?: IsoDate | null; readonly issueDate?: IsoDate | null };

export interface ChipAccessOptions {
  /** Today's date (default: the local date now). Injected so tests and replays are deterministic. */
  readonly today?: IsoDate;
  /**
   * How the chip's MRZ writes "no expiry", tried in this order. (unconfirmed): nobody has published a
   * 60+ card's MRZ; `991231` is the common convention for open-ended documents, `<<<<<<` is how an
   * unknown date is filled. Deployers can replace the list when field data shows the real encoding.
   */
  readonly noExpiryEncodings?: readonly string[];
  /** An expired card still answers BAC with its printed expiry: try expiries up to this many years back (default 3). */
  readonly expiredGraceYears?: number;
  readonly laws?: readonly ExpiryLaw[];
}

export const DEFAULT_NO_EXPIRY_ENCODINGS: readonly string[] = ['991231', '<<<<<<'];

export type ChipAccessErrorCode = 'cccd.id-invalid' | 'cccd.date-invalid';

/**
 * Derives the CAN and the BAC candidates from the ID (and the date of birth and issue date when the QR
 * gave them). With an issue date the law's exact rule comes first; then every expiry that some issue
 * date under either law could have produced, soonest first; then "no expiry" when some issue age gives
 * it; then recently expired dates.
 */
export function deriveChipAccess(
  source: ChipAccessSource,
  options: ChipAccessOptions = {},
): Result<ChipAccess, DriverError<ChipAccessErrorCode>> {
  const input = typeof source === 'string' ? { personalId: source } : source;
  const id = parsePersonalId(input.personalId);
  if (!id.ok) return id;
  const can = id.value.id.slice(-6);
  const documentNumber = id.value.id.slice(-9);
  const dob = input.dateOfBirth ?? null;
  if (dob === null) return ok({ can, bacCandidates: [] });
  const today = options.today ?? localToday();
  if (!isIsoDate(dob) || !isIsoDate(today)) return err('cccd.date-invalid', 'dates must be ISO YYYY-MM-DD');
  const issueDate = input.issueDate && isIsoDate(input.issueDate) ? input.issueDate : null;

  const laws = options.laws ?? EXPIRY_LAWS;
  const noExpiry = options.noExpiryEncodings ?? DEFAULT_NO_EXPIRY_ENCODINGS;
  const list: Omit<BacCandidate, 'documentNumber' | 'dateOfBirth'>[] = [];
  const addNoExpiry = (basis: BacCandidate['basis'], law?: ExpiryLawId) => {
    for (const encoding of noExpiry) list.push({ dateOfExpiry: encoding, basis, ...(law ? { law } : {}) });
  };

  if (issueDate !== null) {
    const exact = cardExpiry({ dateOfBirth: dob, issueDate, laws });
    if (exact.kind === 'none') addNoExpiry('issue-date-rule', exact.law);
    else for (const d of [exact.date, ...exact.alternativeDates]) list.push({ dateOfExpiry: toYymmdd(d), basis: 'issue-date-rule', law: exact.law });
  }

  const possible = possibleExpiries(dob, today, laws);
  for (const p of possible.valid) list.push({ dateOfExpiry: toYymmdd(p.date), basis: 'possible-expiry', law: p.law });
  if (possible.noExpiryLaw) addNoExpiry('no-expiry', possible.noExpiryLaw);
  const graceStart = shiftYears(today, -(options.expiredGraceYears ?? 3));
  for (const p of possible.expired) {
    if (p.date >= graceStart) list.push({ dateOfExpiry: toYymmdd(p.date), basis: 'recently-expired', law: p.law });
  }

  const seen = new Set<string>();
  const bacCandidates: BacCandidate[] = [];
  const dateOfBirth = toYymmdd(dob);
  for (const c of list) {
    if (seen.has(c.dateOfExpiry)) continue;
    seen.add(c.dateOfExpiry);
    bacCandidates.push({ documentNumber, dateOfBirth, ...c });
  }
  return ok({ can, bacCandidates });
}

interface PossibleExpiry {
  readonly date: IsoDate;
  readonly law: ExpiryLawId;
}

/**
 * Every expiry some issue date could have produced: for each law and each whole age at which a card
 * could have been issued under it (between the law's start, the holder's minimum age and today).
 */
export function possibleExpiries(
  dateOfBirth: IsoDate,
  today: IsoDate,
  laws: readonly ExpiryLaw[] = EXPIRY_LAWS,
): { valid: PossibleExpiry[]; expired: PossibleExpiry[]; noExpiryLaw: ExpiryLawId | null } {
  const ageToday = ageOn(dateOfBirth, today);
  const byDate = new Map<IsoDate, ExpiryLawId>();
  let noExpiryLaw: ExpiryLawId | null = null;
  laws.forEach((law, i) => {
    const lawEnd = laws[i + 1]?.issuedFrom ?? '9999-12-31';
    for (let age = law.minimumIssueAge; age <= ageToday; age++) {
      // The card was issued while the holder was `age` years old, under this law, not after today.
      const from = maxDate(birthdaysAtAge(dateOfBirth, age)[0] ?? dateOfBirth, law.issuedFrom);
      const until = minDate(birthdaysAtAge(dateOfBirth, age + 1)[0] ?? today, lawEnd);
      if (!(from < until && from <= today)) continue;
      const untilAge = validUntilAge(law, age);
      if (untilAge === null) {
        noExpiryLaw ??= law.id;
        continue;
      }
      for (const date of birthdaysAtAge(dateOfBirth, untilAge)) if (!byDate.has(date)) byDate.set(date, law.id);
    }
  });
  const all = [...byDate.entries()].map(([date, law]) => ({ date, law })).sort((a, b) => a.date.localeCompare(b.date));
  return {
    valid: all.filter((p) => p.date >= today),
    expired: all.filter((p) => p.date < today).reverse(),
    noExpiryLaw,
  };
}

const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

function shiftYears(date: IsoDate, years: number): IsoDate {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

function localToday(): IsoDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

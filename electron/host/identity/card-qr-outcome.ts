import { checkIdAgainstBirthDate, parseDayFirstDate, parsePersonalId, type IsoDate } from '../../../drivers/cccd/index';
import { sexFromText, type CccdQrFields, type DamageReason, type ScanResult } from '../../../drivers/qr/index';
import type { CardQrProblem } from '../../api/identity';

/** The old chip card's QR has seven fields (cccd.md, "The QR code"); fewer is a payload cut short. */
const CCCD_FIELD_COUNT = 7;

/**
 * Damage a keyboard-wedge scanner does (drivers/qr/README.md, "What goes wrong in keyboard mode"): it
 * types through a keyboard layout or code page, so the same QR is mangled the same way on every scan.
 * Rescanning cannot help; switching the scanner to HID POS or serial mode does.
 */
const WEDGE_DAMAGE: ReadonlySet<DamageReason> = new Set<DamageReason>(['mojibake', 'cjk-in-name', 'cjk-in-latin-word', 'question-mark-substitution', 'diacritics-lost']);
// The rest ('replacement-character', 'invalid-utf8', 'control-character') come from one bad read of
// the bytes (a serial or HID POS link): the next scan can come through intact.

/**
 * What a card QR lets the kiosk do:
 * - `clean`: intact, and its ID agrees with its date of birth: identification goes on with its fields;
 * - `id-only`: the text cannot be trusted, but the 12-digit ID passed the checks available (digits
 *   survive every keyboard layout): the chip is opened with it, and nothing else of the QR is kept;
 * - `unusable`: neither the text nor the ID can be trusted: the citizen places the card and types the ID.
 */
export type CardQrOutcome =
  | { readonly kind: 'clean'; readonly fields: CccdQrFields }
  | { readonly kind: 'id-only'; readonly personalId: string; readonly dateOfBirth: IsoDate | null; readonly problem: CardQrProblem }
  | { readonly kind: 'unusable'; readonly problem: CardQrProblem };

/** Decides what a scan that looks like a card QR allows; null for any other scan (a link, a code, text). */
export function cardQrOutcome(scan: ScanResult): CardQrOutcome | null {
  if (scan.kind === 'cccd') {
    const f = scan.fields;
    // The parser checked the ID's sex/century digit and birth year against the date of birth and sex.
    const idConsistent = f.idCheck.status === 'consistent';
    if (scan.integrity.status === 'ok') {
      if (idConsistent) return { kind: 'clean', fields: f };
      // Not scanner damage but a real disagreement on the card (or a forged QR): the QR's ID does not
      // open the chip; the number printed on the card, typed by the citizen, does.
      return { kind: 'unusable', problem: { problem: 'id-inconsistent', next: 'type-id', offerRescan: false, scannerModeHint: false } };
    }
    const damage = damageKind(scan.integrity.reasons, false);
    if (idConsistent) return idOnly(f.personalId, f.dateOfBirth, damage);
    return { kind: 'unusable', problem: { problem: 'damaged', next: 'type-id', ...damage } };
  }
  if (scan.kind === 'cccd-unknown-layout') {
    const { values, personalId } = scan.fields;
    const truncated = values.length < CCCD_FIELD_COUNT;
    if (scan.integrity.status === 'ok') {
      // A layout not known (the 2024 card's is unconfirmed): never guess which field is which.
      return { kind: 'unusable', problem: { problem: 'unknown-layout', next: 'type-id', offerRescan: truncated, scannerModeHint: false } };
    }
    // Damage often lands here: Big5/GBK misreadings swallow a "|", changing the field count.
    const damage = damageKind(scan.integrity.reasons, truncated);
    const checked = personalId === null ? null : checkedUnknownLayoutId(personalId, values);
    if (checked) return idOnly(checked.personalId, checked.dateOfBirth, damage);
    return { kind: 'unusable', problem: { problem: 'damaged', next: 'type-id', ...damage } };
  }
  return null;
}

function idOnly(personalId: string, dateOfBirth: IsoDate | null, damage: Pick<CardQrProblem, 'scannerModeHint'>): CardQrOutcome {
  // Going on to the chip: a rescan is not needed, whatever the damage.
  return { kind: 'id-only', personalId, dateOfBirth, problem: { problem: 'damaged', next: 'place-card', offerRescan: false, scannerModeHint: damage.scannerModeHint } };
}

/** Keyboard-wedge damage asks staff for a mode change; only a bad read (or a cut payload) is worth a rescan. */
function damageKind(reasons: readonly DamageReason[], truncated: boolean): Pick<CardQrProblem, 'offerRescan' | 'scannerModeHint'> {
  const wedge = reasons.some((r) => WEDGE_DAMAGE.has(r));
  return { scannerModeHint: wedge, offerRescan: !wedge && (truncated || reasons.length > 0) };
}

/**
 * The first field of a damaged card QR of another layout, as an ID to open the chip with: 12 digits,
 * and, when the fourth field still reads as the old layout's date of birth, consistent with it (and
 * with the fifth field's sex when that reads as one). A contradiction means the ID cannot be trusted.
 */
function checkedUnknownLayoutId(personalId: string, values: readonly string[]): { personalId: string; dateOfBirth: IsoDate | null } | null {
  const id = parsePersonalId(personalId);
  if (!id.ok) return null;
  const dob = parseDayFirstDate(values[3] ?? '');
  if (!dob.ok) return { personalId: id.value.id, dateOfBirth: null };
  const check = checkIdAgainstBirthDate(id.value, dob.value, sexFromText(values[4] ?? ''));
  if (!check.ok || check.value.status !== 'consistent') return null;
  return { personalId: id.value.id, dateOfBirth: dob.value };
}

import { checkIdAgainstBirthDate, parseDayFirstDate, parsePersonalId, type Sex } from '../cccd';
import { integrityOf, type CccdQrFields, type DamageReason, type ScanResult } from './scan-result';
import { cleanField, cleanScanText } from './scan-text';
import { containsCjk, personTextDamage, textDamage } from './text-damage';

/** The old chip card's QR has exactly these seven fields first (cccd.md, "The QR code"). */
const CCCD_FIELD_COUNT = 7;

/**
 * Parses a chip-ID-card QR payload. Returns null when the text does not look like a card QR at all
 * (no "|", or a first field that is not a 9- or 12-digit number), `cccd` for the known seven-field
 * layout (extra trailing fields kept), and `cccd-unknown-layout` with every field kept otherwise:
 * the 2024 card's QR layout is unconfirmed, so a different field count is reported, never guessed.
 * Fields are read from the front only; trailing data never shifts them.
 */
export function parseCccdQr(raw: string, upstreamDamage: readonly DamageReason[] = []): ScanResult | null {
  const text = cleanScanText(raw);
  if (!text.includes('|')) return null;
  const values = text.split('|').map(cleanField);
  const first = values[0] ?? '';
  if (!/^(\d{9}|\d{12})$/.test(first)) return null;

  const general = [...upstreamDamage, ...textDamage(values.join('|'))];
  const known = values.length >= CCCD_FIELD_COUNT ? readKnownLayout(values) : null;
  if (known === null) {
    // Big5/GBK misreadings swallow a "|" after a high byte, so damaged card QRs often land here:
    // no Vietnamese card field holds CJK characters.
    const cjk: DamageReason[] = values.some(containsCjk) ? ['cjk-in-name'] : [];
    return {
      kind: 'cccd-unknown-layout',
      fields: { values, personalId: /^\d{12}$/.test(first) ? first : null },
      integrity: integrityOf([...general, ...cjk]),
    };
  }
  return {
    kind: 'cccd',
    fields: known,
    integrity: integrityOf([...general, ...personTextDamage(known.fullName, known.address)]),
  };
}

function readKnownLayout(values: readonly string[]): CccdQrFields | null {
  const [idText = '', oldId = '', fullName = '', dobText = '', sexText = '', address = '', issueText = '', ...extra] = values;
  const id = parsePersonalId(idText);
  const dob = parseDayFirstDate(dobText);
  if (!id.ok || !dob.ok || fullName === '') return null;
  const issue = parseDayFirstDate(issueText);
  const sex = sexFromText(sexText);
  const check = checkIdAgainstBirthDate(id.value, dob.value, sex);
  if (!check.ok) return null;
  return {
    personalId: id.value.id,
    oldIdNumber: oldId === '' ? null : oldId,
    fullName,
    dateOfBirth: dob.value,
    sex,
    sexText,
    address,
    issueDate: issue.ok ? issue.value : null,
    extraFields: extra,
    idCheck: check.value,
  };
}

/** "Nam" / "Nữ", accent- and case-insensitive (a wedge that drops marks still gives "Nu"). */
export function sexFromText(text: string): Sex | null {
  const folded = text.normalize('NFD').replace(/[\u0300-\u036F]/g, '').trim().toLowerCase();
  if (folded === 'nam') return 'male';
  if (folded === 'nu') return 'female';
  return null;
}

/** "05011993" (day month year, as printed on the card) → "1993-01-05", or null if no such day. */
export function dayFirstToIso(digits: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(digits);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** "1993-01-05" → "05/01/1993"; ISO instants are shown as their date in Vietnam (UTC+7). */
export function viDate(iso: string): string {
  const date = iso.length > 10 ? new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10) : iso;
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "05011993" as typed so far → "05/01/1993" (partially filled while typing). */
export function groupDayFirst(digits: string): string {
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)].filter(Boolean).join('/');
}

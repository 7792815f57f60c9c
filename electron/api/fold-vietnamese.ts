/*
 * Folding Vietnamese text to plain ASCII: tone and vowel marks removed, đ/Đ → d, lowercase. One pure
 * copy shared by the core (search, pack checks, spreadsheet import) and the faces (the checklist's
 * "where to get it" fallback), so both sides agree on what "the same words" means.
 * Unicode decomposition alone leaves đ (U+0111) intact because it has no canonical decomposition
 * (UnicodeData.txt gives U+0111 none); SQLite's unicode61 "remove_diacritics" has the same gap.
 * No imports: electron/api is shared by every runtime.
 */

const MARKS = /\p{M}/gu;
const D_STROKE = /[đĐ]/g;

/** NFD + strip combining marks + đ→d + lowercase. Pure; idempotent; same result for NFC and NFD input. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(D_STROKE, 'd').toLowerCase();
}

/**
 * Folded, with every run of anything but letters and digits as one space, trimmed: for comparing
 * headings, agency names and paper names whatever their punctuation ("- Tờ khai:" is "to khai").
 */
export function foldPlain(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

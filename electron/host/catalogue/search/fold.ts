import { foldVietnamese } from '../../../api/fold-vietnamese';

/*
 * Folding Vietnamese text to plain ASCII for search: tone and vowel marks removed, đ/Đ → d, lowercase.
 * The fold itself lives in electron/api/fold-vietnamese.ts so the faces use the very same function;
 * SQLite's unicode61 "remove_diacritics" does not fold đ (design/environment.md), so we fold both the
 * indexed text and the query ourselves and index only folded text.
 */

/** NFD + strip combining marks + đ→d + lowercase. Pure; idempotent. */
export const fold: (text: string) => string = foldVietnamese;

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of a text, in order (the same split as SQLite's unicode61 tokenizer on folded text). */
export function words(text: string): string[] {
  return (fold(text).match(WORD) ?? []).map(spelling);
}

/**
 * One spelling for syllables Vietnamese writes with either final i or y after a consonant ("ký"/"kí",
 * "lý"/"lí", "quý"/"quí"): both fold to the i form on both sides, so "dang ki" finds "Đăng ký".
 */
export function spelling(word: string): string {
  return /^(k|l|m|s|t|h|qu)y$/.test(word) ? `${word.slice(0, -1)}i` : word;
}

/**
 * Folds a text while remembering, for each folded character, where it came from in the original, so a
 * match found in folded text can be shown on the original name with its diacritics.
 * Folds per code point: a precomposed Vietnamese letter (NFC) folds to exactly one character.
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      origin.push(i);
    }
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const charCache = new Map<string, string>();

/** fold() of one code point, memoised: names are folded per character on every highlight. */
function foldChar(ch: string): string {
  let f = charCache.get(ch);
  if (f === undefined) {
    f = fold(ch);
    if (charCache.size < 4096) charCache.set(ch, f);
  }
  return f;
}

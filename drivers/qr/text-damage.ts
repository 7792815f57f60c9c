import type { DamageReason } from './scan-result';
import { hasVietnameseMarks } from './scan-text';

// What Windows-1252 makes of UTF-8 continuation bytes 0x80–0xBF: 0x80–0x9F are the 1252 specials
// (undefined ones kept as C1 controls, as browsers and Node decode them), 0xA0–0xBF are Latin-1.
const CP1252_CONTINUATION =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178' +
  '\u00A0-\u00BF';

/**
 * Mojibake of Vietnamese UTF-8: lead bytes C3/C4/C5/C6 (à-ý, ă đ ĩ ũ ơ ư: "Ã¡", "Ä‘", "Æ°"), CC (NFD
 * combining marks: "Ì£"), E1 BA/BB (Latin Extended Additional, every ạ…ỹ: "áº¡", "á»…") and E2 80
 * (punctuation: "â€™"). A lone "Ã" or "Ì" is a real Vietnamese capital, so each needs its continuation.
 */
const MOJIBAKE = new RegExp(`[\u00C3\u00C4\u00C5\u00C6\u00CC][${CP1252_CONTINUATION}]|\u00E1[\u00BA\u00BB]|\u00E2\u20AC`);

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_TOUCHING_LATIN =
  /\p{Script=Latin}[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]\p{Script=Latin}/u;

// Tab and LF are legitimate in plain text; CR/LF have already been handled by the parsers.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Whether text holds a Chinese, Japanese or Korean character. */
export const containsCjk = (text: string): boolean => CJK.test(text);

/** Damage visible in any scanned text. */
export function textDamage(text: string): DamageReason[] {
  const reasons: DamageReason[] = [];
  if (text.includes('\uFFFD')) reasons.push('replacement-character');
  if (MOJIBAKE.test(text)) reasons.push('mojibake');
  if (CJK_TOUCHING_LATIN.test(text)) reasons.push('cjk-in-latin-word');
  if (CONTROL.test(text)) reasons.push('control-character');
  return reasons;
}

/**
 * Damage in a Vietnamese name and address, on top of textDamage: any CJK character, "?" standing in for
 * a letter, and both fields without a single mark (the keyboard wedge dropped them).
 */
export function personTextDamage(name: string, address: string): DamageReason[] {
  const reasons: DamageReason[] = [];
  if (CJK.test(name) || CJK.test(address)) reasons.push('cjk-in-name');
  if (name.includes('?') || address.includes('?')) reasons.push('question-mark-substitution');
  if (/\p{L}/u.test(name) && !hasVietnameseMarks(name) && !hasVietnameseMarks(address)) reasons.push('diacritics-lost');
  return reasons;
}

/*
 * The Vietnamese syllable as the Telex composer needs it: initial consonant + vowel nucleus + final
 * consonant, which nuclei exist, and where the tone mark goes. Pure functions on lowercase or mixed-case
 * text without tone marks ("base" text: the vowel marks â ă ê ô ơ ư and đ are part of the base).
 */

/** The five tones by their Telex keys: s sắc, f huyền, r hỏi, x ngã, j nặng. */
export type Tone = 's' | 'f' | 'r' | 'x' | 'j';
export const TONE_KEYS: readonly Tone[] = ['s', 'f', 'r', 'x', 'j'];

/** Unicode combining marks of the tones (applied to the base letter, then composed to NFC). */
const TONE_MARK: Record<Tone, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const MARK_TONE = new Map<string, Tone>(Object.entries(TONE_MARK).map(([t, m]) => [m, t as Tone]));

export const VOWELS = new Set([...'aăâeêioôơuưy']);
/** Vowels that carry a vowel mark: the tone goes on them first. */
const MARKED_VOWELS = new Set([...'ăâêôơư']);

const INITIALS = new Set([
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph',
  'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
]);
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** Stop finals: a syllable ending in them takes only sắc or nặng. */
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

/** Every vowel nucleus of standard Vietnamese, with its vowel marks (thuở's "uơ" included). */
export const NUCLEI = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'oa', 'oă', 'oe', 'uâ', 'uê', 'uô', 'ươ', 'uơ', 'uy', 'iê', 'yê', 'uyê',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'iêu', 'yêu', 'oai', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu',
]);

/** Removes the vowel marks (â→a, ư→u …) but keeps đ: the shape of a nucleus typed before its marks. */
export function stripVowelMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0302\u0306\u031b]/g, '').normalize('NFC');
}

/** Nuclei as they look while still being typed (marks not yet added): "nguoi" before the "w". */
const UNMARKED_NUCLEI = new Set([...NUCLEI].map(stripVowelMarks));

export interface SyllableParts {
  /** Lowercase parts; `initial.length` is where the nucleus starts in the word. */
  readonly initial: string;
  readonly nucleus: string;
  readonly final: string;
}

/**
 * Splits a base word into initial + nucleus + final, or null when it is not shaped like a Vietnamese
 * syllable. `strict` accepts only real nuclei (with their marks); otherwise nuclei still waiting for
 * their marks ("uo" of "nguoi") are accepted too. "gi" and "qu" are initials when a vowel follows.
 */
export function parseSyllable(word: string, { strict }: { strict: boolean }): SyllableParts | null {
  const w = word.toLowerCase();
  let i = 0;
  while (i < w.length && !VOWELS.has(w[i]!)) i++;
  let initial = w.slice(0, i);
  if (initial === 'q' && w[i] === 'u' && i + 1 < w.length && VOWELS.has(w[i + 1]!)) {
    initial = 'qu';
    i++;
  } else if (initial === 'g' && w[i] === 'i' && i + 1 < w.length && VOWELS.has(w[i + 1]!)) {
    initial = 'gi';
    i++;
  }
  let j = i;
  while (j < w.length && VOWELS.has(w[j]!)) j++;
  const nucleus = w.slice(i, j);
  const final = w.slice(j);
  if (!INITIALS.has(initial) || !FINALS.has(final) || nucleus === '') return null;
  if (strict ? !NUCLEI.has(nucleus) : !UNMARKED_NUCLEI.has(stripVowelMarks(nucleus))) return null;
  return { initial, nucleus, final };
}

/** Whether a tone may sit on a syllable with this final (stop finals take only sắc and nặng). */
export function toneAllowed(parts: SyllableParts, tone: Tone): boolean {
  return !STOP_FINALS.has(parts.final) || tone === 's' || tone === 'j';
}

/** Pairs that take the tone on their second vowel in the modern rule ("hoà", "khoẻ", "thuỷ"). */
const MODERN_SECOND = new Set(['oa', 'oe', 'uy']);

/**
 * Index (in the nucleus) of the vowel that carries the tone, by the modern rule ("quy tắc đặt dấu
 * kiểu mới", as in the 2018 Ministry of Education spelling guidance and Unikey's default):
 * 1. a marked vowel (ă â ê ô ơ ư) takes it; in "ươ" the ơ;
 * 2. otherwise, with a final consonant, the last vowel of the nucleus ("hoàng", "tuýt");
 * 3. otherwise one vowel: it; three: the middle one ("ngoài", "khuỷu"); two: the first
 *    ("mía", "múa", "gửi"), except oa, oe, uy which take the second ("hoà", "khoẻ", "thuỷ").
 *    `traditional` keeps the first for those too ("hòa", "khỏe", "thủy").
 */
export function tonePosition(parts: SyllableParts, style: 'modern' | 'traditional' = 'modern'): number {
  const n = parts.nucleus;
  let marked = -1;
  for (let k = 0; k < n.length; k++) if (MARKED_VOWELS.has(n[k]!)) marked = k;
  if (marked >= 0) return marked;
  if (parts.final !== '') return n.length - 1;
  if (n.length === 1) return 0;
  if (n.length === 2) return style === 'modern' && MODERN_SECOND.has(n) ? 1 : 0;
  return 1;
}

/** Puts a tone on the letter at `index` of `word` (case kept), composed to NFC. */
export function applyToneAt(word: string, index: number, tone: Tone): string {
  const chars = [...word];
  const c = chars[index];
  if (c === undefined) return word;
  chars[index] = (c + TONE_MARK[tone]).normalize('NFC');
  return chars.join('');
}

/**
 * Where the tone goes in a base word: the syllable rule when the word parses, else the first vowel of
 * the last run of vowels (words that are not Vietnamese still show the tone the user typed); -1 without vowels.
 */
export function toneIndexInWord(base: string, style: 'modern' | 'traditional' = 'modern'): number {
  const parts = parseSyllable(base, { strict: false });
  if (parts) return parts.initial.length + tonePosition(parts, style);
  const lower = base.toLowerCase();
  let last = -1;
  for (let k = lower.length - 1; k >= 0; k--) {
    if (VOWELS.has(lower[k]!)) last = k;
    else if (last >= 0) break;
  }
  return last;
}

/** Splits a (possibly toned) word into its base text and its tone; null when it carries two tones. */
export function splitTone(word: string): { base: string; tone: Tone | null } | null {
  let tone: Tone | null = null;
  let count = 0;
  const base = word
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, (m) => {
      tone = MARK_TONE.get(m) ?? null;
      count++;
      return '';
    })
    .normalize('NFC');
  return count > 1 ? null : { base, tone };
}

import {
  NUCLEI, TONE_KEYS, applyToneAt, parseSyllable, splitTone, toneAllowed, toneIndexInWord, type Tone,
} from './vietnamese-syllable';

/*
 * Telex, the input method most Vietnamese users know: plain Latin keys compose Vietnamese letters.
 * Vowel marks: aa â, ee ê, oo ô, aw ă, ow ơ, uw ư (uow ươ, a lone w ư), dd đ. Tones, typed anywhere in
 * the word and placed by the modern rule: s sắc, f huyền, r hỏi, x ngã, j nặng; z removes the tone.
 * Pressing a key again undoes what it did and types the key itself ("ass" → "as", "aaa" → "aa",
 * "ddd" → "dd"); that key is then plain for the rest of the word. Pure: a state and a key give a state.
 */

export type InputMode = 'telex' | 'plain';

/** The word being composed: its base (vowel marks applied, no tone) and its tone, kept apart. */
export interface TelexWord {
  readonly base: string;
  readonly tone: Tone | null;
  /** Lowercase keys whose effect was undone in this word: they type themselves from now on. */
  readonly literal: string;
  /** The last key that put a mark, and the base before it, for the double-key undo. */
  readonly lastMark: { readonly key: string; readonly before: string } | null;
}

/** Text before the current word (committed) and the word being composed. */
export interface TelexState {
  readonly before: string;
  readonly word: TelexWord;
}

const EMPTY_WORD: TelexWord = { base: '', tone: null, literal: '', lastMark: null };
export const EMPTY_TELEX: TelexState = { before: '', word: EMPTY_WORD };

const isAsciiLetter = (k: string): boolean => /^[a-zA-Z]$/.test(k);
const isUpper = (c: string): boolean => c !== c.toLowerCase();
const withCaseOf = (model: string, c: string): string => (isUpper(model) ? c.toUpperCase() : c.toLowerCase());

/** The word as shown: the tone placed on the right vowel. */
export function renderWord(word: TelexWord): string {
  if (word.tone === null) return word.base;
  const at = toneIndexInWord(word.base);
  return at < 0 ? word.base : applyToneAt(word.base, at, word.tone);
}

export function textOf(state: TelexState): string {
  return state.before + renderWord(state.word);
}

/** Seeds the state from text already in a field: its trailing word becomes editable again. */
export function stateFromText(text: string): TelexState {
  const m = /\p{L}+$/u.exec(text);
  if (!m) return { before: text, word: EMPTY_WORD };
  const split = splitTone(m[0]);
  if (!split) return { before: text, word: EMPTY_WORD };
  const word: TelexWord = { ...EMPTY_WORD, base: split.base, tone: split.tone };
  // A word whose tone sits where our rule would not put it ("õaa" cut back to "õa", which the rule
  // writes "oã") stays as written: re-placing the tone would change letters the user did not touch.
  if (renderWord(word) !== m[0]) return { before: text, word: EMPTY_WORD };
  return { before: text.slice(0, m.index), word };
}

/**
 * The state for `text` after the field changed from outside (a clear, a physical keyboard, marks
 * restored in words already finished). When only the text before the word being composed changed,
 * that word keeps its composition, undo keys included ("ass" shows "as" and a further "s" stays a
 * letter); otherwise the state is seeded from the text.
 */
export function reseedState(state: TelexState, text: string): TelexState {
  const word = renderWord(state.word);
  if (word !== '' && text.endsWith(word)) {
    const before = text.slice(0, text.length - word.length);
    // The word must still stand alone: a letter just before it would make it part of a longer word.
    if (!/[\p{L}\p{M}]$/u.test(before)) return { before, word: state.word };
  }
  return stateFromText(text);
}

/** One key: a single character, or "Backspace" (removes the last letter shown). Other named keys are ignored. */
export function pressKey(state: TelexState, key: string, mode: InputMode = 'telex'): TelexState {
  if (key === 'Backspace') {
    const chars = [...textOf(state)];
    if (chars.length === 0) return state;
    return stateFromText(chars.slice(0, -1).join(''));
  }
  if ([...key].length !== 1) return state;
  if (mode === 'plain' || !isAsciiLetter(key)) {
    return mode === 'plain' ? stateFromText(textOf(state) + key) : { before: textOf(state) + key, word: EMPTY_WORD };
  }
  return { before: state.before, word: applyLetter(state.word, key) };
}

/** Types a whole key sequence from empty: the composer as a function from keys to text. */
export function telex(keys: string, mode: InputMode = 'telex'): string {
  let s = EMPTY_TELEX;
  for (const k of keys) s = pressKey(s, k, mode);
  return textOf(s);
}

function append(word: TelexWord, key: string, literal = false): TelexWord {
  return {
    ...word,
    base: word.base + key,
    literal: literal && !word.literal.includes(key.toLowerCase()) ? word.literal + key.toLowerCase() : word.literal,
    lastMark: null,
  };
}

function applyLetter(word: TelexWord, key: string): TelexWord {
  const k = key.toLowerCase();
  if (word.literal.includes(k)) return append(word, key);
  if ((TONE_KEYS as readonly string[]).includes(k)) return applyTone(word, key, k as Tone);
  if (k === 'z') return word.tone !== null ? { ...word, tone: null, lastMark: null } : append(word, key);
  if (k === 'a' || k === 'e' || k === 'o' || k === 'w' || k === 'd') return applyMark(word, key, k);
  return append(word, key);
}

function applyTone(word: TelexWord, key: string, tone: Tone): TelexWord {
  if (word.tone === tone) return append({ ...word, tone: null }, key, true);
  const parts = parseSyllable(word.base, { strict: false });
  if (!parts || !toneAllowed(parts, tone)) return append(word, key);
  return { ...word, tone, lastMark: null };
}

/** Candidate rewrites of the nucleus for a mark key, best first. */
const MARK_RULES: Record<'a' | 'e' | 'o' | 'w', readonly (readonly [RegExp, string])[]> = {
  a: [[/[aă]/, 'â']],
  e: [[/e/, 'ê']],
  o: [[/[oơ]/, 'ô']],
  // "uo" (or half-marked "ưo", "uơ", "uô") → "ươ"; "ua" → "ưa"; then a single vowel.
  w: [[/[uư][oôơ]/, 'ươ'], [/^ua$/, 'ưa'], [/[aâ]/, 'ă'], [/[oô]/, 'ơ'], [/u/, 'ư']],
};
/** What each key's marks look like, to undo them when no rewrite applies. */
const UNDO_MARK: Record<'a' | 'e' | 'o' | 'w', readonly (readonly [RegExp, string])[]> = {
  a: [[/â/, 'a']],
  e: [[/ê/, 'e']],
  o: [[/ô/, 'o']],
  w: [[/ươ/, 'uo'], [/ă/, 'a'], [/ơ/, 'o'], [/ư/, 'u']],
};

/** Replaces `from` (a match in the nucleus) keeping the case of each letter. */
function rewriteNucleus(base: string, start: number, nucleus: string, rule: RegExp, to: string): string | null {
  const m = rule.exec(nucleus);
  if (!m) return null;
  const from = start + m.index;
  const original = base.slice(from, from + m[0].length);
  const replaced = [...to].map((c, i) => withCaseOf(original[i] ?? original[0]!, c)).join('');
  return base.slice(0, from) + replaced + base.slice(from + m[0].length);
}

function applyMark(word: TelexWord, key: string, k: 'a' | 'e' | 'o' | 'w' | 'd'): TelexWord {
  // The same key right after its own mark: undo it and type the key ("aaa" → "aa", "ww" → "w").
  if (word.lastMark?.key === k) return append({ ...word, base: word.lastMark.before }, key, true);
  const marked = k === 'd' ? markD(word.base) : markVowel(word.base, k, key);
  if (marked !== null) return { ...word, base: marked, lastMark: { key: k, before: word.base } };
  const undone = k === 'd' ? undoD(word.base) : undoVowel(word.base, k);
  if (undone !== null) return append({ ...word, base: undone }, key, true);
  return append(word, key);
}

function markVowel(base: string, k: 'a' | 'e' | 'o' | 'w', key: string): string | null {
  const parts = parseSyllable(base, { strict: false });
  if (!parts) {
    // A lone "w" after a valid initial (or at the start) is "ư": "w" → "ư", "nhw" → "như".
    const lead = parseSyllable(`${base}u`, { strict: true });
    return k === 'w' && lead !== null && lead.final === '' && lead.nucleus === 'u' ? base + withCaseOf(key, 'ư') : null;
  }
  const start = parts.initial.length;
  for (const [rule, to] of MARK_RULES[k]) {
    const next = rewriteNucleus(base, start, parts.nucleus, rule, to);
    if (next === null) continue;
    const check = parseSyllable(next, { strict: true });
    if (check !== null && NUCLEI.has(check.nucleus)) return next;
  }
  return null;
}

function undoVowel(base: string, k: 'a' | 'e' | 'o' | 'w'): string | null {
  const parts = parseSyllable(base, { strict: false });
  if (!parts) return null;
  const start = parts.initial.length;
  for (const [rule, to] of UNDO_MARK[k]) {
    const next = rewriteNucleus(base, start, parts.nucleus, rule, to);
    if (next !== null) return next;
  }
  return null;
}

/** "dd" → "đ": the word starts with d and is (still) shaped like a syllable. */
function markD(base: string): string | null {
  if (!/^d/i.test(base)) return null;
  const next = withCaseOf(base[0]!, 'đ') + base.slice(1);
  return base.length === 1 || parseSyllable(next, { strict: false }) !== null ? next : null;
}

function undoD(base: string): string | null {
  return /^đ/i.test(base) ? withCaseOf(base[0]!, 'd') + base.slice(1) : null;
}

/**
 * A tone button (for people who do not know Telex): puts `tone` on the current word, or takes it off
 * when the word already has it; `null` removes any tone. A word without a vowel is left as it is.
 */
export function setTone(state: TelexState, tone: Tone | null): TelexState {
  const { word } = state;
  if (tone === null || word.tone === tone) return { ...state, word: { ...word, tone: null, lastMark: null } };
  const parts = parseSyllable(word.base, { strict: false });
  if (!parts || !toneAllowed(parts, tone)) return state;
  return { ...state, word: { ...word, tone, lastMark: null } };
}

/** Types a composed letter (ă, â, đ, ê, ô, ơ, ư) directly; the word stays editable. */
export function insertLetter(state: TelexState, letter: string): TelexState {
  return stateFromText(textOf(state) + letter);
}

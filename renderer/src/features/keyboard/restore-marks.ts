import { foldVietnamese } from '../../../../electron/api/fold-vietnamese';

/*
 * Restoring the marks a citizen leaves out, from words the kiosk knows. Telex needs two keys for
 * đ (dd) and ă (aw), and many citizens, elderly ones most of all, type "dang kys khai sinh" for
 * "đăng ký khai sinh". Once a word is finished (a space follows it), the longest run of typed words
 * that folds to a run of words of a known phrase (the names of the search hits on screen) and agrees
 * with every mark the citizen did type takes that phrase's marks. Pure: text and phrases in, text out.
 *
 * What it never does:
 *  - change the folded text (fold(result) === fold(text)): only marks are added, letters stay;
 *  - remove or replace a mark the citizen typed ("dáng" never becomes "đăng": the acute is not there);
 *  - touch the word still being typed (no space after it yet) or anything that is not a plain word;
 *  - guess between phrases: a run two phrases would mark differently stays as typed;
 *  - by default, touch text typed without a single mark: that citizen may be typing without accents
 *    on purpose (search folds anyway), and rewriting what they typed would surprise them.
 */

export interface RestoreMarksOptions {
  /**
   * Text with no mark anywhere (tone, vowel mark or đ): 'keep' it as typed (default), or 'restore' it
   * like any other. One mark anywhere in the field shows the citizen writes with accents.
   */
  readonly unmarkedText?: 'keep' | 'restore';
}

/** A letter as the comparison needs it: its plain base and its marks (combining marks; đ's stroke as U+0335). */
interface Letter {
  readonly base: string;
  readonly marks: string;
  readonly upper: boolean;
}

const STROKE = '\u0335';
/** A word is letters with their combining marks; digits make a token that is not a word. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const WORD = /^\p{L}[\p{L}\p{M}]*$/u;

function lettersOf(word: string): Letter[] {
  return [...word.normalize('NFC')].map((c) => {
    const decomposed = c.normalize('NFD');
    const marks = [...decomposed].slice(1).join('') + (/[đĐ]/.test(c) ? STROKE : '');
    return { base: foldVietnamese(c), marks, upper: c !== c.toLowerCase() };
  });
}

const hasMark = (text: string): boolean => /[\p{M}đĐ]/u.test(text.normalize('NFD'));

/**
 * The phrase's word written over the typed one: the phrase's marks, the typed case of each letter.
 * Null when the two do not line up letter by letter or the phrase lacks a mark the citizen typed.
 */
function markedLike(typed: string, phraseWord: string): string | null {
  const t = lettersOf(typed);
  const chars = [...phraseWord.normalize('NFC')];
  const p = lettersOf(phraseWord);
  if (t.length !== p.length) return null;
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ti = t[i]!;
    const pi = p[i]!;
    if (ti.base !== pi.base || [...ti.marks].some((m) => !pi.marks.includes(m))) return null;
    const c = chars[i]!;
    out += ti.upper ? c.toUpperCase() : c.toLowerCase();
  }
  // Case mapping can change letters outside Vietnamese ("ß" → "SS"): only a faithful copy is used.
  return foldVietnamese(out) === foldVietnamese(typed) ? out : null;
}

/** Every run of consecutive phrase words, by its folded form (words joined by one space). */
function phraseRuns(phrases: readonly string[], maxLength: number): Map<string, string[][]> {
  const runs = new Map<string, string[][]>();
  for (const phrase of phrases) {
    // A number inside a name ("12 số", "220/380V") breaks the run: words on either side are not neighbours.
    const pieces: string[][] = [[]];
    for (const token of phrase.match(TOKEN) ?? []) {
      if (WORD.test(token)) pieces[pieces.length - 1]!.push(token);
      else pieces.push([]);
    }
    for (const words of pieces) {
      for (let s = 0; s < words.length; s++) {
        for (let l = 1; l <= maxLength && s + l <= words.length; l++) {
          const run = words.slice(s, s + l);
          const key = run.map(foldVietnamese).join(' ');
          const list = runs.get(key);
          if (list) list.push(run);
          else runs.set(key, [run]);
        }
      }
    }
  }
  return runs;
}

interface TypedWord {
  readonly start: number;
  readonly end: number;
  text: string;
}

/** Finished words in runs of neighbours: words separated by whitespace only. */
function typedRuns(finished: string): TypedWord[][] {
  const groups: TypedWord[][] = [];
  let current: TypedWord[] = [];
  let lastEnd = -1;
  for (const m of finished.matchAll(TOKEN)) {
    const word = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const neighbour = lastEnd >= 0 && /^\s+$/u.test(finished.slice(lastEnd, word.start));
    if (!WORD.test(m[0]) || !neighbour) {
      if (current.length > 0) groups.push(current);
      current = [];
    }
    if (WORD.test(m[0])) current.push(word);
    lastEnd = WORD.test(m[0]) ? word.end : -1;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Adds the marks the citizen left out of the finished words of `text`, from `phrases` (e.g. the names
 * of the search hits on screen and the citizen words they matched). See the comment at the top for
 * what it never does; the tests in restore-marks.test.ts hold it to that.
 */
export function restoreMarks(text: string, phrases: readonly string[], options: RestoreMarksOptions = {}): string {
  if ((options.unmarkedText ?? 'keep') === 'keep' && !hasMark(text)) return text;
  const tail = /\S*$/u.exec(text)![0];
  const finished = text.slice(0, text.length - tail.length);
  const groups = typedRuns(finished);
  const longest = Math.max(0, ...groups.map((g) => g.length));
  if (longest === 0 || phrases.length === 0) return text;
  const known = phraseRuns(phrases, longest);

  /** The one way the phrases mark this typed run, null when none does, 'ambiguous' when they differ. */
  const marking = (run: readonly TypedWord[]): string[] | 'ambiguous' | null => {
    const candidates = known.get(run.map((w) => foldVietnamese(w.text)).join(' ')) ?? [];
    let found: string[] | null = null;
    for (const words of candidates) {
      const marked = run.map((w, i) => markedLike(w.text, words[i]!));
      if (marked.some((w) => w === null)) continue;
      const form = marked as string[];
      if (found && found.join(' ').toLowerCase() !== form.join(' ').toLowerCase()) return 'ambiguous';
      found = form;
    }
    return found;
  };

  // Longest run first (leftmost on a tie); an ambiguous run stays as typed; then the words on each side.
  const solve = (group: readonly TypedWord[]): void => {
    for (let l = group.length; l >= 1; l--) {
      for (let s = 0; s + l <= group.length; s++) {
        const run = group.slice(s, s + l);
        const m = marking(run);
        if (m === null) continue;
        if (m !== 'ambiguous') run.forEach((w, i) => (w.text = m[i]!));
        solve(group.slice(0, s));
        solve(group.slice(s + l));
        return;
      }
    }
  };
  groups.forEach(solve);

  let out = '';
  let at = 0;
  for (const w of groups.flat().sort((a, b) => a.start - b.start)) {
    out += finished.slice(at, w.start) + w.text;
    at = w.end;
  }
  const result = out + finished.slice(at) + tail;
  // Belt and braces for text far from Vietnamese (context-dependent case mapping): never change the letters.
  return foldVietnamese(result) === foldVietnamese(text) ? result : text;
}

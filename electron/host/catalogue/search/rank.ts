import type { MatchReason } from '../../../api/catalogue';
import type { IndexEntry } from './index-entry';
import type { QueryTerm } from './query';

/** How one entry matched the query, and the sort keys that order the results (compareMatches). */
export interface EntryMatch {
  readonly entry: IndexEntry;
  /** Counted terms found anywhere. */
  readonly matched: number;
  /** Counted terms found in the name or the citizen words. */
  readonly inNameOrWords: number;
  /**
   * Counted terms found in the name or the citizen words as whole words, as typed: not only as the start
   * of a longer word ("tru" in "trung") and not through a one-letter correction.
   */
  readonly whole: number;
  /** All counted terms found in order, close together, in the name or in one citizen-words phrase. */
  readonly together: boolean;
  /**
   * The words typed are the whole name (after "Thủ tục") or the whole of one of the entry's own phrases:
   * "dang ky khai tu" is exactly Thủ tục đăng ký khai tử, not Đăng ký lại khai tử.
   */
  readonly exact: boolean;
  /** …and in one of the entry's own citizen-words phrases (not a synonym that its name happens to contain). */
  readonly ownWords: boolean;
  readonly rank: number;
  readonly why: MatchReason;
  /** The query terms with the corrections this entry matched through, for highlighting its name. */
  readonly shown: readonly QueryTerm[];
}

/** How well a term fits a word list, worst to best. */
const NONE = 0;
const CORRECTED = 1;
const START = 2;
const WHOLE = 3;

interface Fit {
  readonly quality: typeof NONE | typeof CORRECTED | typeof START | typeof WHOLE;
  /** The correction or near form that matched, for CORRECTED. */
  readonly used?: string;
}

const NO_FIT: Fit = { quality: NONE };

/** The first of `forms` found in `tokens`: as a whole word, or as a word start for the last word typed. */
function firstFound(t: QueryTerm, forms: readonly string[], tokens: ReadonlySet<string>): string | undefined {
  for (const f of forms) {
    if (tokens.has(f)) return f;
    if (t.prefix) for (const token of tokens) if (token.startsWith(f)) return f;
  }
  return undefined;
}

/** How a term fits the words of a name or of citizen words. Pure. */
function fitIn(t: QueryTerm, tokens: ReadonlySet<string>): Fit {
  if (t.corrected) {
    const used = firstFound(t, t.forms, tokens);
    return used === undefined ? NO_FIT : { quality: CORRECTED, used };
  }
  if (t.forms.some((f) => tokens.has(f))) return { quality: WHOLE };
  if (t.prefix && firstFound(t, t.forms, tokens) !== undefined) return { quality: START };
  const used = firstFound(t, t.near, tokens);
  return used === undefined ? NO_FIT : { quality: CORRECTED, used };
}

/** Names and citizen words: the typed forms or the near forms. Loops, no closures: it runs per word. */
function matchesToken(t: QueryTerm, token: string): boolean {
  for (const f of t.forms) if (t.prefix ? token.startsWith(f) : token === f) return true;
  for (const f of t.near) if (t.prefix ? token.startsWith(f) : token === f) return true;
  return false;
}

/** The body: the typed forms (or corrections) only; a near form there would be noise. */
const inBody = (t: QueryTerm, tokens: ReadonlySet<string>): string | undefined => firstFound(t, t.forms, tokens);

/** Where and how well each query term matched in one entry. Pure. */
export function matchEntry(entry: IndexEntry, terms: readonly QueryTerm[], rank: number): EntryMatch {
  let matched = 0;
  let inNameOrWords = 0;
  let whole = 0;
  const inName: string[] = [];
  const inWordsTerms: QueryTerm[] = [];
  const inText: string[] = [];
  const corrections: { typed: string; used: string }[] = [];
  const shown: QueryTerm[] = [];
  for (const t of terms) {
    const name = fitIn(t, entry.nameTokens);
    const words = fitIn(t, entry.wordsTokens);
    const inWords = words.quality > name.quality;
    const best = inWords ? words : name;
    const body = best.quality === NONE ? inBody(t, entry.bodyTokens) : undefined;
    if (best.quality === NONE && body === undefined) {
      shown.push(t);
      continue;
    }
    if (!t.optional) {
      matched++;
      if (best.quality !== NONE) inNameOrWords++;
      if (best.quality === WHOLE) whole++;
    }
    if (best.quality === NONE) inText.push(t.typed);
    else if (inWords) inWordsTerms.push(t);
    else inName.push(t.typed);
    const used = best.used ?? (t.corrected ? body : undefined);
    if (used !== undefined) corrections.push({ typed: t.typed, used });
    shown.push(best.used !== undefined && !t.forms.includes(best.used) ? { ...t, forms: [...t.forms, best.used] } : t);
  }
  const counted = terms.filter((t) => !t.optional);
  const together = counted.length > 0 && matched === counted.length &&
    [...entry.names, ...entry.phrases.map((p) => p.tokens)].some((list) => inOrder(counted, list));
  const ownWords = together && entry.phrases.some((p) => p.own && inOrder(counted, p.tokens));
  const exact = together && [...entry.names.map(withoutThuTuc), ...entry.phrases.filter((p) => p.own).map((p) => p.tokens)]
    .some((list) => list.length === counted.length && inOrder(counted, list));
  return {
    entry, matched, inNameOrWords, whole, together, exact, ownWords, rank, shown,
    why: { inName, citizenWords: bestPhrases(entry, inWordsTerms), inText, corrections, byCode: false },
  };
}

/** A name without its leading "Thủ tục" (most published names start with it; citizens never type it). */
const withoutThuTuc = (name: readonly string[]): readonly string[] => (name[0] === 'thu' && name[1] === 'tuc' ? name.slice(2) : name);

/** Whether the terms occur in this order in the word list, at most two words apart (fillers between). */
export function inOrder(terms: readonly QueryTerm[], list: readonly string[]): boolean {
  const first = terms[0];
  if (!first) return false;
  for (let start = 0; start < list.length; start++) {
    if (!matchesToken(first, list[start]!)) continue;
    let at = start;
    let ok = true;
    for (const t of terms.slice(1)) {
      let next = -1;
      for (let j = at + 1; j <= Math.min(at + 3, list.length - 1); j++) {
        if (matchesToken(t, list[j]!)) {
          next = j;
          break;
        }
      }
      if (next < 0) {
        ok = false;
        break;
      }
      at = next;
    }
    if (ok) return true;
  }
  return false;
}

/** The citizen-words phrases that carry most of the terms matched there (at most two). */
function bestPhrases(entry: IndexEntry, terms: readonly QueryTerm[]): string[] {
  if (terms.length === 0) return [];
  const scored = entry.phrases
    .map((p) => ({ text: p.text, n: terms.filter((t) => p.tokens.some((tok) => matchesToken(t, tok))).length }))
    .filter((p) => p.n > 0);
  const best = Math.max(0, ...scored.map((p) => p.n));
  return scored.filter((p) => p.n === best).slice(0, 2).map((p) => p.text);
}

/**
 * Result order: each rule decides only when every rule above it ties.
 *
 * How well the hit matches what the citizen typed:
 *  1. more of the query's words found anywhere;
 *  2. more of them in the name or the citizen words (a name match beats a body match);
 *  3. more of them there as whole words, as typed: a hit whose every word is a whole word of its name or
 *     citizen words beats one that needs the last word as the start of a longer word ("tru" → "trung")
 *     or a one-letter correction ("thong" → "thuong"). Rules 1–2 cannot undo this: such a hit already
 *     has every word, all of them in the name;
 *  4. the words together, in order, in the name or one citizen-words phrase;
 *  4a. exactly the name (after "Thủ tục") or exactly one of the entry's own phrases, nothing more;
 *  4b. …in a phrase the kiosk wrote for this very entry: "nhập hộ khẩu" is Đăng ký thường trú's own
 *     words, while the interconnected procedures whose long names also contain "đăng ký thường trú"
 *     only inherit it as a synonym (the real catalogue has several such names).
 * Then, among equally good matches, what kind of service it is:
 *  5. the 25 essential services first (the issue's tie-break: the seed plan asks every ward to show them);
 *  6. what this ward does first (not an essential service handled elsewhere, not a provincial or
 *     ministry procedure): a citizen standing at the ward looks for what the ward does, so among equals
 *     "Đăng ký thường trú" comes before "Đăng ký dự thi tốt nghiệp THPT…", which the ward cannot take.
 *     Below rule 5 on purpose: essential services handled elsewhere still come before the ward's other
 *     procedures, as the "essential services first on ties" test of the issue asks;
 * and last 7. bm25 (name-weighted, index-repository.ts), 8. the name A–Z so that the order is stable.
 * Match quality comes before the kind of service so that a better match is never buried under a
 * preferred kind: typing a procedure's own words always brings that procedure first.
 */
export function compareMatches(a: EntryMatch, b: EntryMatch): number {
  return (
    b.matched - a.matched ||
    b.inNameOrWords - a.inNameOrWords ||
    Number(b.together) - Number(a.together) ||
    Number(b.exact) - Number(a.exact) ||
    b.whole - a.whole ||
    Number(b.ownWords) - Number(a.ownWords) ||
    essential(b) - essential(a) ||
    Number(b.entry.doneAtWard) - Number(a.entry.doneAtWard) ||
    a.rank - b.rank ||
    (a.entry.nameText < b.entry.nameText ? -1 : a.entry.nameText > b.entry.nameText ? 1 : 0)
  );
}

const essential = (m: EntryMatch): number => (m.entry.item.essentialService !== undefined ? 1 : 0);

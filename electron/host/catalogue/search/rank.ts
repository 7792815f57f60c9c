import type { MatchReason } from '../../../api/catalogue';
import type { IndexEntry } from './index-entry';
import type { QueryTerm } from './query';

/** How one entry matched the query, and the sort key that orders the results. */
export interface EntryMatch {
  readonly entry: IndexEntry;
  /** Counted terms found anywhere. */
  readonly matched: number;
  /** Counted terms found in the name or the citizen words. */
  readonly inNameOrWords: number;
  /** All counted terms found in order, close together, in the name or in one citizen-words phrase. */
  readonly together: boolean;
  readonly rank: number;
  readonly why: MatchReason;
}

const matchesToken = (t: QueryTerm, token: string): boolean =>
  t.forms.some((f) => (t.prefix ? token.startsWith(f) : token === f));

const matchesSet = (t: QueryTerm, tokens: ReadonlySet<string>): boolean => {
  if (!t.prefix) return t.forms.some((f) => tokens.has(f));
  for (const token of tokens) if (matchesToken(t, token)) return true;
  return false;
};

/** Where each query term matched in one entry. Pure. */
export function matchEntry(entry: IndexEntry, terms: readonly QueryTerm[], rank: number): EntryMatch {
  let matched = 0;
  let inNameOrWords = 0;
  const inName: string[] = [];
  const inWordsTerms: QueryTerm[] = [];
  const inText: string[] = [];
  const corrections: { typed: string; used: string }[] = [];
  for (const t of terms) {
    const name = matchesSet(t, entry.nameTokens);
    const words = !name && matchesSet(t, entry.wordsTokens);
    const body = !name && !words && matchesSet(t, entry.bodyTokens);
    if (!name && !words && !body) continue;
    if (!t.optional) {
      matched++;
      if (name || words) inNameOrWords++;
    }
    if (name) inName.push(t.typed);
    else if (words) inWordsTerms.push(t);
    else inText.push(t.typed);
    if (t.corrected) corrections.push({ typed: t.typed, used: t.forms[0]! });
  }
  const counted = terms.filter((t) => !t.optional);
  const together = counted.length > 0 && matched === counted.length &&
    [...entry.names, ...entry.phrases.map((p) => p.tokens)].some((list) => inOrder(counted, list));
  return {
    entry, matched, inNameOrWords, together, rank,
    why: { inName, citizenWords: bestPhrases(entry, inWordsTerms), inText, corrections, byCode: false },
  };
}

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
 * Result order: more of the query's words found; then more of them in the name or citizen words (a name
 * match beats a body match); then the words found together, in order, in the name or one citizen-words
 * phrase; then essential services first (the tie-break the issue asks for); then bm25; then name.
 */
export function compareMatches(a: EntryMatch, b: EntryMatch): number {
  return (
    b.matched - a.matched ||
    b.inNameOrWords - a.inNameOrWords ||
    Number(b.together) - Number(a.together) ||
    essential(b) - essential(a) ||
    a.rank - b.rank ||
    (a.entry.nameText < b.entry.nameText ? -1 : a.entry.nameText > b.entry.nameText ? 1 : 0)
  );
}

const essential = (m: EntryMatch): number => (m.entry.item.essentialService !== undefined ? 1 : 0);

import type { HighlightPart } from '../../../api/catalogue';
import { foldWithMap, spelling } from './fold';
import type { QueryTerm } from './query';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits a name (with its diacritics) into parts that did or did not match the query. A word matched
 * as the start of a longer word is marked only over the letters typed. Returns text parts, never markup.
 */
export function highlightName(name: string, terms: readonly QueryTerm[]): HighlightPart[] {
  const { folded, origin } = foldWithMap(name);
  const marks: [number, number][] = [];
  for (const m of folded.matchAll(WORD)) {
    const token = spelling(m[0]);
    let len = 0;
    for (const t of terms) {
      for (const f of t.forms) {
        if (token === f) len = token.length;
        else if (t.prefix && token.startsWith(f)) len = Math.max(len, f.length);
      }
    }
    if (len > 0) marks.push([origin[m.index]!, origin[m.index + len]!]);
  }
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const [from, to] of marks) {
    if (from > at) parts.push({ text: name.slice(at, from), hit: false });
    parts.push({ text: name.slice(from, to), hit: true });
    at = to;
  }
  if (at < name.length || parts.length === 0) parts.push({ text: name.slice(at), hit: false });
  return parts;
}

import { words } from './fold';
import type { Vocabulary } from './vocabulary';

/** One word of the citizen's query, with the indexed words it may stand for. */
export interface QueryTerm {
  /** The folded word as typed. */
  readonly typed: string;
  /** Indexed forms to look for: the typed word, or its one-edit corrections when it is unknown. */
  readonly forms: readonly string[];
  /** The last word while the citizen is still typing: forms match as word starts. */
  readonly prefix: boolean;
  /** A filler word ("cho", "làm") kept only because it may be the start of a real word: not counted. */
  readonly optional: boolean;
  /** True when `forms` are corrections, not the typed word. */
  readonly corrected: boolean;
  /**
   * Words of names and citizen words one letter from a word that is itself known: a slip that lands on
   * another real syllable ("thong" typed for "thuong"). Looked for in names and citizen words only, and
   * ranked as a correction (rank.ts), below the word as typed. Empty for short words (under five
   * letters, as for corrections), fillers and the word still being typed.
   */
  readonly near: readonly string[];
}

export interface ParsedQuery {
  readonly terms: readonly QueryTerm[];
  /** A national procedure code or its start ("1.0011"), when the query is one. */
  readonly code?: string;
}

/**
 * Filler words of spoken requests ("tôi muốn làm giấy khai sinh cho con"), folded. Words that fold to
 * the same letters as a meaningful syllable are left out on purpose: "can" (căn cước), "the" (thẻ),
 * "di" (di chúc), "thi" (thi tốt nghiệp), "minh" (chứng minh).
 */
const FILLER = new Set([
  'lam', 'cho', 'toi', 'muon', 'o', 'va', 'voi', 'de', 'la', 'gi', 've', 'cua', 'mot', 'cac', 'nhung', 'nhu',
  'duoc', 'phai', 'khong', 'giup', 'xin', 'a', 'oi', 'nhe', 'em', 'anh', 'chi', 'bac',
]);
/** Filler pairs: "thủ tục", "hướng dẫn", "thế nào", "ở đâu". */
const FILLER_PAIRS = new Set(['thu tuc', 'huong dan', 'the nao', 'o dau', 'nhu the']);

/**
 * Turns what the citizen typed into query terms. `vocabulary` (every indexed word) enables one-edit typo
 * tolerance for unknown words; `nameVocabulary` (words of names and citizen words) adds the `near` forms
 * of known words.
 */
export function parseQuery(raw: string, vocabulary?: Vocabulary, nameVocabulary?: Vocabulary): ParsedQuery {
  const code = /^\s*(\d\.\d{0,6})\s*$/.exec(raw)?.[1];
  if (code && code.length >= 3) return { terms: [], code };
  const typing = raw.length > 0 && !/\s$/.test(raw);
  const all = words(raw);
  const kept: { word: string; last: boolean; filler: boolean }[] = [];
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    const pair = i + 1 < all.length && FILLER_PAIRS.has(`${w} ${all[i + 1]}`);
    if (pair && !(typing && i + 1 === all.length - 1)) {
      i++;
      continue;
    }
    kept.push({ word: w, last: i === all.length - 1, filler: FILLER.has(w) || pair });
  }
  const onlyFiller = kept.every((k) => k.filler);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const k of kept) {
    const prefix = k.last && typing;
    if (k.filler && !onlyFiller && !prefix) continue;
    if (seen.has(k.word)) continue;
    seen.add(k.word);
    const optional = k.filler && !onlyFiller;
    terms.push(expand(k.word, prefix, optional, vocabulary, nameVocabulary));
  }
  return { terms };
}

/** At most this many corrections or near forms per word: the FTS5 expression stays a keystroke's work. */
const MAX_FORMS = 8;

function expand(
  word: string, prefix: boolean, optional: boolean, vocabulary?: Vocabulary, nameVocabulary?: Vocabulary,
): QueryTerm {
  const plain: QueryTerm = { typed: word, forms: [word], prefix, optional, corrected: false, near: [] };
  if (!vocabulary || optional) return plain;
  const known = prefix ? vocabulary.hasPrefix(word) : vocabulary.has(word);
  if (!known) {
    const forms = vocabulary.corrections(word, { asPrefix: prefix });
    return forms.length > 0 ? { ...plain, forms: forms.slice(0, MAX_FORMS), corrected: true } : plain;
  }
  // Only for finished words: the word being typed is still incomplete, and near forms as word starts
  // would widen every keystroke's FTS5 work (bench:search) for little.
  const near = prefix ? [] : (nameVocabulary?.corrections(word, { asPrefix: false }) ?? []);
  return near.length > 0 ? { ...plain, near: near.slice(0, MAX_FORMS) } : plain;
}

const quoted = (t: QueryTerm, forms: readonly string[]): string[] =>
  forms.map((f) => `"${f.replace(/"/g, '""')}"${t.prefix ? '*' : ''}`);

/** One term as FTS5: its forms anywhere, or its near forms in the name or citizen words. */
const formsOf = (t: QueryTerm): string => {
  const forms = quoted(t, t.forms);
  if (t.near.length > 0) forms.push(`{name words} : (${quoted(t, t.near).join(' OR ')})`);
  return forms.length === 1 ? forms[0]! : `(${forms.join(' OR ')})`;
};

/** FTS5 MATCH: any term may match (the re-rank counts how many did). */
export function anyTermExpression(terms: readonly QueryTerm[]): string {
  return terms.map(formsOf).join(' OR ');
}

/** FTS5 MATCH: all counted terms but (any) one must match; undefined below three terms (then it is "any"). */
export function allButOneExpression(terms: readonly QueryTerm[]): string | undefined {
  const counted = terms.filter((t) => !t.optional);
  if (counted.length < 3) return undefined;
  return counted.map((_, skip) => `(${counted.filter((__, i) => i !== skip).map(formsOf).join(' AND ')})`).join(' OR ');
}

/** FTS5 MATCH: every counted term must match, in the name or citizen words only when `namesOnly`. */
export function allTermsExpression(terms: readonly QueryTerm[], namesOnly: boolean): string | undefined {
  const counted = terms.filter((t) => !t.optional);
  if (counted.length === 0) return undefined;
  const all = counted.map(formsOf).join(' AND ');
  return namesOnly ? `{name words} : (${all})` : all;
}

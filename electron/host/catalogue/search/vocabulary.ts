/**
 * The indexed words with their document counts, for typo tolerance: a query word that is not a known
 * word (nor, while typing, the start of one) is replaced by known words one edit away.
 */
export class Vocabulary {
  private readonly sorted: string[];
  private readonly counts: Map<string, number>;

  constructor(entries: Iterable<readonly [term: string, docs: number]>) {
    this.counts = new Map(entries);
    this.sorted = [...this.counts.keys()].sort();
  }

  get size(): number {
    return this.sorted.length;
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** Number of documents containing the word (0 when unknown). */
  docs(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** Whether some indexed word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const i = lowerBound(this.sorted, prefix);
    return i < this.sorted.length && this.sorted[i]!.startsWith(prefix);
  }

  /**
   * Known words (or, with `asPrefix`, known word starts) one edit from `word`: one letter wrong,
   * missing, extra, or two neighbours swapped (Damerau). Only for words of at least `minLength` letters,
   * since short Vietnamese syllables are one edit from too many others ("tam" ~ "tan", "cam", "tai"…).
   */
  corrections(word: string, options: { asPrefix: boolean; minLength?: number }): string[] {
    if (word.length < (options.minLength ?? 5) || !/^[a-z]+$/.test(word)) return [];
    const known = (w: string): boolean => (options.asPrefix ? this.hasPrefix(w) : this.has(w));
    const out = new Set<string>();
    for (const candidate of editsOne(word)) if (candidate.length > 0 && known(candidate)) out.add(candidate);
    out.delete(word);
    return [...out].sort((a, b) => this.docs(b) - this.docs(a) || a.localeCompare(b));
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** All strings one edit from `w` over a–z (may repeat). Pure. */
export function* editsOne(w: string): Generator<string> {
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (tail) yield head + tail.slice(1); // extra letter typed
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2); // neighbours swapped
    for (const c of LETTERS) {
      if (tail && c !== tail[0]) yield head + c + tail.slice(1); // wrong letter
      yield head + c + tail; // missing letter
    }
  }
}

function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

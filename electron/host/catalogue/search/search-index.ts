import type { CatalogueFilters, CatalogueItem, SearchHit } from '../../../api/catalogue';
import type { ContentPack } from '../../../api/content';
import { highlightName } from './highlight';
import { type IndexEntry, indexEntries, nameWordCounts } from './index-entry';
import { IndexRepository } from './index-repository';
import { allButOneExpression, allTermsExpression, anyTermExpression, parseQuery, type QueryTerm } from './query';
import type { Candidate } from './index-repository';
import { compareMatches, matchEntry } from './rank';
import { Vocabulary } from './vocabulary';

/** How many FTS5 candidates are re-ranked per query; more than any face shows. */
const CANDIDATE_POOL = 200;
/** Above this many matches a step is not ranked by bm25 but taken in a fixed order (index-repository.ts). */
const RANKED_MAX = 400;

/**
 * The search index of one content pack: FTS5 for candidates, then a re-rank that counts which query
 * words matched where (search/rank.ts). Immutable: a new pack gets a new index, swapped in whole.
 */
export class SearchIndex {
  private readonly byId: Map<number, IndexEntry>;

  private constructor(
    private readonly repo: IndexRepository,
    readonly entries: readonly IndexEntry[],
    /** Every indexed word: unknown query words are corrected against it. */
    readonly vocabulary: Vocabulary,
    /** Words of names and citizen words: known query words may be slips for one of them (query.ts `near`). */
    readonly nameVocabulary: Vocabulary,
    /** Milliseconds spent building. */
    readonly buildMs: number,
  ) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
  }

  /** Builds the index of a validated pack; `file` defaults to an in-memory database. */
  static build(pack: ContentPack, file?: string): SearchIndex {
    const start = performance.now();
    const entries = indexEntries(pack);
    const repo = new IndexRepository(entries, file);
    const vocabulary = new Vocabulary(repo.vocabulary());
    const nameVocabulary = new Vocabulary(nameWordCounts(entries));
    return new SearchIndex(repo, entries, vocabulary, nameVocabulary, performance.now() - start);
  }

  /** Results for what the citizen typed so far, best first. An empty query lists by the filters. */
  search(query: string, filters: CatalogueFilters = {}, limit = 20): SearchHit[] {
    const parsed = parseQuery(query, this.vocabulary, this.nameVocabulary);
    if (parsed.code) {
      return this.repo.byCode(parsed.code, filters, limit).map((id) => {
        const item = this.byId.get(id)!.item;
        return { ...item, nameParts: [{ text: item.name, hit: false }], why: { ...noReason(), byCode: true } };
      });
    }
    const counted = parsed.terms.filter((t) => !t.optional);
    if (parsed.terms.length === 0) return this.browse(filters).slice(0, limit).map(plainHit);
    const matches = this.candidates(parsed.terms, filters, limit)
      .map((c) => matchEntry(this.byId.get(c.id)!, parsed.terms, c.rank))
      .filter((m) => m.matched > 0 || counted.length === 0)
      .sort(compareMatches)
      .slice(0, limit);
    return matches.map((m) => ({ ...m.entry.item, nameParts: highlightName(m.entry.item.name, m.shown), why: m.why }));
  }

  /**
   * Candidates in widening steps, stopping once there are enough to fill the page:
   * 1. all words anywhere, ranked by bm25 (name-weighted) when that is a manageable set; when it is
   *    not (first keystrokes, very common words), all words in the name or citizen words first, then
   *    all words anywhere, each in the fixed order (index-repository.ts), since bm25 over thousands of
   *    rows costs more than a keystroke may;
   * 2. all words but one (three words or more), fixed order;
   * 3. any word, fixed order, only when nothing was found yet or the query has at most two words: for
   *    longer queries one matching word is noise.
   * Every step's entries outrank the next step's under compareMatches (more words matched, more of
   * them in the name), so stopping early loses nothing the page would show.
   */
  private candidates(terms: readonly QueryTerm[], filters: CatalogueFilters, limit: number): Candidate[] {
    const pool = Math.max(CANDIDATE_POOL, limit);
    const found = new Map<number, Candidate>();
    const add = (rows: Candidate[]): void => {
      for (const c of rows) if (!found.has(c.id)) found.set(c.id, c);
    };
    const fixed = (match: string | undefined): void => {
      if (match && found.size < limit) add(this.repo.unrankedCandidates(match, filters, pool));
    };
    const all = allTermsExpression(terms, false);
    if (all && this.repo.count(all, RANKED_MAX + 1) <= RANKED_MAX) add(this.repo.candidates(all, filters, pool));
    else {
      fixed(allTermsExpression(terms, true));
      fixed(all);
    }
    fixed(allButOneExpression(terms));
    const counted = terms.filter((t) => !t.optional).length;
    if (found.size === 0 || counted <= 2) fixed(anyTermExpression(terms));
    return [...found.values()];
  }

  /** Entries passing the filters: essential services first (by number), then by name. */
  browse(filters: CatalogueFilters = {}): CatalogueItem[] {
    return this.repo
      .filtered(filters)
      .map((id) => this.byId.get(id)!.item)
      .sort(
        (a, b) =>
          (a.essentialService ?? Infinity) - (b.essentialService ?? Infinity) || a.name.localeCompare(b.name, 'vi'),
      );
  }

  sizeBytes(): number {
    return this.repo.sizeBytes();
  }

  close(): void {
    this.repo.close();
  }
}

const noReason = () => ({ inName: [], citizenWords: [], inText: [], corrections: [], byCode: false });
const plainHit = (item: CatalogueItem): SearchHit => ({ ...item, nameParts: [{ text: item.name, hit: false }], why: noReason() });

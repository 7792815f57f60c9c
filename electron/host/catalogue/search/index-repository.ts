import Database from 'better-sqlite3';
import type { CatalogueFilters } from '../../../api/catalogue';
import type { IndexEntry } from './index-entry';

/**
 * All SQL of the catalogue's search index, which is its own SQLite database (in memory by default: it
 * is derived from the content pack and rebuilt whenever the pack changes).
 * Texts are stored already folded to ASCII (search/fold.ts), because unicode61's remove_diacritics
 * does not fold đ (design/environment.md); prefix indexes make the first keystrokes cheap.
 */
const SCHEMA = `
  CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    code TEXT,
    sector TEXT NOT NULL,
    level TEXT,
    fully_online INTEGER NOT NULL,
    essential INTEGER NOT NULL,
    fixed_order INTEGER NOT NULL
  );
  CREATE INDEX entries_code ON entries(code);
  CREATE INDEX entries_fixed_order ON entries(fixed_order);
  CREATE TABLE entry_events (event TEXT NOT NULL, entry INTEGER NOT NULL, PRIMARY KEY (event, entry)) WITHOUT ROWID;
  CREATE VIRTUAL TABLE entry_text USING fts5(name, words, body, tokenize = 'unicode61', prefix = '1 2 3');
  CREATE VIRTUAL TABLE entry_vocab USING fts5vocab(entry_text, 'row');
`;

const FILTER = `
  (@sector IS NULL OR e.sector = @sector)
  AND (@level IS NULL OR e.level = @level)
  AND (@online IS NULL OR e.fully_online = @online)
  AND (@event IS NULL OR EXISTS (SELECT 1 FROM entry_events v WHERE v.event = @event AND v.entry = e.id))`;

/**
 * bm25 with column weights name 10, citizen words 8, body 1, set as the table's default rank so that
 * "ORDER BY rank LIMIT n" lets FTS5 keep only the best n rows (FTS5 docs §"Sorting by auxiliary
 * function results").
 */
const RANK = `INSERT INTO entry_text (entry_text, rank) VALUES ('rank', 'bm25(10.0, 8.0, 1.0)')`;
/*
 * The text table's rowids ARE the fixed order (fixed_order + 1): FTS5 returns matches in rowid order, so
 * "ORDER BY rowid LIMIT n" stops after n matches instead of sorting every match of a first keystroke
 * (the real catalogue with its full texts has thousands). Rows are mapped back to entry ids in JS.
 */
const CANDIDATES_ANY = `
  SELECT rowid AS row, rank FROM entry_text WHERE entry_text MATCH @match ORDER BY rank LIMIT @limit`;
/**
 * For expressions that match much of the catalogue (first keystrokes, very common words), where bm25
 * over every match costs more than a keystroke may (≈4 µs a row): a fixed order instead, essential
 * services first, then what this ward does, then shorter names (the words are a larger part of them),
 * then A–Z: the kinds of service in the order compareMatches (rank.ts) gives them.
 */
const UNRANKED_ANY = `
  SELECT rowid AS row, 0 AS rank FROM entry_text WHERE entry_text MATCH @match ORDER BY rowid LIMIT @limit`;
const UNRANKED_FILTERED = `
  SELECT entry_text.rowid AS row, 0 AS rank
  FROM entry_text JOIN entries e ON e.fixed_order = entry_text.rowid - 1
  WHERE entry_text MATCH @match AND ${FILTER}
  ORDER BY entry_text.rowid LIMIT @limit`;
/** How many entries match, counted only up to `cap` (the caller only asks "more than cap?"). */
const COUNT = `SELECT count(*) AS n FROM (SELECT rowid FROM entry_text WHERE entry_text MATCH @match LIMIT @cap)`;
const CANDIDATES_FILTERED = `
  SELECT entry_text.rowid AS row, entry_text.rank AS rank
  FROM entry_text JOIN entries e ON e.fixed_order = entry_text.rowid - 1
  WHERE entry_text MATCH @match AND ${FILTER}
  ORDER BY entry_text.rank LIMIT @limit`;

/** A text-table row as SQLite returns it: its rowid (the fixed order + 1) and bm25 rank. */
interface Row {
  readonly row: number;
  readonly rank: number;
}

export interface Candidate {
  readonly id: number;
  /** bm25 rank: lower is better. */
  readonly rank: number;
}

interface FilterParams {
  sector: string | null;
  level: string | null;
  online: number | null;
  event: string | null;
}

export class IndexRepository {
  private readonly db: Database.Database;
  private readonly candidatesStmt: Database.Statement<FilterParams & { match: string; limit: number }, Row>;
  private readonly candidatesAnyStmt: Database.Statement<{ match: string; limit: number }, Row>;
  private readonly unrankedStmt: Database.Statement<FilterParams & { match: string; limit: number }, Row>;
  private readonly unrankedAnyStmt: Database.Statement<{ match: string; limit: number }, Row>;
  private readonly countStmt: Database.Statement<{ match: string; cap: number }, { n: number }>;
  /** Entry id of each text row (index: rowid). */
  private idAtRow: number[] = [];
  private readonly filteredStmt: Database.Statement<FilterParams, { id: number }>;
  private readonly codeStmt: Database.Statement<FilterParams & { code: string; limit: number }, { id: number }>;

  /** `file` defaults to an in-memory database. */
  constructor(entries: readonly IndexEntry[], file = ':memory:') {
    this.db = new Database(file);
    this.db.pragma('journal_mode = OFF');
    this.db.exec(SCHEMA);
    this.insert(entries);
    this.candidatesStmt = this.db.prepare(CANDIDATES_FILTERED);
    this.candidatesAnyStmt = this.db.prepare(CANDIDATES_ANY);
    this.unrankedStmt = this.db.prepare(UNRANKED_FILTERED);
    this.unrankedAnyStmt = this.db.prepare(UNRANKED_ANY);
    this.countStmt = this.db.prepare(COUNT);
    this.filteredStmt = this.db.prepare(`SELECT e.id AS id FROM entries e WHERE ${FILTER}`);
    this.codeStmt = this.db.prepare(`SELECT e.id AS id FROM entries e WHERE e.code LIKE @code || '%' AND ${FILTER} ORDER BY e.code LIMIT @limit`);
  }

  private insert(entries: readonly IndexEntry[]): void {
    const row = this.db.prepare(
      'INSERT INTO entries (id, code, sector, level, fully_online, essential, fixed_order) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const event = this.db.prepare('INSERT OR IGNORE INTO entry_events (event, entry) VALUES (?, ?)');
    const text = this.db.prepare('INSERT INTO entry_text (rowid, name, words, body) VALUES (?, ?, ?, ?)');
    const ordered = fixedOrder(entries);
    const order = new Map(ordered.map((e, i) => [e.id, i]));
    this.idAtRow = [0, ...ordered.map((e) => e.id)];
    this.db.transaction(() => {
      for (const e of entries) {
        row.run(e.id, e.code ?? null, e.item.sector, e.item.level ?? null, e.fullyOnline ? 1 : 0, e.item.essentialService ? 1 : 0, order.get(e.id)!);
        for (const ev of e.item.lifeEvents) event.run(ev, e.id);
        text.run(order.get(e.id)! + 1, e.nameText, e.wordsText, e.bodyText);
      }
    })();
    this.db.exec(`INSERT INTO entry_text (entry_text) VALUES ('optimize')`);
    this.db.exec(RANK);
  }

  /** Entries matching an FTS5 expression and the filters, best bm25 first. */
  candidates(match: string, filters: CatalogueFilters, limit: number): Candidate[] {
    const p = params(filters);
    const rows = noFilter(p) ? this.candidatesAnyStmt.all({ match, limit }) : this.candidatesStmt.all({ ...p, match, limit });
    return this.toCandidates(rows);
  }

  /** How many entries match an FTS5 expression, filters aside, counted up to `cap` (cheap: no ranking). */
  count(match: string, cap: number): number {
    return this.countStmt.get({ match, cap })?.n ?? 0;
  }

  /** Entries matching an FTS5 expression and the filters in the fixed order (essential, short names, A–Z). */
  unrankedCandidates(match: string, filters: CatalogueFilters, limit: number): Candidate[] {
    const p = params(filters);
    const rows = noFilter(p) ? this.unrankedAnyStmt.all({ match, limit }) : this.unrankedStmt.all({ ...p, match, limit });
    return this.toCandidates(rows);
  }

  private toCandidates(rows: readonly Row[]): Candidate[] {
    return rows.map((r) => ({ id: this.idAtRow[r.row]!, rank: r.rank }));
  }

  /** Ids of all entries passing the filters (browse). */
  filtered(filters: CatalogueFilters): number[] {
    return this.filteredStmt.all(params(filters)).map((r) => r.id);
  }

  /** Entries whose procedure code starts with `code`. */
  byCode(code: string, filters: CatalogueFilters, limit: number): number[] {
    return this.codeStmt.all({ ...params(filters), code: code.replace(/[%_]/g, ''), limit }).map((r) => r.id);
  }

  /** Every indexed word with the number of entries containing it. */
  vocabulary(): [string, number][] {
    return this.db.prepare<[], { term: string; doc: number }>('SELECT term, doc FROM entry_vocab').all().map((r) => [r.term, r.doc]);
  }

  /** Database size in bytes (page_count × page_size). */
  sizeBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Essential services first, then what this ward does (rules 5–6 of compareMatches, rank.ts), then shorter
 * names (the query's words are a larger part of them), then A–Z.
 */
function fixedOrder(entries: readonly IndexEntry[]): IndexEntry[] {
  const essential = (e: IndexEntry): number => (e.item.essentialService !== undefined ? 0 : 1);
  return [...entries].sort(
    (a, b) =>
      essential(a) - essential(b) ||
      Number(b.doneAtWard) - Number(a.doneAtWard) ||
      a.nameText.length - b.nameText.length ||
      (a.nameText < b.nameText ? -1 : a.nameText > b.nameText ? 1 : 0),
  );
}

const noFilter = (p: FilterParams): boolean => p.sector === null && p.level === null && p.online === null && p.event === null;

function params(f: CatalogueFilters): FilterParams {
  return {
    sector: f.sector ?? null,
    level: f.level ?? null,
    online: f.fullyOnline ? 1 : null, // unchecked means "any", not "only partly online"
    event: f.lifeEvent ?? null,
  };
}

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Db } from '../../storage/database';
import { entryHash, GENESIS_HASH, verifyChain, type AuditAnchor, type AuditEntry, type ChainVerdict } from './audit-chain';

/** Who did it: "staff:<account id>", "cli" or "system". Never a name. */
export type AuditActor = `staff:${number}` | 'cli' | 'system';

/** Which page of the log `AuditLog.page` returns. */
export interface AuditPageQuery {
  /** Only entries with a smaller sequence number (absent: start at the newest). */
  readonly beforeSeq?: number;
  /** At most this many entries (the caller bounds it; the contract allows 1..200). */
  readonly limit: number;
  /** Only actions starting with this text (absent or empty: every action). */
  readonly actionPrefix?: string;
}

/** Details must be codes, counts and ids: never a citizen's name, ID or phone (privacy.md §2). */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

const toEntry = (r: Row): AuditEntry => ({
  seq: r.seq, at: r.at, actor: r.actor, action: r.action, subject: r.subject, details: r.details, prevHash: r.prev_hash, hash: r.hash,
});

/**
 * The append-only, hash-chained audit log. Appends run in an IMMEDIATE transaction, so the core and a
 * CLI command writing at the same time still form one chain. The head (seq, hash) is also written to
 * an anchor file beside the database, so deleting the newest entries is detected too.
 */
export class AuditLog {
  constructor(
    private readonly db: Db,
    /** Anchor file path; null: keep no anchor (in-memory databases, tests). */
    private readonly anchorFile: string | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  append(actor: AuditActor, action: string, subject: string | null, details: AuditDetails = {}): AuditEntry {
    const json = JSON.stringify(details);
    return this.db
      .transaction(() => {
        const last = this.db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
        // The anchor must name the head we are about to extend. If it does not, entries were deleted or
        // rewritten behind the log's back: the entry is still written (nothing is lost), but the anchor
        // stays where it was so that `audit verify` keeps reporting the break instead of it being papered over.
        const anchorHolds = this.anchorFile === null || anchorNames(this.readAnchor(), last);
        const seq = (last?.seq ?? 0) + 1;
        const prevHash = last?.hash ?? GENESIS_HASH;
        const base = { seq, at: this.now().toISOString(), actor, action, subject, details: json };
        const hash = entryHash(prevHash, base);
        this.db
          .prepare('INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(seq, base.at, actor, action, subject, json, prevHash, hash);
        // Written while the write lock is held, so anchors from two processes land in chain order.
        if (anchorHolds) this.writeAnchor({ seq, hash });
        else console.warn('[audit] the audit log does not match its anchor: entries were removed or rewritten; run `kiosk audit verify`');
        return { ...base, prevHash, hash };
      })
      .immediate();
  }

  verify(): ChainVerdict {
    const rows = this.db.prepare<[], Row>('SELECT * FROM audit_log ORDER BY seq').iterate();
    const entries = (function* () {
      for (const r of rows) yield toEntry(r);
    })();
    return verifyChain(entries, this.anchorFile === null ? undefined : this.readAnchor());
  }

  /** The newest entry of an action whose details match `where` (e.g. the last export of a period). */
  lastOf(action: string, where: Readonly<Record<string, string>> = {}): AuditEntry | null {
    const rows = this.db.prepare<[string], Row>('SELECT * FROM audit_log WHERE action = ? ORDER BY seq DESC').iterate(action);
    for (const r of rows) {
      const d = JSON.parse(r.details) as Record<string, unknown>;
      if (Object.entries(where).every(([k, v]) => d[k] === v)) return toEntry(r);
    }
    return null;
  }

  head(): AuditAnchor | null {
    const last = this.db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    return last ?? null;
  }

  entries(limit = 100): AuditEntry[] {
    return this.db.prepare<[number], Row>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit).map(toEntry);
  }

  /**
   * One page of the log, newest first: entries older than `beforeSeq` (all when absent) whose action
   * starts with `actionPrefix`, at most `limit` of them. `nextBeforeSeq` is the `beforeSeq` of the next
   * (older) page, or null when there is none. The prefix is compared literally (substr, not LIKE, so
   * "_" and "%" are not wildcards and case matters, as in the action codes).
   */
  page(query: AuditPageQuery): { entries: AuditEntry[]; nextBeforeSeq: number | null } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.beforeSeq !== undefined) {
      where.push('seq < ?');
      params.push(query.beforeSeq);
    }
    if (query.actionPrefix) {
      where.push('substr(action, 1, length(?)) = ?');
      params.push(query.actionPrefix, query.actionPrefix);
    }
    const sql = `SELECT * FROM audit_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
    // One row more than asked tells whether an older page exists without a second query.
    const rows = this.db.prepare<(string | number)[], Row>(sql).all(...params, query.limit + 1);
    const entries = rows.slice(0, query.limit).map(toEntry);
    const more = rows.length > query.limit && entries.length > 0;
    return { entries, nextBeforeSeq: more ? entries[entries.length - 1]!.seq : null };
  }

  private readAnchor(): AuditAnchor | null {
    if (this.anchorFile === null) return null;
    try {
      const raw = JSON.parse(readFileSync(this.anchorFile, 'utf8')) as Partial<AuditAnchor>;
      return typeof raw.seq === 'number' && typeof raw.hash === 'string' ? { seq: raw.seq, hash: raw.hash } : null;
    } catch {
      return null;
    }
  }

  private writeAnchor(anchor: AuditAnchor): void {
    if (this.anchorFile === null) return;
    const temp = `${this.anchorFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(anchor) + '\n', { mode: 0o600 });
    renameSync(temp, this.anchorFile);
  }
}

/** Whether the anchor names this head (both absent for an empty log). */
function anchorNames(anchor: AuditAnchor | null, head: { seq: number; hash: string } | undefined): boolean {
  if (!head) return anchor === null || anchor.seq === 0;
  return anchor !== null && anchor.seq === head.seq && anchor.hash === head.hash;
}

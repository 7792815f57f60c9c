import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Db } from '../../storage/database';
import type { AuditKey } from '../keys/audit-key';
import { anchorIsAuthentic, entryHash, GENESIS_HASH, KEYED_CHAIN_STARTED, signAnchor, verifyChain, type AuditEntry, type AuditHead, type ChainVerdict, type SignedAnchor } from './audit-chain';

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

export interface AuditLogOptions {
  /** Anchor file path; null: keep no anchor (in-memory databases, tests). */
  readonly anchorFile: string | null;
  /** The chain's HMAC key (keys/audit-key.ts). */
  readonly key: AuditKey;
  readonly now?: () => Date;
}

/**
 * The append-only audit log, chained with an HMAC under the audit key. Appends run in an IMMEDIATE
 * transaction, so the core and a CLI command writing at the same time still form one chain. The head
 * (seq, hash, start of the keyed chain) is also written, MACed, to an anchor file beside the database,
 * so deleting the newest entries, or appending behind the kiosk's back, is detected too.
 */
export class AuditLog {
  private readonly db: Db;
  private readonly anchorFile: string | null;
  private readonly key: Buffer;
  private readonly now: () => Date;

  constructor(db: Db, options: AuditLogOptions) {
    this.db = db;
    this.anchorFile = options.anchorFile;
    this.key = options.key.secret;
    this.now = options.now ?? (() => new Date());
    // The audit key was just made: an existing (unkeyed) log starts its keyed chain now, once, with
    // an entry that records how many unkeyed entries precede it and whether they were intact.
    if (options.key.created && this.head()) this.migrate();
  }

  append(actor: AuditActor, action: string, subject: string | null, details: AuditDetails = {}): AuditEntry {
    return this.write(actor, action, subject, details, false);
  }

  private write(actor: AuditActor, action: string, subject: string | null, details: AuditDetails, migrating: boolean): AuditEntry {
    const json = JSON.stringify(details);
    return this.db
      .transaction(() => {
        const last = this.db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
        const anchor = this.readAnchor();
        // The anchor must name the head we are about to extend. If it does not, entries were deleted,
        // rewritten or appended behind the log's back: the entry is still written (nothing is lost), but
        // the anchor stays where it was, so `audit verify` keeps failing instead of it being papered over.
        const anchorHolds = this.anchorFile === null || migrating || this.anchorNames(anchor, last);
        const seq = (last?.seq ?? 0) + 1;
        const prevHash = last?.hash ?? GENESIS_HASH;
        const base = { seq, at: this.now().toISOString(), actor, action, subject, details: json };
        const hash = entryHash(prevHash, base, this.key);
        this.db
          .prepare('INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(seq, base.at, actor, action, subject, json, prevHash, hash);
        // Written while the write lock is held, so anchors from two processes land in chain order.
        if (anchorHolds) this.writeAnchor({ seq, hash, keyedFrom: migrating ? seq : (anchor?.keyedFrom ?? seq) });
        else console.warn('[audit] the audit log does not match its anchor: entries were removed, rewritten or appended behind its back; run `kiosk audit verify`');
        return { ...base, prevHash, hash };
      })
      .immediate();
  }

  private migrate(): void {
    const legacy = verifyChain(this.rows(), undefined, this.key);
    const head = this.head()!;
    const old = this.readLegacyAnchor();
    const legacyAnchor = this.anchorFile === null ? 'none' : !old ? 'missing' : old.seq === head.seq && old.hash === head.hash ? 'matched' : 'mismatched';
    this.write('system', KEYED_CHAIN_STARTED, null, { unkeyedEntries: head.seq, unkeyedChain: legacy.ok ? 'intact' : `broken at #${legacy.seq}: ${legacy.problem}`, unkeyedAnchor: legacyAnchor }, true);
  }

  verify(): ChainVerdict {
    return verifyChain(this.rows(), this.anchorFile === null ? undefined : this.readAnchor(), this.key);
  }

  private *rows(): Generator<AuditEntry> {
    for (const r of this.db.prepare<[], Row>('SELECT * FROM audit_log ORDER BY seq').iterate()) yield toEntry(r);
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

  head(): AuditHead | null {
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

  /** The anchor file as written by this version (MACed), or null when absent or not in that form. */
  private readAnchor(): SignedAnchor | null {
    const raw = this.readAnchorJson();
    return raw && typeof raw.seq === 'number' && typeof raw.hash === 'string' && typeof raw.keyedFrom === 'number' && typeof raw.mac === 'string'
      ? { seq: raw.seq, hash: raw.hash, keyedFrom: raw.keyedFrom, mac: raw.mac }
      : null;
  }

  /** The unkeyed anchor of a log from before the keyed chain ({ seq, hash }). */
  private readLegacyAnchor(): { seq: number; hash: string } | null {
    const raw = this.readAnchorJson();
    return raw && typeof raw.seq === 'number' && typeof raw.hash === 'string' ? { seq: raw.seq, hash: raw.hash } : null;
  }

  private readAnchorJson(): Partial<SignedAnchor> | null {
    if (this.anchorFile === null) return null;
    try {
      return JSON.parse(readFileSync(this.anchorFile, 'utf8')) as Partial<SignedAnchor>;
    } catch {
      return null;
    }
  }

  private writeAnchor(anchor: { seq: number; hash: string; keyedFrom: number }): void {
    if (this.anchorFile === null) return;
    const temp = `${this.anchorFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(signAnchor(anchor, this.key)) + '\n', { mode: 0o600 });
    renameSync(temp, this.anchorFile);
  }

  /** Whether the (authentic) anchor names this head (both absent for an empty log). */
  private anchorNames(anchor: SignedAnchor | null, head: { seq: number; hash: string } | undefined): boolean {
    if (!head) return anchor === null || anchor.seq === 0;
    return anchor !== null && anchorIsAuthentic(anchor, this.key) && anchor.seq === head.seq && anchor.hash === head.hash;
  }
}

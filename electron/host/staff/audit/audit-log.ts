import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Db } from '../../storage/database';
import { entryHash, GENESIS_HASH, verifyChain, type AuditAnchor, type AuditEntry, type ChainVerdict } from './audit-chain';

/** Who did it: "staff:<account id>", "cli" or "system". Never a name. */
export type AuditActor = `staff:${number}` | 'cli' | 'system';

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
        const seq = (last?.seq ?? 0) + 1;
        const prevHash = last?.hash ?? GENESIS_HASH;
        const base = { seq, at: this.now().toISOString(), actor, action, subject, details: json };
        const hash = entryHash(prevHash, base);
        this.db
          .prepare('INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(seq, base.at, actor, action, subject, json, prevHash, hash);
        // Written while the write lock is held, so anchors from two processes land in chain order.
        this.writeAnchor({ seq, hash });
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

import { createHash } from 'node:crypto';

/** One audit entry as stored. `details` is JSON text; it never holds personal data. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subject: string | null;
  readonly details: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** The previous hash of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over the previous hash and the entry's fields, encoded as a JSON array so no field can
 * bleed into the next ("a|b" + "c" vs "a" + "b|c").
 */
export function entryHash(prevHash: string, e: Pick<AuditEntry, 'seq' | 'at' | 'actor' | 'action' | 'subject' | 'details'>): string {
  const canonical = JSON.stringify([prevHash, e.seq, e.at, e.actor, e.action, e.subject, e.details]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The last entry a verifier was told about (kept outside the database: see AuditLog). */
export interface AuditAnchor {
  readonly seq: number;
  readonly hash: string;
}

export type ChainProblem =
  | 'hash-mismatch' // the entry's fields were edited (its own hash no longer matches)
  | 'prev-mismatch' // the entry before it was replaced or edited along with its hash
  | 'missing' // an entry (at `seq`) was deleted
  | 'anchor-mismatch' // the head differs from the anchor: the chain was rewritten
  | 'anchor-missing'; // there are entries but the anchor file is gone

export type ChainVerdict =
  | { readonly ok: true; readonly entries: number; readonly head: AuditAnchor | null }
  | { readonly ok: false; readonly entries: number; readonly seq: number; readonly problem: ChainProblem };

/**
 * Walks the chain in `seq` order and names the first entry that breaks it. With an anchor, deleting
 * the newest entries (which leaves a valid shorter chain) or rewriting the whole chain is caught too.
 * `anchor` undefined: no anchor is kept (tests, in-memory); null: it should exist but does not.
 */
export function verifyChain(entries: Iterable<AuditEntry>, anchor: AuditAnchor | null | undefined): ChainVerdict {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  let hashAtAnchor: string | null = null;
  for (const e of entries) {
    if (e.seq !== expectedSeq) return { ok: false, entries: count, seq: expectedSeq, problem: 'missing' };
    if (e.prevHash !== prev) return { ok: false, entries: count, seq: e.seq, problem: 'prev-mismatch' };
    if (entryHash(prev, e) !== e.hash) return { ok: false, entries: count, seq: e.seq, problem: 'hash-mismatch' };
    prev = e.hash;
    if (anchor && e.seq === anchor.seq) hashAtAnchor = e.hash;
    expectedSeq++;
    count++;
  }
  const head = count > 0 ? { seq: count, hash: prev } : null;
  if (anchor === undefined) return { ok: true, entries: count, head };
  if (anchor === null) return count === 0 ? { ok: true, entries: 0, head } : { ok: false, entries: count, seq: count, problem: 'anchor-missing' };
  if (anchor.seq > count) return { ok: false, entries: count, seq: count + 1, problem: 'missing' };
  // The anchored entry must still be the one anchored, even when entries follow it (another process
  // appended after the anchor was read, or someone deleted the newest entries and new ones were
  // appended in their place: AuditLog then leaves the anchor where it was, so this keeps failing).
  if (anchor.seq > 0 && hashAtAnchor !== anchor.hash) return { ok: false, entries: count, seq: anchor.seq, problem: 'anchor-mismatch' };
  return { ok: true, entries: count, head };
}

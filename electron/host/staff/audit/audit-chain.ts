import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

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

/** The entry that starts the keyed chain of a log that had unkeyed entries (written once, at migration). */
export const KEYED_CHAIN_STARTED = 'audit.keyedChainStarted';

type Hashed = Pick<AuditEntry, 'seq' | 'at' | 'actor' | 'action' | 'subject' | 'details'>;

/** The fields, as a JSON array so no field can bleed into the next ("a|b" + "c" vs "a" + "b|c"). */
const canonical = (prevHash: string, e: Hashed) => JSON.stringify([prevHash, e.seq, e.at, e.actor, e.action, e.subject, e.details]);

/**
 * HMAC-SHA-256 under the audit key (keys/audit-key.ts) over the previous hash and the entry. Keyed so
 * that whoever can write the database but does not hold the key cannot append a forged entry or
 * re-chain an edited log (issue 14, item 3: an unkeyed SHA-256 chain was recomputed by an attacker).
 */
export function entryHash(prevHash: string, e: Hashed, key: Uint8Array): string {
  return createHmac('sha256', key).update(canonical(prevHash, e), 'utf8').digest('hex');
}

/** The unkeyed SHA-256 of entries written before the keyed chain started (checked, never written). */
export function legacyEntryHash(prevHash: string, e: Hashed): string {
  return createHash('sha256').update(canonical(prevHash, e), 'utf8').digest('hex');
}

/** The newest entry of the chain. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** The head the kiosk last wrote, kept outside the database and MACed with the audit key. */
export interface AuditAnchor extends AuditHead {
  /** The first keyed entry (1 for a log that was keyed from its start). */
  readonly keyedFrom: number;
}

export interface SignedAnchor extends AuditAnchor {
  readonly mac: string;
}

export function signAnchor(a: AuditAnchor, key: Uint8Array): SignedAnchor {
  return { ...a, mac: anchorMac(a, key) };
}

const anchorMac = (a: AuditAnchor, key: Uint8Array) => createHmac('sha256', key).update(`kiosk-audit-anchor v2|${a.seq}|${a.hash}|${a.keyedFrom}`).digest('hex');

export function anchorIsAuthentic(a: SignedAnchor, key: Uint8Array): boolean {
  const expected = Buffer.from(anchorMac(a, key));
  const given = Buffer.from(a.mac);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type ChainProblem =
  | 'hash-mismatch' // the entry's fields were edited, or it was written without the audit key
  | 'prev-mismatch' // the entry before it was replaced or edited along with its hash
  | 'missing' // an entry (at `seq`) was deleted
  | 'anchor-mismatch' // the anchored entry differs from the anchor: the chain was rewritten
  | 'anchor-missing' // there are entries but the anchor file is gone
  | 'anchor-forged' // the anchor was not written with the audit key
  | 'after-anchor'; // entries follow the anchor that the kiosk did not anchor (appended behind its back)

export type ChainVerdict =
  | { readonly ok: true; readonly entries: number; readonly head: AuditHead | null; readonly keyedFrom: number }
  | { readonly ok: false; readonly entries: number; readonly seq: number; readonly problem: ChainProblem };

/**
 * Walks the chain in `seq` order and names the first entry that breaks it. Unkeyed (SHA-256) entries
 * are accepted only BEFORE the first keyed one, i.e. those written before the migration; every later
 * entry must carry the key's HMAC. With an anchor (`anchor` undefined: none is kept; null: it should
 * exist but does not), the anchor must be authentic and name exactly the head: a deleted tail, a
 * rewritten chain and any entry appended after it all fail, never merely warn.
 */
export function verifyChain(entries: Iterable<AuditEntry>, anchor: SignedAnchor | null | undefined, key: Uint8Array): ChainVerdict {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  let keyedFrom = 0;
  let hashAtAnchor: string | null = null;
  for (const e of entries) {
    if (e.seq !== expectedSeq) return { ok: false, entries: count, seq: expectedSeq, problem: 'missing' };
    if (e.prevHash !== prev) return { ok: false, entries: count, seq: e.seq, problem: 'prev-mismatch' };
    if (entryHash(prev, e, key) === e.hash) keyedFrom ||= e.seq;
    else if (keyedFrom !== 0 || legacyEntryHash(prev, e) !== e.hash) return { ok: false, entries: count, seq: e.seq, problem: 'hash-mismatch' };
    prev = e.hash;
    if (anchor && e.seq === anchor.seq) hashAtAnchor = e.hash;
    expectedSeq++;
    count++;
  }
  const head = count > 0 ? { seq: count, hash: prev } : null;
  keyedFrom ||= count + 1;
  if (anchor === undefined) return { ok: true, entries: count, head, keyedFrom };
  if (anchor === null) return count === 0 ? { ok: true, entries: 0, head, keyedFrom } : { ok: false, entries: count, seq: count, problem: 'anchor-missing' };
  if (!anchorIsAuthentic(anchor, key)) return { ok: false, entries: count, seq: Math.min(anchor.seq, count), problem: 'anchor-forged' };
  if (anchor.seq > count) return { ok: false, entries: count, seq: count + 1, problem: 'missing' };
  if (anchor.seq > 0 && hashAtAnchor !== anchor.hash) return { ok: false, entries: count, seq: anchor.seq, problem: 'anchor-mismatch' };
  if (count > anchor.seq) return { ok: false, entries: anchor.seq, seq: anchor.seq + 1, problem: 'after-anchor' };
  // Where the keyed part starts is anchored too: unkeyed entries cannot be slipped in as "old" ones.
  if (anchor.seq > 0 && anchor.keyedFrom !== keyedFrom) return { ok: false, entries: count, seq: Math.min(anchor.keyedFrom, keyedFrom), problem: 'anchor-mismatch' };
  return { ok: true, entries: count, head, keyedFrom };
}

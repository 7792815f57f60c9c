import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, legacyEntryHash, signAnchor, verifyChain, type AuditEntry } from './audit-chain';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 9);

/** `n` entries; the first `unkeyed` of them with the old SHA-256, the rest with the key's HMAC. */
function chain(n: number, unkeyed = 0, key: Buffer = KEY): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const base = { seq, at: `2026-11-20T08:00:0${seq % 10}.000Z`, actor: 'system', action: 'test', subject: null, details: JSON.stringify({ seq }) };
    const hash = seq <= unkeyed ? legacyEntryHash(prev, base) : entryHash(prev, base, key);
    out.push({ ...base, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

const anchorOf = (c: AuditEntry[], seq = c.length, keyedFrom = 1, key = KEY) => signAnchor({ seq, hash: c[seq - 1]!.hash, keyedFrom }, key);

describe('verifyChain (keyed)', () => {
  it('accepts an intact chain and reports its head', () => {
    const c = chain(5);
    expect(verifyChain(c, undefined, KEY)).toEqual({ ok: true, entries: 5, head: { seq: 5, hash: c[4]!.hash }, keyedFrom: 1 });
    expect(verifyChain(c, anchorOf(c), KEY).ok).toBe(true);
    expect(verifyChain([], null, KEY)).toEqual({ ok: true, entries: 0, head: null, keyedFrom: 1 });
  });

  it('finds an edited entry, and one re-hashed without the key', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, details: '{"seq":99}' };
    expect(verifyChain(c, undefined, KEY)).toEqual({ ok: false, entries: 2, seq: 3, problem: 'hash-mismatch' });
    const d = chain(5);
    const edited = { ...d[4]!, details: '{"seq":99}' };
    d[4] = { ...edited, hash: legacyEntryHash(edited.prevHash, edited) }; // what the attack did: a correct SHA-256
    expect(verifyChain(d, undefined, KEY)).toMatchObject({ ok: false, seq: 5, problem: 'hash-mismatch' });
  });

  it('finds an entry edited together with its own hash at the next entry', () => {
    const c = chain(5);
    const edited = { ...c[2]!, details: '{"seq":99}' };
    c[2] = { ...edited, hash: entryHash(edited.prevHash, edited, KEY) };
    expect(verifyChain(c, undefined, KEY)).toMatchObject({ ok: false, seq: 4, problem: 'prev-mismatch' });
  });

  it('finds a deleted entry in the middle and at the end', () => {
    const c = chain(5);
    expect(verifyChain([...c.slice(0, 2), ...c.slice(3)], undefined, KEY)).toMatchObject({ ok: false, seq: 3, problem: 'missing' });
    expect(verifyChain(c.slice(0, 4), anchorOf(c), KEY)).toMatchObject({ ok: false, seq: 5, problem: 'missing' });
  });

  it('fails on entries after the anchor, and on an anchor not made with the key', () => {
    const c = chain(5);
    expect(verifyChain(c, anchorOf(c, 3), KEY)).toMatchObject({ ok: false, seq: 4, problem: 'after-anchor' });
    expect(verifyChain(c, { ...anchorOf(c), hash: 'e'.repeat(64) }, KEY)).toMatchObject({ ok: false, problem: 'anchor-forged' });
    expect(verifyChain(c, anchorOf(c, 5, 1, OTHER_KEY), KEY)).toMatchObject({ ok: false, problem: 'anchor-forged' });
    expect(verifyChain(c, null, KEY)).toMatchObject({ ok: false, problem: 'anchor-missing' });
  });

  it('refuses a whole chain and anchor rewritten without the key', () => {
    const forged = chain(5, 0, OTHER_KEY);
    expect(verifyChain(forged, anchorOf(forged, 5, 1, OTHER_KEY), KEY)).toMatchObject({ ok: false, seq: 1, problem: 'hash-mismatch' });
    // Rewritten as an "old" unkeyed log instead: its anchor still needs the key.
    const unkeyed = chain(5, 5);
    expect(verifyChain(unkeyed, { seq: 5, hash: unkeyed[4]!.hash, keyedFrom: 6, mac: '0'.repeat(64) }, KEY)).toMatchObject({ ok: false, problem: 'anchor-forged' });
  });

  it('accepts unkeyed entries only before the keyed chain starts, where the anchor says it starts', () => {
    const migrated = chain(6, 3);
    expect(verifyChain(migrated, anchorOf(migrated, 6, 4), KEY)).toEqual({ ok: true, entries: 6, head: { seq: 6, hash: migrated[5]!.hash }, keyedFrom: 4 });
    expect(verifyChain(migrated, anchorOf(migrated, 6, 1), KEY)).toMatchObject({ ok: false, problem: 'anchor-mismatch' });
    // An unkeyed entry after a keyed one is a forgery, whatever its SHA-256.
    const c = chain(4);
    const tail = { seq: 5, at: '2026-11-20T09:00:00.000Z', actor: 'system', action: 'forged', subject: null, details: '{}', prevHash: c[3]!.hash };
    expect(verifyChain([...c, { ...tail, hash: legacyEntryHash(tail.prevHash, tail) }], undefined, KEY)).toMatchObject({ ok: false, seq: 5, problem: 'hash-mismatch' });
  });
});

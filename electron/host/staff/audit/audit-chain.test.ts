import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, verifyChain, type AuditEntry } from './audit-chain';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const base = { seq, at: `2026-11-20T08:00:0${seq % 10}.000Z`, actor: 'system', action: 'test', subject: null, details: JSON.stringify({ seq }) };
    const hash = entryHash(prev, base);
    out.push({ ...base, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const c = chain(5);
    expect(verifyChain(c, undefined)).toEqual({ ok: true, entries: 5, head: { seq: 5, hash: c[4]!.hash } });
    expect(verifyChain(c, { seq: 5, hash: c[4]!.hash }).ok).toBe(true);
    expect(verifyChain([], null)).toEqual({ ok: true, entries: 0, head: null });
  });

  it('finds an edited entry', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, details: '{"seq":99}' };
    expect(verifyChain(c, undefined)).toEqual({ ok: false, entries: 2, seq: 3, problem: 'hash-mismatch' });
  });

  it('finds an entry edited together with its own hash at the next entry', () => {
    const c = chain(5);
    const edited = { ...c[2]!, details: '{"seq":99}' };
    c[2] = { ...edited, hash: entryHash(edited.prevHash, edited) };
    expect(verifyChain(c, undefined)).toMatchObject({ ok: false, seq: 4, problem: 'prev-mismatch' });
  });

  it('finds a deleted entry in the middle and at the end', () => {
    const c = chain(5);
    expect(verifyChain([...c.slice(0, 2), ...c.slice(3)], undefined)).toMatchObject({ ok: false, seq: 3, problem: 'missing' });
    expect(verifyChain(c.slice(0, 4), { seq: 5, hash: c[4]!.hash })).toMatchObject({ ok: false, seq: 5, problem: 'missing' });
  });

  it('finds a rewritten chain through the anchor, and a lost anchor', () => {
    const c = chain(3);
    expect(verifyChain(c, { seq: 3, hash: 'f'.repeat(64) })).toMatchObject({ ok: false, seq: 3, problem: 'anchor-mismatch' });
    expect(verifyChain(c, null)).toMatchObject({ ok: false, problem: 'anchor-missing' });
  });

  it('accepts entries appended after the anchor, but not a replaced anchored entry', () => {
    const c = chain(5);
    expect(verifyChain(c, { seq: 3, hash: c[2]!.hash })).toMatchObject({ ok: true, entries: 5 });
    expect(verifyChain(c, { seq: 3, hash: 'e'.repeat(64) })).toMatchObject({ ok: false, seq: 3, problem: 'anchor-mismatch' });
  });
});

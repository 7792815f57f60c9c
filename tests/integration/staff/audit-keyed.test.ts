import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, legacyEntryHash } from '../../../electron/host/staff/audit/audit-chain';
import { auditKeyFile } from '../../../electron/host/staff/keys/audit-key';
import { createStaffServices } from '../../../electron/host/staff/staff-services';
import { makeWorld, signedIn, CHEAP_PINS, type StaffWorld, staffCli, dropAuditTriggers } from './support';

// Issue 14, item 3: the attacks on the audit chain that got through, on a real SQLite file and anchor.
let w: StaffWorld;
afterEach(() => w?.close());

const cli = staffCli;
const untrigger = dropAuditTriggers;
const head = (w: StaffWorld) => w.db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get()!;

/** Inserts an entry as an attacker with the database would: a correctly computed SHA-256 (or HMAC under `key`). */
function forge(w: StaffWorld, action: string, key?: Buffer): number {
  const last = head(w);
  const e = { seq: last.seq + 1, at: '2026-11-20T03:00:00.000Z', actor: 'staff:1', action, subject: 'account:1', details: '{}' };
  const hash = key ? entryHash(last.hash, e, key) : legacyEntryHash(last.hash, e);
  w.db.prepare('INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(e.seq, e.at, e.actor, e.action, e.subject, e.details, last.hash, hash);
  return e.seq;
}

async function someEntries(w: StaffWorld): Promise<void> {
  await signedIn(w, 'Lê Thu Hà', 'staff');
  await signedIn(w, 'Trần Văn Bình', 'volunteer');
}

describe('the keyed audit chain', () => {
  it('keeps its key outside the data folder, in a 0600 file', async () => {
    w = makeWorld();
    await someEntries(w);
    const file = auditKeyFile(w.config);
    expect(existsSync(file)).toBe(true);
    expect(file.startsWith(w.dataDir + '/')).toBe(false);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(w.dataDir, 'audit-anchor.json'), 'utf8')).toMatch(/"mac":"[0-9a-f]{64}"/);
  });

  it('fails on an appended forged entry, and keeps failing once the tail after it is deleted', async () => {
    w = makeWorld();
    await someEntries(w);
    untrigger(w);
    const forged = forge(w, 'account.pinReset');
    expect(w.s.audit.verify()).toMatchObject({ ok: false, seq: forged, problem: 'hash-mismatch' });
    expect(await cli(w, 'audit', 'verify')).toMatchObject({ code: 1, err: [expect.stringMatching(new RegExp(`^audit log BROKEN at entry #${forged}: hash-mismatch`))] });
    // The kiosk goes on logging after the forgery; then the attacker deletes those real entries.
    await signedIn(w, 'Đỗ Thị Cúc', 'staff');
    expect(w.logs.some((l) => /does not match its anchor/.test(l))).toBe(true);
    w.db.prepare('DELETE FROM audit_log WHERE seq > ?').run(forged);
    expect(w.s.audit.verify()).toMatchObject({ ok: false, problem: 'hash-mismatch' });
    expect((await cli(w, 'audit', 'verify')).code).toBe(1);
  });

  it('fails on an entry after the anchor even when it carries a valid HMAC (the kiosk did not write it)', async () => {
    w = makeWorld();
    await someEntries(w);
    const key = Buffer.from(JSON.parse(readFileSync(auditKeyFile(w.config), 'utf8')).secret, 'base64');
    const forged = forge(w, 'account.pinReset', key);
    expect(w.s.audit.verify()).toMatchObject({ ok: false, seq: forged, problem: 'after-anchor' });
    expect(await cli(w, 'audit', 'verify')).toMatchObject({ code: 1, err: [expect.stringMatching(/after-anchor/)] });
  });

  it('fails on the whole chain and its anchor rewritten without the key', async () => {
    w = makeWorld();
    await someEntries(w);
    untrigger(w);
    const rows = w.db.prepare<[], { seq: number; at: string; actor: string; action: string; subject: string | null; details: string }>('SELECT * FROM audit_log ORDER BY seq').all();
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const e = { ...r, details: r.action === 'staff.signedIn' ? '{"edited":true}' : r.details };
      const hash = legacyEntryHash(prev, e);
      w.db.prepare('UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(e.details, prev, hash, r.seq);
      prev = hash;
    }
    // The anchor rewritten too: the old format, then the new one with a made-up MAC.
    const anchor = join(w.dataDir, 'audit-anchor.json');
    writeFileSync(anchor, JSON.stringify({ seq: rows.length, hash: prev }));
    expect((await cli(w, 'audit', 'verify')).code).toBe(1);
    writeFileSync(anchor, JSON.stringify({ seq: rows.length, hash: prev, keyedFrom: rows.length + 1, mac: 'a'.repeat(64) }));
    expect(w.s.audit.verify()).toMatchObject({ ok: false, problem: 'anchor-forged' });
    expect((await cli(w, 'audit', 'verify')).code).toBe(1);
  });

  it('migrates an unkeyed log once, recording where the keyed chain starts', async () => {
    w = makeWorld();
    // A log written by the previous version: SHA-256 entries and a plain { seq, hash } anchor.
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++) {
      const e = { seq, at: `2026-11-0${seq}T02:00:00.000Z`, actor: 'cli', action: 'account.created', subject: `account:${seq}`, details: '{"role":"staff","team":""}' };
      const hash = legacyEntryHash(prev, e);
      w.db.prepare('INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(e.seq, e.at, e.actor, e.action, e.subject, e.details, prev, hash);
      prev = hash;
    }
    writeFileSync(join(w.dataDir, 'audit-anchor.json'), JSON.stringify({ seq: 3, hash: prev }));
    // The world's services already made the key (the log was empty then): retire it, as an upgrade finds none.
    const keyFile = auditKeyFile(w.config);
    rmSync(keyFile);
    const upgraded = createStaffServices({ db: w.db, config: w.config, pinParams: CHEAP_PINS });
    expect(upgraded.audit.entries(1)[0]).toMatchObject({ seq: 4, actor: 'system', action: 'audit.keyedChainStarted', details: '{"unkeyedEntries":3,"unkeyedChain":"intact","unkeyedAnchor":"matched"}' });
    expect(upgraded.audit.verify()).toMatchObject({ ok: true, entries: 4, keyedFrom: 4 });
    const v = await cli(w, 'audit', 'verify');
    expect(v).toMatchObject({ code: 0, out: [expect.stringMatching(/^audit log intact: 4 entries/), expect.stringMatching(/^keyed chain since #4; .*"unkeyedEntries":3/)] });
    // Opening it again (the key now exists) migrates nothing more, and new entries are keyed.
    const again = createStaffServices({ db: w.db, config: w.config, pinParams: CHEAP_PINS });
    again.audit.append('cli', 'account.created', 'account:4', {});
    expect(again.audit.verify()).toMatchObject({ ok: true, entries: 5, keyedFrom: 4 });
    expect(again.audit.entries(10).filter((e) => e.action === 'audit.keyedChainStarted')).toHaveLength(1);
    // An "unkeyed" entry slipped in after that is a forgery, not an old entry.
    untrigger(w);
    forge(w, 'account.pinReset');
    expect(again.audit.verify()).toMatchObject({ ok: false, seq: 6, problem: 'hash-mismatch' });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../storage/database';
import { AuditLog } from './audit-log';
import { auditEntryView, auditVerdictView, parseDetails } from './audit-view';

let dir: string;
let db: Db;
let log: AuditLog;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-audit-'));
  db = openDatabase(join(dir, 'kiosk.db'));
  let tick = Date.parse('2026-11-20T02:00:00Z');
  log = new AuditLog(db, { anchorFile: join(dir, 'audit-anchor.json'), key: { secret: Buffer.alloc(32, 3), created: false }, now: () => new Date((tick += 1000)) });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** 1 signedIn, 2 record.created, 3 signedIn, 4 record.created, … 10 record.created. */
function fill(n = 10): void {
  for (let i = 1; i <= n; i++) {
    if (i % 2 === 1) log.append('staff:1', 'staff.signedIn', 'account:1');
    else log.append('staff:1', 'record.created', `record:${i / 2}`, { goal: 'vneid-level1', source: 'chip', verdict: 'ready' });
  }
}

const seqs = (p: { entries: { seq: number }[] }) => p.entries.map((e) => e.seq);

describe('AuditLog.page', () => {
  it('pages newest first until no older entry is left', () => {
    fill();
    const first = log.page({ limit: 4 });
    expect(seqs(first)).toEqual([10, 9, 8, 7]);
    expect(first.nextBeforeSeq).toBe(7);
    const second = log.page({ limit: 4, beforeSeq: 7 });
    expect(seqs(second)).toEqual([6, 5, 4, 3]);
    const last = log.page({ limit: 4, beforeSeq: second.nextBeforeSeq! });
    expect(last).toMatchObject({ nextBeforeSeq: null });
    expect(seqs(last)).toEqual([2, 1]);
    // Exactly a page left: still no further page.
    expect(log.page({ limit: 2, beforeSeq: 3 }).nextBeforeSeq).toBeNull();
  });

  it('filters by a literal action prefix', () => {
    fill();
    log.append('system', 'staff_x', null); // "_" must not act as a LIKE wildcard
    const records = log.page({ limit: 3, actionPrefix: 'record.' });
    expect(seqs(records)).toEqual([10, 8, 6]);
    expect(records.nextBeforeSeq).toBe(6);
    expect(seqs(log.page({ limit: 50, actionPrefix: 'record.', beforeSeq: 6 }))).toEqual([4, 2]);
    expect(seqs(log.page({ limit: 50, actionPrefix: 'staff.' }))).toEqual([9, 7, 5, 3, 1]);
    expect(seqs(log.page({ limit: 50, actionPrefix: 'STAFF.' }))).toEqual([]);
    expect(seqs(log.page({ limit: 50, actionPrefix: 'staff_' }))).toEqual([11]);
    expect(log.page({ limit: 50, actionPrefix: 'nothing.' })).toEqual({ entries: [], nextBeforeSeq: null });
  });

  it('answers an empty log', () => {
    expect(log.page({ limit: 50 })).toEqual({ entries: [], nextBeforeSeq: null });
    expect(auditVerdictView(log.verify())).toEqual({ ok: true, entries: 0 });
  });
});

describe('the viewer verdict', () => {
  it('is intact, then names the entry edited with raw SQL', () => {
    fill();
    expect(auditVerdictView(log.verify())).toEqual({ ok: true, entries: 10 });
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = 'staff:2' WHERE seq = 4").run();
    expect(auditVerdictView(log.verify())).toEqual({ ok: false, atSeq: 4, reason: 'hash-mismatch' });
  });
});

describe('auditEntryView', () => {
  const names = (id: number) => (id === 1 ? 'Nguyễn Quản Trị' : null);

  it('names staff actors and parses the details', () => {
    log.append('staff:1', 'referral.created', 'referral:1', { kinds: ['sex', 'name'] });
    log.append('cli', 'account.created', 'account:2', { role: 'staff', team: 'Tổ 1' });
    log.append('staff:9', 'staff.signedIn', 'account:9');
    const [ghost, cli, staff] = log.page({ limit: 3 }).entries.map((e) => auditEntryView(e, names));
    expect(staff).toEqual({ seq: 1, at: '2026-11-20T02:00:01.000Z', actor: 'staff:1', actorName: 'Nguyễn Quản Trị', action: 'referral.created', subject: 'referral:1', details: { kinds: ['sex', 'name'] } });
    expect(cli).toMatchObject({ actor: 'cli', actorName: null, details: { role: 'staff', team: 'Tổ 1' } });
    expect(ghost).toMatchObject({ actor: 'staff:9', actorName: null, details: {} });
  });

  it('shows hand-edited details instead of failing', () => {
    expect(parseDetails('not json')).toEqual({});
    expect(parseDetails('[1,2]')).toEqual({});
    expect(parseDetails('{"a":{"b":1},"c":[1,"x"],"d":3,"e":null}')).toEqual({ a: '{"b":1}', c: '[1,"x"]', d: 3, e: null });
  });
});

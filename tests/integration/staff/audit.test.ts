import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorld, signedIn, type StaffWorld, staffCli, dropAuditTriggers } from './support';

let w: StaffWorld;
afterEach(() => w?.close());

async function busyDay(w: StaffWorld): Promise<void> {
  const { token } = await signedIn(w, 'Lê Thu Hà', 'staff');
  const citizen = { kind: 'manual', card: { idNumber: '001093012345', dateOfBirth: '1993-01-05', cardExpiry: null, cardKind: 'chip' } };
  const answers = { ownNameSim: 'yes', phone: 'nfc', vneidInstalled: 'yes', guardianPresent: null };
  const r = await w.call('staff.records.start', { token, citizen, answers, goal: 'portal-link', consent: true });
  await w.call('staff.records.markStep', { token, recordId: r.value.id, step: 'open-portal', outcome: 'done', reason: null });
  await w.call('staff.records.finish', { token, recordId: r.value.id });
  await w.call('staff.reports.generate', { token, period: { kind: 'previous-month' }, format: 'csv' });
}

const cli = staffCli;

const untrigger = dropAuditTriggers;

describe('the hash-chained audit log', () => {
  it('records sign-ins, record changes and exports, and refuses edits through SQLite', async () => {
    w = makeWorld();
    await busyDay(w);
    const actions = w.s.audit.entries(50).map((e) => e.action).reverse();
    expect(actions).toEqual(['account.created', 'staff.signedIn', 'record.created', 'record.stepMarked', 'record.closed', 'report.exported']);
    expect(() => w.db.prepare("UPDATE audit_log SET details = '{}' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => w.db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    expect(await cli(w, 'audit', 'verify')).toMatchObject({ code: 0, out: [expect.stringMatching(/^audit log intact: 6 entries, head #6 [0-9a-f]{64}$/)] });
  });

  it('names the edited entry', async () => {
    w = makeWorld();
    await busyDay(w);
    untrigger(w);
    w.db.prepare(`UPDATE audit_log SET details = '{"goal":"vneid-level1","source":"manual","verdict":"ready"}' WHERE seq = 3`).run();
    expect(w.s.audit.verify()).toEqual({ ok: false, entries: 2, seq: 3, problem: 'hash-mismatch' });
    expect(await cli(w, 'audit', 'verify')).toMatchObject({ code: 1, err: ['audit log BROKEN at entry #3: hash-mismatch (2 entries verified before it)'] });
  });

  it('names a deleted entry in the middle and at the end (through the anchor)', async () => {
    w = makeWorld();
    await busyDay(w);
    untrigger(w);
    w.db.prepare('DELETE FROM audit_log WHERE seq = 6').run();
    expect(w.s.audit.verify()).toMatchObject({ ok: false, seq: 6, problem: 'missing' });
    w.db.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    expect(w.s.audit.verify()).toMatchObject({ ok: false, seq: 4, problem: 'missing' });
  });

  it('keeps reporting deleted newest entries after new ones are appended in their place', async () => {
    w = makeWorld();
    await busyDay(w);
    untrigger(w);
    w.db.prepare('DELETE FROM audit_log WHERE seq >= 5').run();
    // The running kiosk goes on logging (sign-ins, config changes) after the deletion.
    await signedIn(w, 'Trần Văn Bình', 'volunteer');
    await signedIn(w, 'Đỗ Thị Cúc', 'staff');
    expect(w.s.audit.entries(50).length).toBeGreaterThan(6);
    expect(w.s.audit.verify()).toMatchObject({ ok: false, seq: 6, problem: 'anchor-mismatch' });
    expect((await cli(w, 'audit', 'verify')).code).toBe(1);
  });

  it('notices a removed anchor file', async () => {
    w = makeWorld();
    await busyDay(w);
    rmSync(join(w.dataDir, 'audit-anchor.json'));
    expect(w.s.audit.verify()).toMatchObject({ ok: false, problem: 'anchor-missing' });
    expect((await cli(w, 'audit', 'verify')).code).toBe(1);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWN_ACTIONS } from '../../../renderer/src/features/staff/audit/audit-labels';
import { makeWorld, signedIn, type StaffWorld } from './support';

/*
 * 'staff.audit.list' through the real dispatcher over a real SQLite file: the admin's on-screen view of
 * the hash-chained audit log, with the same verdict as `kiosk audit verify`.
 */

let w: StaffWorld;
let current: StaffWorld | null = null;
afterEach(() => {
  current?.close();
  current = null;
});

/** An admin and a staff member, both signed in, and a few sign-in failures: 7 entries in all. */
async function world() {
  w = current = makeWorld();
  const admin = await signedIn(w, 'Nguyễn Quản Trị', 'admin'); // 1 account.created, 2 staff.signedIn
  const staff = await signedIn(w, 'Lê Thu Hà', 'staff'); // 3 account.created, 4 staff.signedIn
  for (let i = 0; i < 3; i++) await w.s.accounts.signIn(staff.id, '000001'); // 5–7 staff.signInFailed
  return { admin, staff };
}

describe('the audit log viewer call', () => {
  it('gives the admin the newest entries with names, the verdict and the next page', async () => {
    const { admin, staff } = await world();
    const first = await w.call('staff.audit.list', { token: admin.token, limit: 3 });
    expect(first.ok).toBe(true);
    expect(first.value.verdict).toEqual({ ok: true, entries: 7 });
    expect(first.value.entries.map((e: { seq: number }) => e.seq)).toEqual([7, 6, 5]);
    expect(first.value.entries[0]).toEqual({
      seq: 7, at: '2026-11-20T02:00:00.000Z', actor: `staff:${staff.id}`, actorName: 'Lê Thu Hà',
      action: 'staff.signInFailed', subject: `account:${staff.id}`, details: { failures: 3 },
    });
    expect(first.value.nextBeforeSeq).toBe(5);
    const rest = await w.call('staff.audit.list', { token: admin.token, beforeSeq: first.value.nextBeforeSeq });
    expect(rest.value.entries.map((e: { seq: number; action: string; actor: string; actorName: string | null }) => [e.seq, e.action, e.actor, e.actorName])).toEqual([
      [4, 'staff.signedIn', `staff:${staff.id}`, 'Lê Thu Hà'],
      [3, 'account.created', 'cli', null],
      [2, 'staff.signedIn', `staff:${admin.id}`, 'Nguyễn Quản Trị'],
      [1, 'account.created', 'cli', null],
    ]);
    expect(rest.value.nextBeforeSeq).toBeNull();
  });

  it('filters by action prefix and is not itself audited', async () => {
    const { admin } = await world();
    const signIns = await w.call('staff.audit.list', { token: admin.token, action: 'staff.signedIn' });
    expect(signIns.value.entries.map((e: { seq: number }) => e.seq)).toEqual([4, 2]);
    const accounts = await w.call('staff.audit.list', { token: admin.token, action: 'account.' });
    expect(accounts.value.entries.map((e: { action: string }) => e.action)).toEqual(['account.created', 'account.created']);
    // Three views later the log still holds its 7 entries.
    expect(w.s.audit.head()?.seq).toBe(7);
  });

  it('reports the entry edited with raw SQL', async () => {
    const { admin } = await world();
    w.db.exec('DROP TRIGGER audit_log_no_update');
    w.db.prepare(`UPDATE audit_log SET details = '{"failures":1}' WHERE seq = 6`).run();
    const r = await w.call('staff.audit.list', { token: admin.token });
    expect(r.value.verdict).toEqual({ ok: false, atSeq: 6, reason: 'hash-mismatch' });
    // The edited entry is still listed, as it now reads.
    expect(r.value.entries.find((e: { seq: number }) => e.seq === 6).details).toEqual({ failures: 1 });
  });

  it('refuses staff and volunteers, and bad paging input', async () => {
    const { admin, staff } = await world();
    expect((await w.call('staff.audit.list', { token: staff.token })).error?.code).toBe('staff.forbidden');
    const volunteer = await signedIn(w, 'Đỗ Tình Nguyện', 'volunteer');
    expect((await w.call('staff.audit.list', { token: volunteer.token })).error?.code).toBe('staff.forbidden');
    expect((await w.call('staff.audit.list', { token: 'x'.repeat(40) })).error?.code).toBe('staff.signed-out');
    for (const bad of [{ limit: 0 }, { limit: 201 }, { beforeSeq: 0 }, { action: 'x'.repeat(61) }]) {
      expect((await w.call('staff.audit.list', { token: admin.token, ...bad })).error?.code).toBe('api.invalid-input');
    }
  });
});

const HOST = resolve(import.meta.dirname, '..', '..', '..', 'electron', 'host');

/** Action codes written as literals at the core's append sites (`audit.append(…)`, `recordAdminAction(…)`). */
function appendedActions(): Set<string> {
  const found = new Set<string>();
  const files = (readdirSync(HOST, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const f of files) {
    for (const line of readFileSync(join(HOST, f), 'utf8').split('\n')) {
      if (!/audit\.append\(|recordAdminAction\??\.?\(/.test(line)) continue;
      for (const m of line.matchAll(/'([a-z][A-Za-z]*\.[A-Za-z]+)'/g)) found.add(m[1]!);
    }
  }
  return found;
}

describe('the viewer\'s action phrases', () => {
  it('name every action the core appends', () => {
    const appended = appendedActions();
    // The scan itself works: the sign-in, the ternary in setActive, a camelCase area and the display's admin actions are seen.
    for (const a of ['staff.signedIn', 'account.enabled', 'account.disabled', 'followUp.resolved', 'display.emergencySet']) expect(appended).toContain(a);
    expect(appended.size).toBeGreaterThanOrEqual(24);
    expect([...appended].filter((a) => !(KNOWN_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });
});

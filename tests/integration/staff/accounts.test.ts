import { afterEach, describe, expect, it } from 'vitest';
import { makeWorld, signedIn, type StaffWorld } from './support';

let w: StaffWorld;
afterEach(() => w?.close());

describe('staff accounts, sign-in and lockout over a real SQLite file', () => {
  it('locks after five wrong PINs with a doubling delay, and a right PIN clears the count', async () => {
    w = makeWorld();
    const a = await w.s.accounts.add({ name: 'Lê Thu Hà', role: 'staff', team: 'Tổ 1', pin: '482913', mustChangePin: false }, 'cli');
    const attempt = (pin: string) => w.call('staff.signIn', { accountId: a.id, pin });
    for (let left = 4; left >= 1; left--) expect((await attempt('000001')).value).toEqual({ outcome: 'wrong-pin', attemptsBeforeLock: left });
    expect((await attempt('000001')).value).toEqual({ outcome: 'locked', retryAfterSeconds: 30 });
    // While locked even the right PIN is refused (not checked).
    expect((await attempt('482913')).value).toEqual({ outcome: 'locked', retryAfterSeconds: 30 });
    w.clock.now = new Date(w.clock.now.getTime() + 20_000);
    expect((await attempt('482913')).value).toEqual({ outcome: 'locked', retryAfterSeconds: 10 });
    w.clock.now = new Date(w.clock.now.getTime() + 10_000);
    expect((await attempt('000001')).value).toEqual({ outcome: 'locked', retryAfterSeconds: 60 });
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    const ok = await attempt('482913');
    expect(ok.value).toMatchObject({ outcome: 'signed-in', account: { id: a.id, name: 'Lê Thu Hà', role: 'staff', team: 'Tổ 1' }, inactivitySeconds: 300, mustChangePin: false });
    expect(w.s.accounts.byId(a.id)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    const actions = w.s.audit.entries(100).map((e) => e.action).reverse();
    expect(actions.filter((x) => x === 'staff.signInFailed')).toHaveLength(6);
    expect(actions.filter((x) => x === 'staff.lockedOut')).toHaveLength(2);
    expect(actions.at(-1)).toBe('staff.signedIn');
  });

  it('lets an admin add, disable and reset others, forcing a PIN change', async () => {
    w = makeWorld();
    const admin = await signedIn(w, 'Nguyễn Quản Trị', 'admin');
    const added = await w.call('staff.accounts.add', { token: admin.token, name: 'Đỗ Tình Nguyện', role: 'volunteer', team: 'Đoàn Thanh niên', pin: '507218' });
    expect(added.value).toMatchObject({ name: 'Đỗ Tình Nguyện', role: 'volunteer', active: true, mustChangePin: true });
    expect(JSON.stringify(added.value)).not.toContain('scrypt');
    expect((await w.call('staff.accounts.add', { token: admin.token, name: 'đỗ tình nguyện', role: 'staff', team: '', pin: '507218' })).error?.code).toBe('staff.name-taken');
    expect((await w.call('staff.accounts.add', { token: admin.token, name: 'Khác', role: 'staff', team: '', pin: '123456' })).error?.code).toBe('pin.sequence');

    const vol = await w.call('staff.signIn', { accountId: added.value.id, pin: '507218' });
    expect(vol.value.mustChangePin).toBe(true);
    const vt = vol.value.token as string;
    expect((await w.call('staff.dashboard', { token: vt, range: 'today' })).error?.code).toBe('staff.must-change-pin');
    expect((await w.call('staff.changePin', { token: vt, currentPin: '000000', newPin: '918273' })).error?.code).toBe('staff.wrong-pin');
    expect((await w.call('staff.changePin', { token: vt, currentPin: '507218', newPin: '918273' })).ok).toBe(true);
    expect((await w.call('staff.dashboard', { token: vt, range: 'today' })).ok).toBe(true);
    expect((await w.call('staff.accounts.list', { token: vt })).error?.code).toBe('staff.forbidden');

    const disabled = await w.call('staff.accounts.setActive', { token: admin.token, accountId: added.value.id, active: false });
    expect(disabled.value.active).toBe(false);
    expect((await w.call('staff.touch', { token: vt })).error?.code).toBe('staff.signed-out');
    expect((await w.call('staff.signInList', {})).value.map((t: { name: string }) => t.name)).toEqual(['Nguyễn Quản Trị']);

    await w.call('staff.accounts.setActive', { token: admin.token, accountId: added.value.id, active: true });
    const reset = await w.call('staff.accounts.resetPin', { token: admin.token, accountId: added.value.id, pin: '640275' });
    expect(reset.value.mustChangePin).toBe(true);
    expect((await w.call('staff.signIn', { accountId: added.value.id, pin: '918273' })).value.outcome).toBe('wrong-pin');
    expect((await w.call('staff.signIn', { accountId: added.value.id, pin: '640275' })).value.outcome).toBe('signed-in');

    expect((await w.call('staff.accounts.setActive', { token: admin.token, accountId: admin.id, active: false })).error?.code).toBe('staff.self');
  });

  it('never disables the last active admin', async () => {
    w = makeWorld();
    const a = await w.s.accounts.add({ name: 'Admin', role: 'admin', team: '', pin: '482913', mustChangePin: false }, 'cli');
    expect(() => w.s.accounts.setActive(a.id, false, 'cli')).toThrow(expect.objectContaining({ code: 'staff.last-admin' }));
  });

  it('signs staff out after the configured inactivity and on sign-out', async () => {
    w = makeWorld('2026-11-20T02:00:00Z', { staff: { inactivitySeconds: 120 } });
    const { token } = await signedIn(w, 'Lê Thu Hà', 'staff');
    w.clock.now = new Date('2026-11-20T02:01:59Z');
    expect((await w.call('staff.touch', { token })).value).toEqual({ inactivitySeconds: 120 });
    w.clock.now = new Date('2026-11-20T02:03:59Z');
    expect((await w.call('staff.touch', { token })).error?.code).toBe('staff.signed-out');
    const again = await signedIn(w, 'Người Khác', 'staff');
    expect((await w.call('staff.signOut', { token: again.token })).ok).toBe(true);
    expect((await w.call('staff.touch', { token: again.token })).error?.code).toBe('staff.signed-out');
    expect(w.s.audit.entries(10).map((e) => e.action)).toContain('staff.signedOutIdle');
  });
});

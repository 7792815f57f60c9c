import { afterEach, describe, expect, it } from 'vitest';
import { makeWorld, signedIn, type StaffWorld } from './support';

let w: StaffWorld;
afterEach(() => w?.close());

const PIN = '482913';
const actions = (w: StaffWorld) => w.s.audit.entries(10_000).map((e) => e.action);
const count = (xs: string[], x: string) => xs.filter((a) => a === x).length;

/** Issue 14, item 1: the attack that found it, 200 parallel guesses with the right PIN last. */
describe('PIN lockout under parallel sign-ins (real SQLite file, real scrypt)', () => {
  it('checks at most the free attempts of one account, however many calls race', async () => {
    w = makeWorld();
    const a = await w.s.accounts.add({ name: 'Lê Thu Hà', role: 'staff', team: 'Tổ 1', pin: PIN, mustChangePin: false }, 'cli');
    const guesses = Array.from({ length: 199 }, (_, i) => String(100000 + i * 7)).concat(PIN);
    const results = await Promise.all(guesses.map((pin) => w.call('staff.signIn', { accountId: a.id, pin })));
    const outcomes = results.map((r) => r.value.outcome as string);
    expect(count(outcomes, 'signed-in')).toBe(0);
    expect(count(outcomes, 'wrong-pin')).toBe(4);
    expect(count(outcomes, 'locked')).toBe(196);
    const log = actions(w);
    expect(count(log, 'staff.signInFailed')).toBe(5);
    expect(count(log, 'staff.signInRefusedLocked')).toBe(195);
    expect(count(log, 'staff.lockedOut')).toBe(1);
    expect(w.s.accounts.byId(a.id)!.failedAttempts).toBe(5);
  });

  it('limits wrong PINs across all accounts, so more accounts do not mean more guesses', async () => {
    w = makeWorld();
    const ids: number[] = [];
    for (let i = 0; i < 25; i++) ids.push((await w.s.accounts.add({ name: `Cán bộ ${i + 1}`, role: 'staff', team: 'Tổ 1', pin: PIN, mustChangePin: false }, 'cli')).id);
    const calls = Array.from({ length: 125 }, (_, i) => w.call('staff.signIn', { accountId: ids[i % ids.length]!, pin: String(200000 + i) }));
    const results = await Promise.all(calls);
    const log = actions(w);
    expect(count(log, 'staff.signInFailed')).toBe(10);
    expect(count(log, 'staff.kioskLockedOut')).toBe(1);
    expect(count(log, 'staff.signInRefusedKioskLocked')).toBe(115);
    expect(results.every((r) => r.value.outcome !== 'signed-in')).toBe(true);
    // Even the right PIN waits out the kiosk-wide pause; after it, a right PIN opens and clears it.
    expect((await w.call('staff.signIn', { accountId: ids[24]!, pin: PIN })).value).toEqual({ outcome: 'locked', retryAfterSeconds: 60 });
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    expect((await w.call('staff.signIn', { accountId: ids[24]!, pin: PIN })).value.outcome).toBe('signed-in');
    expect((await w.call('staff.signIn', { accountId: ids[23]!, pin: '000001' })).value).toEqual({ outcome: 'wrong-pin', attemptsBeforeLock: 4 });
  });
});

/** Issue 14, item 2: wrong current PINs on "change PIN" count, and a lock ends the session. */
describe('change PIN attempt limit', () => {
  it('locks after the free attempts, ends the session and keeps the PIN', async () => {
    w = makeWorld();
    const { id, token } = await signedIn(w, 'Lê Thu Hà', 'staff');
    const codes: string[] = [];
    for (let i = 0; i < 30; i++) codes.push((await w.call('staff.changePin', { token, currentPin: String(300000 + i), newPin: '918273' })).error!.code);
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('staff.wrong-pin'));
    expect(codes[4]).toBe('staff.locked-out');
    // The session ended with the lock: every later call is signed out, the right PIN changes nothing.
    expect(codes.slice(5)).toEqual(Array(25).fill('staff.signed-out'));
    expect((await w.call('staff.changePin', { token, currentPin: PIN, newPin: '918273' })).error?.code).toBe('staff.signed-out');
    expect((await w.call('staff.touch', { token })).error?.code).toBe('staff.signed-out');
    expect(count(actions(w), 'account.pinChangeRefused')).toBe(5);
    expect(count(actions(w), 'account.pinChanged')).toBe(0);
    expect((await w.call('staff.signIn', { accountId: id, pin: PIN })).value).toEqual({ outcome: 'locked', retryAfterSeconds: 30 });
    w.clock.now = new Date(w.clock.now.getTime() + 30_000);
    expect((await w.call('staff.signIn', { accountId: id, pin: '918273' })).value).toEqual({ outcome: 'locked', retryAfterSeconds: 60 });
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    expect((await w.call('staff.signIn', { accountId: id, pin: PIN })).value.outcome).toBe('signed-in');
  });

  it('parallel wrong current PINs are limited too, and a locked account cannot change its PIN', async () => {
    w = makeWorld();
    const { token } = await signedIn(w, 'Lê Thu Hà', 'staff');
    const rs = await Promise.all(Array.from({ length: 100 }, (_, i) => w.call('staff.changePin', { token, currentPin: i === 99 ? PIN : String(400000 + i), newPin: '918273' })));
    expect(rs.every((r) => !r.ok)).toBe(true);
    expect(count(actions(w), 'account.pinChangeRefused')).toBe(5);
    expect(count(actions(w), 'account.pinChanged')).toBe(0);
  });
});

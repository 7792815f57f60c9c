import { describe, expect, it } from 'vitest';
import { StaffSessions } from './staff-sessions';

const lan = { accountId: 1, name: 'Lan', role: 'staff' as const, team: 'Tổ 1' };

describe('StaffSessions', () => {
  it('signs out after the inactivity timeout, counted from the last call', () => {
    let now = 0;
    const s = new StaffSessions(300_000, () => now);
    const token = s.open(lan);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    now = 299_000;
    expect(s.use(token)).toEqual({ ok: true, principal: lan });
    now = 299_000 + 299_999;
    expect(s.use(token).ok).toBe(true);
    now += 300_000;
    expect(s.use(token)).toEqual({ ok: false, reason: 'expired', accountId: 1 });
    expect(s.use(token)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('ends a session on sign-out and every session of an account on request', () => {
    const s = new StaffSessions(60_000, () => 0);
    const a = s.open(lan);
    const b = s.open(lan);
    const c = s.open({ ...lan, accountId: 2 });
    expect(s.close(a)).toEqual(lan);
    expect(s.use(a).ok).toBe(false);
    expect(s.closeAccount(1)).toBe(1);
    expect(s.use(b).ok).toBe(false);
    expect(s.use(c).ok).toBe(true);
    expect(s.count()).toBe(1);
    expect(s.inactivitySeconds).toBe(60);
  });

  it('drops expired sessions when counting', () => {
    let now = 0;
    const s = new StaffSessions(1000, () => now);
    s.open(lan);
    now = 1000;
    expect(s.count()).toBe(0);
  });
});

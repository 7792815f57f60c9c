import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CitizenSessions } from './citizen-sessions';

describe('CitizenSessions', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-23T08:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  const make = () => {
    const calls: string[] = [];
    const log = { started: vi.fn(() => 7), ended: vi.fn(), identified: vi.fn() };
    const sessions = new CitizenSessions(
      { idleTimeoutSeconds: 60, warningSeconds: 20 },
      {
        changed: (s) => calls.push(`changed:${s.state}${s.state === 'active' && s.warningSecondsLeft !== undefined ? ':warn' : ''}`),
        warning: (left) => calls.push(`warning:${left}`),
        wiped: (r) => calls.push(`wiped:${r}`),
      },
      log,
    );
    return { sessions, calls, log };
  };

  it('warns for the last 20 seconds, counting down, then wipes on idle', () => {
    const { sessions, calls, log } = make();
    const data = sessions.start();
    const dispose = vi.fn();
    data.store.set('identity', { name: 'Nguyễn Văn An', dispose });
    vi.advanceTimersByTime(39_000);
    expect(calls.filter((c) => c.startsWith('warning'))).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(calls).toContain('warning:20');
    expect(sessions.state()).toMatchObject({ state: 'active', warningSecondsLeft: 20 });
    vi.advanceTimersByTime(19_000);
    expect(calls).toContain('warning:1');
    vi.advanceTimersByTime(1_000);
    expect(calls.slice(-2)).toEqual(['wiped:idle', 'changed:idle']);
    expect(sessions.state()).toEqual({ state: 'idle' });
    expect(data.store.size).toBe(0);
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(log.ended).toHaveBeenCalledWith(7, expect.any(Date), 'idle');
  });

  it('activity during the warning dismisses it and restarts the idle time', () => {
    const { sessions, calls } = make();
    sessions.start();
    vi.advanceTimersByTime(45_000);
    expect(sessions.state()).toMatchObject({ warningSecondsLeft: 15 });
    sessions.activity();
    expect(sessions.state()).not.toHaveProperty('warningSecondsLeft');
    expect(calls.at(-1)).toBe('changed:active');
    vi.advanceTimersByTime(39_000);
    expect(sessions.state().state).toBe('active');
    vi.advanceTimersByTime(21_000);
    expect(sessions.state().state).toBe('idle');
  });

  it('ends once, with the given reason, and a second start while active keeps the same session', () => {
    const { sessions, calls, log } = make();
    const a = sessions.start();
    expect(sessions.start().id).toBe(a.id);
    sessions.end('finished');
    sessions.end('finished');
    expect(calls.filter((c) => c.startsWith('wiped'))).toEqual(['wiped:finished']);
    expect(log.ended).toHaveBeenCalledTimes(1);
    expect(sessions.start().id).not.toBe(a.id);
  });

  it('counts how the citizen was identified once per session: a chip read upgrades a QR, never the reverse', () => {
    const { sessions, log } = make();
    sessions.identified('qr');
    expect(log.identified).not.toHaveBeenCalled();
    sessions.start();
    sessions.identified('qr');
    sessions.identified('qr');
    sessions.identified('chip');
    sessions.identified('qr');
    expect(log.identified.mock.calls).toEqual([[7, 'qr'], [7, 'chip']]);
    sessions.end('finished');
  });
});

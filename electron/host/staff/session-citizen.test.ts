import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CitizenSessions } from '../session/citizen-sessions';
import { sessionStoreCitizen } from './session-citizen';

describe('sessionStoreCitizen', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-23T08:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('keeps the citizen session alive while staff work with its card data', () => {
    const wiped: string[] = [];
    const sessions = new CitizenSessions(
      { idleTimeoutSeconds: 60, warningSeconds: 20 },
      { changed: () => undefined, warning: () => undefined, wiped: (r) => wiped.push(r) },
      { started: () => 1, ended: () => undefined, identified: () => undefined },
    );
    sessions.start();
    const source = sessionStoreCitizen(sessions);
    // Staff use the data every 50 s: the 60 s idle timeout never runs out.
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(50_000);
      source.touch?.();
    }
    expect(wiped).toEqual([]);
    vi.advanceTimersByTime(61_000);
    expect(wiped).toEqual(['idle']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { FailureKind, MaintenanceStatus } from '../api/maintenance';
import { RendererSupervisor } from './renderer-supervisor';
import { HeartbeatWatchdog, parseWatchdogArgs, RELAUNCH_WAIT_FLAG, relaunchArgs, relaunchWaitPid, waitForExit } from './watchdog';

function status(mode: 'normal' | 'maintenance', n = 1): MaintenanceStatus {
  return { mode, recentFailures: n, threshold: 3, since: mode === 'maintenance' ? '2026-01-05T03:00:00.000Z' : null, lastFailure: null };
}

function harness(modes: ('normal' | 'maintenance')[]) {
  const actions: string[] = [];
  const recorded: FailureKind[] = [];
  const s = new RendererSupervisor(
    { reload: () => actions.push('reload'), showMaintenance: () => actions.push('maintenance'), kill: () => actions.push('kill') },
    {
      recordFailure: (kind) => {
        recorded.push(kind);
        return status(modes.shift() ?? 'maintenance', recorded.length);
      },
      hangGraceMs: 15_000,
    },
  );
  return { s, actions, recorded };
}

describe('RendererSupervisor', () => {
  it('reloads a crashed renderer and counts the crash', () => {
    const h = harness(['normal']);
    h.s.gone('crashed');
    expect(h.actions).toEqual(['reload']);
    expect(h.recorded).toEqual(['renderer-crash']);
  });

  it('ignores a clean exit (a window closing normally)', () => {
    const h = harness([]);
    h.s.gone('clean-exit');
    expect(h.actions).toEqual([]);
    expect(h.recorded).toEqual([]);
  });

  it('shows the maintenance screen once the failures reach the threshold, and leaves it when staff reset', () => {
    const h = harness(['normal', 'normal', 'maintenance']);
    h.s.gone('crashed');
    h.s.gone('oom');
    h.s.gone('crashed');
    expect(h.actions).toEqual(['reload', 'reload', 'maintenance']);
    h.s.maintenanceChanged(status('maintenance', 3)); // the same change, announced by the core: nothing more
    expect(h.actions).toEqual(['reload', 'reload', 'maintenance']);
    h.s.maintenanceChanged(status('normal', 0));
    expect(h.actions).toEqual(['reload', 'reload', 'maintenance', 'reload']);
  });

  it('kills a renderer that stays unresponsive past the grace time, counting one hang, then reloads it', () => {
    vi.useFakeTimers();
    try {
      const h = harness(['normal']);
      h.s.unresponsive();
      vi.advanceTimersByTime(14_999);
      expect(h.actions).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(h.actions).toEqual(['kill']);
      h.s.gone('killed');
      expect(h.actions).toEqual(['kill', 'reload']);
      expect(h.recorded).toEqual(['renderer-hang']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a renderer that recovers within the grace time live', () => {
    vi.useFakeTimers();
    try {
      const h = harness([]);
      h.s.unresponsive();
      vi.advanceTimersByTime(10_000);
      h.s.responsive();
      vi.advanceTimersByTime(60_000);
      expect(h.actions).toEqual([]);
      expect(h.recorded).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('switches to maintenance when another failure (a core exception) tips the state', () => {
    const h = harness([]);
    h.s.maintenanceChanged(status('maintenance', 3));
    expect(h.actions).toEqual(['maintenance']);
    expect(h.s.showingMaintenance).toBe(true);
  });
});

describe('HeartbeatWatchdog', () => {
  it('pings every interval and calls onStall once after the allowed misses', () => {
    vi.useFakeTimers();
    try {
      const pings: number[] = [];
      let stalls = 0;
      const w = new HeartbeatWatchdog({ intervalMs: 5_000, missesAllowed: 3, ping: (s) => pings.push(s), onStall: () => stalls++ });
      w.start();
      vi.advanceTimersByTime(5_000);
      w.pong(1);
      vi.advanceTimersByTime(5_000);
      w.pong(2);
      expect(pings).toEqual([1, 2]);
      vi.advanceTimersByTime(15_000); // pings 3, 4, 5 unanswered
      expect(stalls).toBe(0);
      vi.advanceTimersByTime(5_000);
      expect(stalls).toBe(1);
      vi.advanceTimersByTime(60_000);
      expect(stalls).toBe(1);
      expect(pings).toEqual([1, 2, 3, 4, 5]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts a late answer as alive, and ignores answers to pings never sent', () => {
    vi.useFakeTimers();
    try {
      let stalls = 0;
      const w = new HeartbeatWatchdog({ intervalMs: 1_000, missesAllowed: 2, ping: () => {}, onStall: () => stalls++ });
      w.start();
      w.pong(99);
      vi.advanceTimersByTime(2_000);
      w.pong(2);
      vi.advanceTimersByTime(2_000);
      w.pong(3);
      vi.advanceTimersByTime(1_000);
      expect(stalls).toBe(0);
      w.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('watchdog arguments and relaunch', () => {
  const args = { mainPid: 4242, execPath: '/opt/Ward Kiosk/ward-kiosk', execArgs: ['--no-sandbox-is-never-used', `${RELAUNCH_WAIT_FLAG}17`], relaunch: true, logDir: '/var/lib/ward-kiosk/logs' };

  it('parses its JSON argument and refuses anything malformed', () => {
    expect(parseWatchdogArgs(JSON.stringify(args))).toEqual(args);
    expect(parseWatchdogArgs(undefined)).toBeNull();
    expect(parseWatchdogArgs('{')).toBeNull();
    expect(parseWatchdogArgs(JSON.stringify({ ...args, mainPid: 1 }))).toBeNull();
    expect(parseWatchdogArgs(JSON.stringify({ ...args, execArgs: [1] }))).toBeNull();
    expect(parseWatchdogArgs(JSON.stringify({ ...args, relaunch: 'yes' }))).toBeNull();
  });

  it('relaunches with the original arguments and a fresh wait flag, which the new instance reads', () => {
    const next = relaunchArgs(args);
    expect(next).toEqual(['--no-sandbox-is-never-used', `${RELAUNCH_WAIT_FLAG}4242`]);
    expect(relaunchWaitPid(next)).toBe(4242);
    expect(relaunchWaitPid(['app'])).toBeNull();
    expect(relaunchWaitPid([`${RELAUNCH_WAIT_FLAG}abc`])).toBeNull();
  });

  it('waits for the old process to be gone, with a time limit', async () => {
    let alive = 3;
    const slept: number[] = [];
    expect(await waitForExit(7, () => alive-- > 0, async (ms) => void slept.push(ms), 1_000, 100)).toBe(true);
    expect(slept).toEqual([100, 100, 100]);
    expect(await waitForExit(7, () => true, async () => {}, 300, 100)).toBe(false);
  });
});

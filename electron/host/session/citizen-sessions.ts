import { randomUUID } from 'node:crypto';
import type { SessionEndReason, SessionState } from '../../api/session';

export interface SessionTimings {
  /** Seconds without activity before the session ends. */
  readonly idleTimeoutSeconds: number;
  /** The last this-many seconds of the idle timeout show a countdown warning (≥ 20, privacy.md). */
  readonly warningSeconds: number;
}

export interface SessionListener {
  changed(state: SessionState): void;
  warning(secondsLeft: number): void;
  /** Called after the session's data was dropped; faces wipe their state and clipboard. */
  wiped(reason: SessionEndReason): void;
}

/**
 * Data a session owns (identity, scans, checklist): dropped on wipe. A stored value with a `dispose()`
 * method is disposed first (a running card read is cancelled, keys are dropped).
 */
export interface SessionData {
  readonly id: string;
  readonly startedAt: Date;
  logId: number | null;
  /** How the citizen was identified in this session, for the ward's counts ('chip' outranks 'qr'). */
  identifiedBy: 'chip' | 'qr' | null;
  readonly store: Map<string, unknown>;
}

export interface SessionEnd {
  /** Persist counts (never personal data) when a session starts/ends. */
  started(at: Date): number | null;
  ended(logId: number | null, at: Date, reason: SessionEndReason): void;
  /** The session identified the citizen (a count for the reports: how, never who). */
  identified(logId: number | null, by: 'chip' | 'qr'): void;
}

/**
 * The one citizen session at this kiosk. It owns the citizen's data in memory; every exit (finish,
 * idle, card removed, staff, shutdown) passes through `end`, which drops the data and announces the wipe.
 * Timers: one tick per second while active; idle time counts from the last activity.
 */
export class CitizenSessions {
  private current: SessionData | null = null;
  private lastActivity = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private lastWarning: number | null = null;

  constructor(
    private readonly timings: SessionTimings,
    private readonly listener: SessionListener,
    private readonly log: SessionEnd,
    private readonly now: () => number = Date.now,
  ) {}

  state(): SessionState {
    if (!this.current) return { state: 'idle' };
    const left = this.secondsLeft();
    const warning = left <= this.timings.warningSeconds ? { warningSecondsLeft: left } : {};
    return {
      state: 'active',
      id: this.current.id,
      startedAt: this.current.startedAt.toISOString(),
      idleTimeoutSeconds: this.timings.idleTimeoutSeconds,
      ...warning,
    };
  }

  /** Starts a session, or returns the running one (a second "start" from another screen is not a new citizen). */
  start(): SessionData {
    if (this.current) {
      this.activity();
      return this.current;
    }
    const startedAt = new Date(this.now());
    this.current = { id: randomUUID(), startedAt, logId: null, identifiedBy: null, store: new Map() };
    this.current.logId = this.log.started(startedAt);
    this.lastActivity = this.now();
    this.ticker = setInterval(() => this.tick(), 1000);
    this.listener.changed(this.state());
    return this.current;
  }

  data(): SessionData | null {
    return this.current;
  }

  /** Records that the current session identified its citizen; a chip read upgrades an earlier QR, never the reverse. */
  identified(by: 'chip' | 'qr'): void {
    const c = this.current;
    if (!c || c.identifiedBy === by || c.identifiedBy === 'chip') return;
    c.identifiedBy = by;
    this.log.identified(c.logId, by);
  }

  activity(): void {
    if (!this.current) return;
    const wasWarning = this.lastWarning !== null;
    this.lastActivity = this.now();
    this.lastWarning = null;
    if (wasWarning) this.listener.changed(this.state());
  }

  end(reason: SessionEndReason): void {
    const ending = this.current;
    if (!ending) return;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    this.current = null;
    this.lastWarning = null;
    for (const value of ending.store.values()) {
      const disposable = value as { dispose?: () => void };
      if (typeof disposable.dispose === 'function') disposable.dispose();
    }
    ending.store.clear();
    this.log.ended(ending.logId, new Date(this.now()), reason);
    this.listener.wiped(reason);
    this.listener.changed({ state: 'idle' });
  }

  private secondsLeft(): number {
    const idle = (this.now() - this.lastActivity) / 1000;
    return Math.max(0, Math.ceil(this.timings.idleTimeoutSeconds - idle));
  }

  private tick(): void {
    if (!this.current) return;
    const left = this.secondsLeft();
    if (left <= 0) return this.end('idle');
    if (left <= this.timings.warningSeconds && left !== this.lastWarning) {
      const first = this.lastWarning === null;
      this.lastWarning = left;
      this.listener.warning(left);
      if (first) this.listener.changed(this.state());
    }
  }
}

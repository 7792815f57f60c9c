import type { EntryPointHealth } from '../../api/portal-health';
import { probe as realProbe, type ProbeResult, type ProbeTarget } from './probe';

export interface HealthCheckEntry extends ProbeTarget {
  readonly id: string;
  readonly label: string;
  readonly intervalSeconds: number;
}

export interface HealthMonitorOptions {
  readonly probe?: (t: ProbeTarget) => Promise<ProbeResult>;
  readonly now?: () => Date;
  readonly onChange: (all: EntryPointHealth[]) => void;
}

/**
 * Checks each configured entry point on its own interval and keeps the last result with its time.
 * An outage's `since` is the first failed check, so "gián đoạn từ 10:05" stays true across checks;
 * the first good answer clears it. Listeners hear only changes of state.
 */
export class HealthMonitor {
  private readonly states = new Map<string, EntryPointHealth>();
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private readonly probe: (t: ProbeTarget) => Promise<ProbeResult>;
  private readonly now: () => Date;

  constructor(private readonly entries: readonly HealthCheckEntry[], private readonly options: HealthMonitorOptions) {
    this.probe = options.probe ?? realProbe;
    this.now = options.now ?? (() => new Date());
    for (const e of entries) this.states.set(e.id, { id: e.id, label: e.label, state: 'unknown', since: null, checkedAt: null });
  }

  all(): EntryPointHealth[] {
    return [...this.states.values()];
  }

  start(): void {
    for (const e of this.entries) {
      void this.check(e);
      const timer = setInterval(() => void this.check(e), e.intervalSeconds * 1000);
      timer.unref?.();
      this.timers.push(timer);
    }
  }

  stop(): void {
    this.timers.splice(0).forEach(clearInterval);
  }

  /** Checks every entry now (tests and the staff's "check again"). */
  async checkAll(): Promise<void> {
    await Promise.all(this.entries.map((e) => this.check(e)));
  }

  private async check(e: HealthCheckEntry): Promise<void> {
    const result = await this.probe(e);
    const at = this.now().toISOString();
    const prev = this.states.get(e.id)!;
    const state = result.up ? 'up' : 'down';
    const next: EntryPointHealth = {
      id: e.id, label: e.label, state,
      since: prev.state === state ? prev.since : at,
      checkedAt: at,
      ...(result.up ? {} : { detail: result.detail }),
    };
    this.states.set(e.id, next);
    if (prev.state !== state || prev.detail !== next.detail) this.options.onChange(this.all());
  }
}

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FailureKind, type MaintenanceStatus } from '../../api/maintenance';

export interface MaintenancePolicy {
  /** Failures within `windowMs` that switch the kiosk to maintenance (default 3). */
  readonly threshold: number;
  /** The counting window in ms (default 10 minutes): failures older than this are forgotten. */
  readonly windowMs: number;
}

export const DEFAULT_MAINTENANCE_POLICY: MaintenancePolicy = { threshold: 3, windowMs: 10 * 60_000 };

/** What survives a restart, so a crash loop across restarts still ends in maintenance mode. */
export interface PersistedMaintenance {
  readonly failures: { kind: FailureKind; at: number }[];
  readonly maintenanceSince: number | null;
}

export interface MaintenanceStore {
  load(): PersistedMaintenance | null;
  save(state: PersistedMaintenance): void;
}

/**
 * The crash counter behind self-healing. Each failure is recorded with its time; when `threshold`
 * of them fall within `windowMs` the kiosk is in maintenance until `reset` (staff). In normal mode
 * the caller reloads the face; in maintenance it shows the maintenance screen instead.
 */
export class MaintenanceState {
  private failures: { kind: FailureKind; at: number }[] = [];
  private since: number | null = null;
  private readonly listeners = new Set<(s: MaintenanceStatus) => void>();

  constructor(
    private readonly store: MaintenanceStore,
    private readonly policy: MaintenancePolicy = DEFAULT_MAINTENANCE_POLICY,
    private readonly now: () => number = Date.now,
  ) {
    const saved = store.load();
    if (saved) {
      this.failures = saved.failures.filter((f) => Number.isFinite(f.at)).slice(-100);
      this.since = saved.maintenanceSince;
    }
  }

  status(): MaintenanceStatus {
    const recent = this.recent();
    const last = this.failures.at(-1);
    return {
      mode: this.since === null ? 'normal' : 'maintenance',
      recentFailures: recent.length,
      threshold: this.policy.threshold,
      since: this.since === null ? null : new Date(this.since).toISOString(),
      lastFailure: last ? { kind: last.kind, at: new Date(last.at).toISOString() } : null,
    };
  }

  /** Records one failure and returns the resulting status (mode 'maintenance' once the threshold is met). */
  recordFailure(kind: FailureKind): MaintenanceStatus {
    const at = this.now();
    this.failures = [...this.recent(), { kind, at }];
    if (this.since === null && this.failures.length >= this.policy.threshold) this.since = at;
    return this.changed();
  }

  /** Staff: forget the failures and leave maintenance. */
  reset(): MaintenanceStatus {
    this.failures = [];
    this.since = null;
    return this.changed();
  }

  onChange(listener: (s: MaintenanceStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private recent() {
    const from = this.now() - this.policy.windowMs;
    return this.failures.filter((f) => f.at > from);
  }

  private changed(): MaintenanceStatus {
    this.store.save({ failures: this.failures, maintenanceSince: this.since });
    const s = this.status();
    for (const l of [...this.listeners]) l(s);
    return s;
  }
}

export class MemoryMaintenanceStore implements MaintenanceStore {
  saved: PersistedMaintenance | null = null;
  load(): PersistedMaintenance | null {
    return this.saved;
  }
  save(state: PersistedMaintenance): void {
    this.saved = structuredClone(state);
  }
}

/** `<dataDir>/maintenance.json`, written atomically (temp file + rename). A damaged file counts as empty. */
export class JsonFileMaintenanceStore implements MaintenanceStore {
  constructor(private readonly file: string) {}

  load(): PersistedMaintenance | null {
    try {
      const raw = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<PersistedMaintenance>;
      const kinds = new Set<string>(FailureKind.options);
      const failures = Array.isArray(raw.failures)
        ? raw.failures.filter((f): f is { kind: FailureKind; at: number } => !!f && kinds.has(f.kind) && typeof f.at === 'number')
        : [];
      const since = typeof raw.maintenanceSince === 'number' ? raw.maintenanceSince : null;
      return { failures, maintenanceSince: since };
    } catch {
      return null;
    }
  }

  save(state: PersistedMaintenance): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(`${this.file}.tmp`, JSON.stringify(state), { mode: 0o600 });
      renameSync(`${this.file}.tmp`, this.file);
    } catch (e) {
      console.error(`[health] cannot save the maintenance state: ${(e as Error).message}`);
    }
  }
}

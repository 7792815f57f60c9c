import type { FailureKind, MaintenanceStatus } from '../api/maintenance';

/** What the supervisor drives; main.ts implements it over one BrowserWindow, tests with fakes. */
export interface SupervisedRenderer {
  /** Loads the face again from its start screen. */
  reload(): void;
  /** Shows the maintenance screen instead of the face. */
  showMaintenance(): void;
  /** Kills a hung renderer (webContents.forcefullyCrashRenderer), which then reports 'gone'. */
  kill(): void;
}

export interface SupervisorOptions {
  /** Records a failure in the core's maintenance state and returns the resulting status. */
  recordFailure(kind: FailureKind): MaintenanceStatus;
  /** How long a renderer may stay unresponsive before it is killed (default 15 s). */
  readonly hangGraceMs?: number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

/**
 * Self-healing for one face: a crashed renderer is reloaded; a hung one (no 'responsive' within the
 * grace time) is killed and then reloaded; every failure counts in the maintenance state, and once
 * that says 'maintenance' the face shows the maintenance screen instead, until staff reset it.
 */
export class RendererSupervisor {
  /** Whether the face currently shows the maintenance screen. */
  showingMaintenance = false;
  private hangTimer: unknown = null;
  /** Set while a hung renderer is being killed: its 'gone' is the same failure, not a second one. */
  private killedForHang = false;
  private lastStatus: MaintenanceStatus | null = null;
  private recording = false;
  private readonly grace: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly renderer: SupervisedRenderer,
    private readonly options: SupervisorOptions,
  ) {
    this.grace = options.hangGraceMs ?? 15_000;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /**
   * The renderer process ended (`render-process-gone`). `clean-exit` is a normal close; anything else
   * is a failure, counted once (a kill after a hang was already counted as the hang).
   */
  gone(reason: string): void {
    this.cancelHangTimer();
    if (reason === 'clean-exit') return;
    const status = this.killedForHang ? this.lastStatus : this.record('renderer-crash');
    this.killedForHang = false;
    // The page is gone either way: load the face again, or the maintenance screen.
    this.showingMaintenance = status?.mode === 'maintenance';
    if (this.showingMaintenance) this.renderer.showMaintenance();
    else this.renderer.reload();
  }

  /** The window reported 'unresponsive': give it the grace time, then kill it. */
  unresponsive(): void {
    if (this.hangTimer !== null) return;
    this.hangTimer = this.setTimer(() => {
      this.hangTimer = null;
      this.lastStatus = this.record('renderer-hang');
      this.killedForHang = true;
      this.renderer.kill();
    }, this.grace);
  }

  responsive(): void {
    this.cancelHangTimer();
  }

  /**
   * The maintenance state changed elsewhere (staff reset it, or another failure tipped it): switch
   * between the face and the maintenance screen. Changes caused by this supervisor's own failure
   * records are handled where they happen.
   */
  maintenanceChanged(status: MaintenanceStatus): void {
    if (this.recording) return;
    if (status.mode === 'normal' && this.showingMaintenance) {
      this.showingMaintenance = false;
      this.renderer.reload();
    } else if (status.mode === 'maintenance' && !this.showingMaintenance) {
      this.showingMaintenance = true;
      this.renderer.showMaintenance();
    }
  }

  private record(kind: FailureKind): MaintenanceStatus {
    this.recording = true;
    try {
      return this.options.recordFailure(kind);
    } finally {
      this.recording = false;
    }
  }

  private cancelHangTimer(): void {
    if (this.hangTimer !== null) this.clearTimer(this.hangTimer);
    this.hangTimer = null;
  }
}

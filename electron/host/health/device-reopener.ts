/** What reopening needs of a device (KioskDevice fits). */
export interface ReopenableDevice {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ReopenerOptions {
  /** Reopens closer together than this are merged into the running one (default 5 s). */
  readonly minIntervalMs?: number;
  readonly now?: () => number;
  log(message: string): void;
}

/**
 * Closes and opens the kiosk's devices again: after the machine wakes from sleep (USB devices
 * re-enumerate and old handles are dead), and after an exception in the core (the device whose code
 * threw may be left half-open). One reopen runs at a time; requests during or shortly after one are
 * merged, so a burst of errors does not become a burst of port openings. Each device is stopped and
 * started on its own: one that fails does not keep the other closed.
 */
export class DeviceReopener {
  private running: Promise<void> | null = null;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly devices: () => readonly ReopenableDevice[],
    private readonly options: ReopenerOptions,
  ) {}

  reopen(reason: string): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    if (this.running) return this.running;
    if (now - this.last < (this.options.minIntervalMs ?? 5_000)) return Promise.resolve();
    this.last = now;
    this.options.log(`reopening devices (${reason})`);
    this.running = (async () => {
      for (const d of this.devices()) {
        try {
          await d.stop();
        } catch (e) {
          this.options.log(`device stop failed: ${(e as Error).message}`);
        }
        try {
          await d.start();
        } catch (e) {
          this.options.log(`device start failed: ${(e as Error).message}`);
        }
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}

import { isDriverFailure, type DriverError } from '../result';
import { Listeners } from '../listeners';
import type { ScannedPayload, Scanner, ScannerStatus } from './scanner';

export interface ReconnectOptions {
  /** Delay before the first retry (default 500 ms). */
  readonly initialDelayMs?: number;
  /** Upper bound of the doubling delay (default 10 000 ms). */
  readonly maxDelayMs?: number;
}

/**
 * Hot-plug for any Scanner: when the inner scanner reports `disconnected` (cable pulled) or open()
 * fails, it re-opens it with exponential backoff (500 ms, 1 s, 2 s … capped at 10 s by default),
 * reporting `reconnecting` with the attempt number, the delay and the last error code before each
 * try. Scans and the inner statuses pass through. close() cancels any pending retry.
 */
export class ReconnectingScanner implements Scanner {
  readonly name: string;
  private readonly scans = new Listeners<ScannedPayload>();
  private readonly statuses = new Listeners<ScannerStatus>();
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private wanted = false;

  constructor(
    private readonly inner: Scanner,
    options: ReconnectOptions = {},
  ) {
    this.name = inner.name;
    this.initialDelayMs = options.initialDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
    inner.onScan((scan) => this.scans.emit(scan));
    inner.onStatus((status) => this.innerStatus(status));
  }

  /**
   * Opens the inner scanner. When that fails the failure is reported as `reconnecting` and retried in
   * the background, so a kiosk that boots without its scanner picks it up when it is plugged in;
   * the promise resolves either way.
   */
  async open(): Promise<void> {
    this.wanted = true;
    this.attempt = 0;
    await this.tryOpen();
  }

  async close(): Promise<void> {
    this.wanted = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.inner.close();
  }

  onScan(listener: (scan: ScannedPayload) => void): () => void {
    return this.scans.add(listener);
  }

  onStatus(listener: (status: ScannerStatus) => void): () => void {
    return this.statuses.add(listener);
  }

  private innerStatus(status: ScannerStatus): void {
    this.statuses.emit(status);
    if (status.state === 'connected') this.attempt = 0;
    if (status.state === 'disconnected' && this.wanted) {
      this.schedule(status.error ?? { code: 'qr.unplugged', detail: 'link closed' });
    }
  }

  private async tryOpen(): Promise<void> {
    this.timer = undefined;
    if (!this.wanted) return;
    try {
      await this.inner.open();
    } catch (e) {
      if (!this.wanted) return;
      this.schedule(isDriverFailure(e) ? e.error : { code: 'qr.open-failed', detail: (e as Error).message });
    }
  }

  private schedule(error: DriverError): void {
    if (this.timer !== undefined) return;
    this.attempt++;
    const retryInMs = Math.min(this.maxDelayMs, this.initialDelayMs * 2 ** (this.attempt - 1));
    this.statuses.emit({ state: 'reconnecting', device: this.name, attempt: this.attempt, retryInMs, error });
    this.timer = setTimeout(() => void this.tryOpen(), retryInMs);
  }
}

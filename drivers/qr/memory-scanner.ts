import { DriverFailure, type DriverError } from '../result';
import { decodeScanBytes } from './decode-scan-bytes';
import { Listeners } from '../listeners';
import type { ScannedPayload, Scanner, ScannerStatus } from './scanner';

/**
 * A scanner in memory, for unit tests and the demo: `scan()` delivers a payload as if the device had
 * read it, `unplug()` drops the link as a pulled cable would, `failNextOpens()` makes opening fail.
 */
export class InMemoryScanner implements Scanner {
  private readonly scans = new Listeners<ScannedPayload>();
  private readonly statuses = new Listeners<ScannerStatus>();
  private openFailures = 0;
  private isOpen = false;

  constructor(readonly name = 'memory:scanner') {}

  get connected(): boolean {
    return this.isOpen;
  }

  async open(): Promise<void> {
    if (this.openFailures > 0) {
      this.openFailures--;
      throw new DriverFailure({ code: 'qr.open-failed', detail: 'simulated open failure' });
    }
    this.isOpen = true;
    this.statuses.emit({ state: 'connected', device: this.name });
  }

  async close(): Promise<void> {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.statuses.emit({ state: 'closed', device: this.name });
  }

  /** Delivers text (encoded as UTF-8) or raw bytes as one scan; ignored while closed, like a real link. */
  scan(payload: string | Uint8Array, now = Date.now()): void {
    if (!this.isOpen) return;
    const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
    const decoded = decodeScanBytes(bytes);
    this.scans.emit({ bytes, text: decoded.text, utf8: decoded.utf8, source: 'memory', receivedAt: now });
  }

  /** The device went away: reports `disconnected` with the error, as a real link does. */
  unplug(error: DriverError = { code: 'qr.unplugged', detail: 'simulated unplug' }): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.statuses.emit({ state: 'disconnected', device: this.name, error });
  }

  /** The next `count` open() calls reject with qr.open-failed (device still absent). */
  failNextOpens(count: number): void {
    this.openFailures = count;
  }

  onScan(listener: (scan: ScannedPayload) => void): () => void {
    return this.scans.add(listener);
  }

  onStatus(listener: (status: ScannerStatus) => void): () => void {
    return this.statuses.add(listener);
  }
}

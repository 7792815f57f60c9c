import { DriverFailure } from '../result';
import type { ByteLink } from '../transport/byte-link';
import { decodeScanBytes } from './decode-scan-bytes';
import { Listeners } from '../listeners';
import { PayloadFramer, type ScanSuffix } from './payload-framer';
import type { ScannedPayload, Scanner, ScannerStatus } from './scanner';

export interface SerialScannerOptions {
  /** The scanner's configured suffix (default `cr`, the factory default of most 2D scanners in serial mode). */
  readonly suffix?: ScanSuffix;
  /**
   * Milliseconds of silence after which the bytes received so far are one payload. Default 50 with
   * suffix `none` (a scanner at 9600 baud sends a byte every ~1 ms, USB-CDC sends bursts); unset with a
   * suffix, so only the suffix ends a payload. With both, whichever comes first ends it.
   */
  readonly interByteTimeoutMs?: number;
  /** Longest payload before it is cut (default 8192 bytes). */
  readonly maxPayloadBytes?: number;
  /** Clock for `receivedAt` (default Date.now). */
  readonly now?: () => number;
}

/**
 * A scanner in serial mode (USB-CDC "COM port" or RS-232) over a ByteLink: frames the byte stream
 * by suffix or inter-byte timeout and decodes each payload as UTF-8 with fatal-error detection. The
 * link may be re-opened after an unplug (ReconnectingScanner does that).
 */
export class SerialScanner implements Scanner {
  readonly name: string;
  private readonly scans = new Listeners<ScannedPayload>();
  private readonly statuses = new Listeners<ScannerStatus>();
  private readonly framer: PayloadFramer;
  private readonly idleMs: number | undefined;
  private readonly now: () => number;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void)[] = [];
  private closing = false;

  constructor(
    private readonly link: ByteLink,
    options: SerialScannerOptions = {},
  ) {
    this.name = link.name;
    const suffix = options.suffix ?? 'cr';
    this.framer = new PayloadFramer(suffix, options.maxPayloadBytes);
    this.idleMs = options.interByteTimeoutMs ?? (suffix === 'none' ? 50 : undefined);
    this.now = options.now ?? Date.now;
  }

  async open(): Promise<void> {
    this.closing = false;
    this.detach();
    this.framer.reset();
    try {
      await this.link.open();
    } catch (e) {
      throw new DriverFailure({ code: 'qr.open-failed', detail: `cannot open ${this.name}: ${(e as Error).message}` });
    }
    this.unsubscribe = [this.link.onData((chunk) => this.receive(chunk)), this.link.onClose((error) => this.linkClosed(error))];
    this.statuses.emit({ state: 'connected', device: this.name });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.detach();
    if (this.link.isOpen) await this.link.close();
    this.statuses.emit({ state: 'closed', device: this.name });
  }

  onScan(listener: (scan: ScannedPayload) => void): () => void {
    return this.scans.add(listener);
  }

  onStatus(listener: (status: ScannerStatus) => void): () => void {
    return this.statuses.add(listener);
  }

  private receive(chunk: Uint8Array): void {
    for (const frame of this.framer.push(chunk)) this.deliver(frame);
    if (this.idleMs === undefined) return;
    clearTimeout(this.idleTimer);
    if (this.framer.pendingBytes > 0) {
      this.idleTimer = setTimeout(() => {
        const frame = this.framer.flush();
        if (frame) this.deliver(frame);
      }, this.idleMs);
    }
  }

  private deliver(bytes: Uint8Array): void {
    // A lone CR/LF (a CRLF scanner configured as CR, or a double suffix) is not a scan.
    if (bytes.every((b) => b === 0x0d || b === 0x0a)) return;
    const { text, utf8 } = decodeScanBytes(bytes);
    this.scans.emit({ bytes, text, utf8, source: 'serial', receivedAt: this.now() });
  }

  private linkClosed(error?: Error): void {
    this.detach();
    if (this.closing) return;
    this.statuses.emit({
      state: 'disconnected',
      device: this.name,
      error: { code: 'qr.unplugged', detail: error ? `link lost: ${error.message}` : 'link closed by the device' },
    });
  }

  private detach(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    this.framer.reset();
  }
}

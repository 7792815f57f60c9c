import type { ByteLink } from '../transport/byte-link';
import { isStatusByte, interpretStatus, type PrinterStatus } from './printer-status';
import { statusRequest } from './escpos-commands';

export interface EscPosPrinterOptions {
  /** How long to wait for each DLE EOT answer, in ms (default 500: printers answer in a few ms). */
  readonly statusTimeoutMs?: number;
  /** Largest write, in bytes (default 4096): keeps one write from holding the link for seconds. */
  readonly chunkBytes?: number;
  /**
   * false for a link the kiosk cannot read (a Linux printer device file opened write-only): the
   * status is then unknown, and the kiosk prints without asking.
   */
  readonly canReadStatus?: boolean;
}

/**
 * An ESC/POS printer on a byte link. It asks for the real-time status (DLE EOT 1, 2, 4) one query at
 * a time, since the answers carry no tag saying which query they answer, and sends print jobs in
 * chunks. It never interprets the job's bytes.
 */
export class EscPosPrinter {
  private pending: ((byte: number) => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(readonly link: ByteLink, private readonly options: EscPosPrinterOptions = {}) {}

  get canReadStatus(): boolean {
    return this.options.canReadStatus ?? true;
  }

  async open(): Promise<void> {
    await this.link.open();
    this.unsubscribe ??= this.link.onData((chunk) => {
      for (const b of chunk) {
        // Anything that is not a status byte (a printer's ASB or echo) is ignored.
        if (this.pending && isStatusByte(b)) {
          const resolve = this.pending;
          this.pending = null;
          resolve(b);
        }
      }
    });
  }

  /** The printer's status; `unknown` when the link cannot be read. Rejects only when the link fails. */
  async status(): Promise<PrinterStatus | 'unknown'> {
    if (!this.canReadStatus) return 'unknown';
    const printer = await this.ask(1);
    if (printer === null) return interpretStatus(null, null, null);
    const cause = await this.ask(2);
    const paper = await this.ask(4);
    return interpretStatus(printer, cause, paper);
  }

  /** Sends a job; `onProgress` gets the bytes sent so far after each chunk. */
  async send(job: Uint8Array, onProgress?: (sent: number) => void): Promise<void> {
    const size = this.options.chunkBytes ?? 4096;
    for (let at = 0; at < job.length; at += size) {
      await this.link.write(job.subarray(at, at + size));
      onProgress?.(Math.min(job.length, at + size));
    }
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.pending = null;
    await this.link.close();
  }

  private async ask(n: 1 | 2 | 4): Promise<number | null> {
    const timeoutMs = this.options.statusTimeoutMs ?? 500;
    const answer = new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        resolve(null);
      }, timeoutMs);
      this.pending = (b) => {
        clearTimeout(timer);
        resolve(b);
      };
    });
    await this.link.write(statusRequest(n));
    return answer;
  }
}

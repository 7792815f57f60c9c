import { open, type FileHandle } from 'node:fs/promises';
import { DriverFailure } from '../result';
import { Listeners } from '../listeners';
import type { ByteLink } from './byte-link';

const failure = (code: string, detail: string) => new DriverFailure({ code, detail });

/**
 * A Linux printer device file (/dev/usb/lp0 from the usblp driver) opened for writing only. Reading
 * a usblp device blocks a libuv worker thread until the printer sends something, so the kiosk never
 * reads it: on this link the printer's status is unknown (see EscPosPrinter canReadStatus).
 */
export class DeviceFileLink implements ByteLink {
  readonly name: string;
  private file: FileHandle | null = null;
  private readonly closeListeners = new Listeners<Error | undefined>();

  constructor(private readonly path: string) {
    this.name = path;
  }

  get isOpen(): boolean {
    return this.file !== null;
  }

  async open(): Promise<void> {
    if (this.file) return;
    try {
      this.file = await open(this.path, 'a');
    } catch (e) {
      throw failure('link.open', `cannot open ${this.path}: ${(e as Error).message}`);
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    const file = this.file;
    if (!file) throw failure('link.closed', `${this.path} is not open`);
    try {
      let at = 0;
      while (at < bytes.length) at += (await file.write(bytes, at, bytes.length - at)).bytesWritten;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const disconnected = code === 'ENODEV' || code === 'EIO' || code === 'ENXIO';
      if (disconnected) {
        this.file = null;
        this.closeListeners.emit(e as Error);
      }
      throw failure(disconnected ? 'link.disconnected' : 'link.write', `write to ${this.path} failed: ${(e as Error).message}`);
    }
  }

  onData(): () => void {
    return () => undefined;
  }

  onClose(listener: (error?: Error) => void): () => void {
    return this.closeListeners.add(listener);
  }

  async close(): Promise<void> {
    const file = this.file;
    this.file = null;
    await file?.close();
  }
}

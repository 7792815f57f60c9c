import { closeSync, existsSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Where formatted log lines go. */
export interface LogSink {
  /** Appends one line (a newline is added). Never throws: a full disk must not stop the kiosk. */
  write(line: string): void;
  close(): void;
}

export interface RotatingFileOptions {
  /** Folder of the log files (created if missing). */
  readonly dir: string;
  /** File name stem: `<stem>.log` is current, `<stem>.1.log` … `<stem>.<keep>.log` the older ones. */
  readonly stem?: string;
  /** Largest size of one file in bytes (default 1 MiB). A longer line is cut to fit. */
  readonly maxBytes?: number;
  /** Rotated files kept (default 4). Disk use stays under maxBytes × (keep + 1). */
  readonly keep?: number;
}

/**
 * Log files with a size cap: the current file is renamed to `.1` when the next line would pass
 * `maxBytes`, older ones shift up and the oldest is deleted. Writes are synchronous appends so the
 * last lines before a crash are on disk; a kiosk logs a few lines a minute, so the cost is small.
 */
export class RotatingFile implements LogSink {
  private fd: number | null = null;
  private size = 0;
  /** Lines lost to write errors since the last successful write (reported in the next line). */
  private dropped = 0;
  readonly stem: string;
  readonly maxBytes: number;
  readonly keep: number;

  constructor(private readonly options: RotatingFileOptions) {
    this.stem = options.stem ?? 'kiosk';
    this.maxBytes = Math.max(256, options.maxBytes ?? 1024 * 1024);
    this.keep = Math.max(0, options.keep ?? 4);
  }

  /** Path of the current file, or of rotated file `n` (1 = the most recent rotated one). */
  file(n = 0): string {
    return join(this.options.dir, n === 0 ? `${this.stem}.log` : `${this.stem}.${n}.log`);
  }

  write(line: string): void {
    try {
      const lost = this.dropped > 0 ? `(${this.dropped} log lines lost to write errors) ` : '';
      let bytes: Buffer = Buffer.from(lost + line.replace(/\r?\n/g, '\\n') + '\n', 'utf8');
      if (bytes.length > this.maxBytes) bytes = cut(bytes, this.maxBytes);
      this.open();
      if (this.size > 0 && this.size + bytes.length > this.maxBytes) this.rotate();
      writeSync(this.open(), bytes);
      this.size += bytes.length;
      this.dropped = 0;
    } catch {
      this.dropped++;
      this.closeFd();
    }
  }

  close(): void {
    this.closeFd();
  }

  private open(): number {
    if (this.fd !== null) return this.fd;
    mkdirSync(this.options.dir, { recursive: true });
    this.fd = openSync(this.file(), 'a', 0o600);
    this.size = fstatSync(this.fd).size;
    return this.fd;
  }

  private rotate(): void {
    this.closeFd();
    if (this.keep === 0) {
      rmSync(this.file(), { force: true });
      return;
    }
    rmSync(this.file(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 1; n--) {
      if (existsSync(this.file(n))) renameSync(this.file(n), this.file(n + 1));
    }
    renameSync(this.file(), this.file(1));
  }

  private closeFd(): void {
    if (this.fd === null) return;
    try {
      closeSync(this.fd);
    } catch {
      // already closed by the OS: nothing to do
    }
    this.fd = null;
    this.size = 0;
  }
}

/** Cuts a line to `max` bytes on a UTF-8 character boundary, keeping the final newline. */
function cut(bytes: Buffer, max: number): Buffer {
  let end = max - 1;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return Buffer.concat([bytes.subarray(0, end), Buffer.from('\n')]);
}

/** A sink that keeps lines in memory, for tests and for the CLI. */
export class MemoryLogSink implements LogSink {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  close(): void {}
}

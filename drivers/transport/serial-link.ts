import { realpathSync } from 'node:fs';
import { SerialPort } from 'serialport';
import { DriverFailure } from '../result';
import type { ByteLink } from './byte-link';

/** The part of serialport's stream that SerialLink uses (SerialPort and SerialPortMock both fit). */
export interface SerialPortLike {
  readonly isOpen: boolean;
  open(callback: (error: Error | null) => void): void;
  write(data: Buffer, callback: (error: Error | null | undefined) => void): boolean;
  close(callback: (error: Error | null) => void): void;
  update(options: { baudRate: number }, callback: (error: Error | null) => void): void;
  drain(callback: (error: Error | null) => void): void;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'close', listener: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface SerialLinkOptions {
  /** Device path: /dev/ttyUSB0, COM3, or a socat pty link. */
  path: string;
  /** Line speed in bits/s, 8N1. The PN532 HSU starts at 115200. */
  baudRate: number;
  /** Builds the port (tests pass a SerialPortMock). Default: serialport's SerialPort, not auto-opened. */
  createPort?: (options: { path: string; baudRate: number; autoOpen: false }) => SerialPortLike;
}

/** True for a pseudo-terminal (a socat link in tests and the simulator): /dev/pts/N behind any symlink. */
function isPseudoTerminal(path: string): boolean {
  try {
    return realpathSync(path).startsWith('/dev/pts/');
  } catch {
    return false;
  }
}

const DISCONNECT_CODES = new Set(['EIO', 'ENXIO', 'EBADF', 'ENODEV']);

const failure = (code: string, detail: string) => new DriverFailure({ code, detail });

/**
 * A serial port as a ByteLink (serialport 13). `onClose` listeners get an Error when the port closed
 * without `close()` being called: serialport reports an unplugged adapter as a close with a
 * DisconnectedError.
 */
export class SerialLink implements ByteLink {
  readonly name: string;
  private port: SerialPortLike | undefined;
  private closing = false;
  private speed: number;
  private pseudoTerminal = false;
  private readonly dataListeners = new Set<(chunk: Uint8Array) => void>();
  private readonly closeListeners = new Set<(error?: Error) => void>();

  constructor(private readonly options: SerialLinkOptions) {
    this.name = options.path;
    this.speed = options.baudRate;
  }

  /** The line speed in bits/s (as opened, then as set by setBaudRate). */
  get baudRate(): number {
    return this.speed;
  }

  get isOpen(): boolean {
    return this.port?.isOpen ?? false;
  }

  /** Opens the port; rejects with DriverFailure "link.open" (missing device, permission, busy). */
  async open(): Promise<void> {
    if (this.isOpen) return;
    const { path } = this.options;
    const baudRate = this.speed;
    this.pseudoTerminal = isPseudoTerminal(path);
    const create = this.options.createPort ?? ((o) => new SerialPort(o) as unknown as SerialPortLike);
    const port = create({ path, baudRate, autoOpen: false });
    this.port = port;
    this.closing = false;
    port.on('data', (chunk: Buffer) => {
      const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (const listener of [...this.dataListeners]) listener(bytes);
    });
    port.on('error', () => undefined); // errors also surface through write callbacks and 'close'
    let reported = false;
    // Node's stream may emit 'close' twice after a failed write (autoDestroy, then serialport): report once.
    port.on('close', (error?: Error | null) => {
      if (reported || port !== this.port) return;
      reported = true;
      const unexpected = this.closing ? undefined : (error ?? new Error(`${path} closed`));
      for (const listener of [...this.closeListeners]) listener(unexpected);
    });
    await new Promise<void>((resolve, reject) => {
      port.open((error) => (error ? reject(failure('link.open', `cannot open ${path}: ${error.message}`)) : resolve()));
    });
  }

  /**
   * Resolves when serialport handed the bytes to the OS; rejects with "link.closed", "link.disconnected"
   * (the device went away: EIO on a pty whose other side closed, ENXIO/EBADF on an unplugged adapter)
   * or "link.write".
   */
  async write(bytes: Uint8Array): Promise<void> {
    const port = this.port;
    if (!port?.isOpen) throw failure('link.closed', `${this.name} is not open`);
    await new Promise<void>((resolve, reject) => {
      port.write(Buffer.from(bytes), (error) => {
        if (!error) return resolve();
        const code = DISCONNECT_CODES.has((error as NodeJS.ErrnoException).code ?? '') ? 'link.disconnected' : 'link.write';
        reject(failure(code, `write to ${this.name} failed: ${error.message}`));
      });
    });
  }

  /** Changes the line speed of the open port (after PN532 SetSerialBaudRate). */
  async setBaudRate(baudRate: number): Promise<void> {
    const port = this.port;
    if (!port?.isOpen) throw failure('link.closed', `${this.name} is not open`);
    // A pty has no line speed (environment.md), and changing its termios discards bytes the other side has
    // not read yet (the PN532's ACK of the switch): record the speed only.
    if (this.pseudoTerminal) {
      this.speed = baudRate;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      port.update({ baudRate }, (error) => (error ? reject(failure('link.baud-rate', error.message)) : resolve()));
    });
    this.speed = baudRate;
  }

  /** Resolves when every byte written so far has left the UART (tcdrain), so a speed change cannot cut them. */
  async drain(): Promise<void> {
    const port = this.port;
    if (!port?.isOpen) return;
    await new Promise<void>((resolve) => port.drain(() => resolve()));
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onClose(listener: (error?: Error) => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  async close(): Promise<void> {
    const port = this.port;
    if (!port?.isOpen) return;
    this.closing = true;
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}

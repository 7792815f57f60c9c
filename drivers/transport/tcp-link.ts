import { Socket } from 'node:net';
import { DriverFailure } from '../result';
import { Listeners } from '../listeners';
import type { ByteLink } from './byte-link';

export interface TcpLinkOptions {
  readonly host: string;
  /** Raw printing port; 9100 on network receipt printers ("JetDirect"/AppSocket). */
  readonly port: number;
  /** Connection timeout in ms (default 3000). */
  readonly connectTimeoutMs?: number;
}

const failure = (code: string, detail: string) => new DriverFailure({ code, detail });

/** A raw TCP connection as a ByteLink (network receipt printers on port 9100). */
export class TcpLink implements ByteLink {
  readonly name: string;
  private socket: Socket | null = null;
  private closing = false;
  private readonly dataListeners = new Listeners<Uint8Array>();
  private readonly closeListeners = new Listeners<Error | undefined>();

  constructor(private readonly options: TcpLinkOptions) {
    this.name = `tcp ${options.host}:${options.port}`;
  }

  get isOpen(): boolean {
    return this.socket !== null && !this.socket.destroyed;
  }

  async open(): Promise<void> {
    if (this.isOpen) return;
    const socket = new Socket();
    this.closing = false;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.destroy();
        reject(failure('link.open', `no answer from ${this.name}`));
      }, this.options.connectTimeoutMs ?? 3000);
      socket.once('error', (e) => {
        clearTimeout(timer);
        reject(failure('link.open', `cannot connect to ${this.name}: ${e.message}`));
      });
      socket.connect(this.options.port, this.options.host, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    socket.setNoDelay(true);
    socket.removeAllListeners('error');
    socket.on('error', () => undefined); // surfaces as 'close' with hadError
    socket.on('data', (chunk: Buffer) => {
      const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      this.dataListeners.emit(bytes);
    });
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      const unexpected = this.closing ? undefined : new Error(`${this.name} closed`);
      this.closeListeners.emit(unexpected);
    });
    this.socket = socket;
  }

  async write(bytes: Uint8Array): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.destroyed) throw failure('link.closed', `${this.name} is not open`);
    await new Promise<void>((resolve, reject) => {
      socket.write(bytes, (e) => (e ? reject(failure('link.write', `write to ${this.name} failed: ${e.message}`)) : resolve()));
    });
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.dataListeners.add(listener);
  }

  onClose(listener: (error?: Error) => void): () => void {
    return this.closeListeners.add(listener);
  }

  async close(): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    this.closing = true;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
      setTimeout(() => socket.destroy(), 500).unref();
    });
  }
}

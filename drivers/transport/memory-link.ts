import { DriverFailure } from '../result';
import type { ByteLink } from './byte-link';

/**
 * One end of an in-memory byte link (for unit tests and the in-process demo). Bytes written on one end
 * reach the other end's listeners in a later microtask, in order, like a serial line that never loses
 * anything; bytes sent while the other end is closed are dropped, as on a real line.
 */
export class MemoryLink implements ByteLink {
  private open_ = false;
  private peer: MemoryLink | undefined;
  private readonly dataListeners = new Set<(chunk: Uint8Array) => void>();
  private readonly closeListeners = new Set<(error?: Error) => void>();
  /** Total bytes this end has written and received (the benchmark's link counters). */
  bytesWritten = 0;
  bytesReceived = 0;
  /**
   * Line speed of this end's UART in bits/s. Bytes written while the two ends disagree arrive as garbage
   * (0xFF: what a UART at the wrong speed mostly reads), as on a real serial line. Both start at 115200.
   */
  baudRate = 115200;

  constructor(readonly name: string) {}

  /** @internal Joins two ends; use createMemoryLinkPair. */
  static connect(a: MemoryLink, b: MemoryLink): void {
    a.peer = b;
    b.peer = a;
  }

  get isOpen(): boolean {
    return this.open_;
  }

  async open(): Promise<void> {
    this.open_ = true;
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.open_) throw new DriverFailure({ code: 'link.closed', detail: `${this.name} is not open` });
    const copy = this.peer !== undefined && this.peer.baudRate !== this.baudRate ? new Uint8Array(bytes.length).fill(0xff) : bytes.slice();
    this.bytesWritten += copy.length;
    const peer = this.peer;
    await new Promise<void>((resolve) => {
      queueMicrotask(() => {
        peer?.deliver(copy);
        resolve();
      });
    });
  }

  /** Changes this end's speed (the PN532 driver after SetSerialBaudRate; the virtual PN532 on the host's ACK). */
  async setBaudRate(baudRate: number): Promise<void> {
    this.baudRate = baudRate;
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
    this.shut(undefined);
  }

  /** Simulates the device being unplugged: this end closes and its onClose listeners get `error`. */
  unplug(error: Error = new Error('device disconnected')): void {
    this.shut(error);
  }

  private shut(error: Error | undefined): void {
    if (!this.open_) return;
    this.open_ = false;
    for (const listener of [...this.closeListeners]) listener(error);
  }

  private deliver(chunk: Uint8Array): void {
    if (!this.open_) return;
    this.bytesReceived += chunk.length;
    for (const listener of [...this.dataListeners]) listener(chunk);
  }
}

export interface MemoryLinkPairOptions {
  /** Names of the two ends. Default ["memory:host", "memory:device"]. */
  names?: readonly [string, string];
}

/** Two connected in-memory ByteLinks, both closed until opened: [host end, device end]. */
export function createMemoryLinkPair(options: MemoryLinkPairOptions = {}): [MemoryLink, MemoryLink] {
  const [a, b] = options.names ?? ['memory:host', 'memory:device'];
  const host = new MemoryLink(a);
  const device = new MemoryLink(b);
  MemoryLink.connect(host, device);
  return [host, device];
}

import type { ByteLink } from '../transport/byte-link';

/** Time `byteCount` bytes take on an 8N1 serial line: 10 bits per byte (start, 8 data, stop), in ms. */
export function wireTimeMs(byteCount: number, baudRate: number): number {
  return (byteCount * 10 * 1000) / baudRate;
}

export interface LinkThrottleOptions {
  /** Line speed in bits/s. */
  baudRate: number;
  /** Clock in ms (tests may inject one). Default performance.now. */
  now?: () => number;
}

/**
 * Wraps the simulator's end of a link so that it behaves like a serial line at `baudRate`: bytes the
 * simulator writes leave one after another at line speed, and bytes arriving from the host are seen
 * only once they would have finished arriving. Each direction is its own wire (full duplex). Ptys and
 * memory links are instant, so without this a simulated card would read faster than any real reader.
 */
export class ThrottledLink implements ByteLink {
  private txBusyUntil = 0;
  private rxBusyUntil = 0;
  private txChain: Promise<void> = Promise.resolve();
  private rxChain: Promise<void> = Promise.resolve();
  private readonly now: () => number;
  private readonly pendingTimers = new Set<ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<(chunk: Uint8Array) => void>();
  private innerOff: (() => void) | undefined;
  baudRate: number;

  constructor(readonly inner: ByteLink, options: LinkThrottleOptions) {
    this.baudRate = options.baudRate;
    this.now = options.now ?? (() => performance.now());
  }

  get name(): string {
    return this.inner.name;
  }

  get isOpen(): boolean {
    return this.inner.isOpen;
  }

  open(): Promise<void> {
    return this.inner.open();
  }

  /** Resolves once the last byte has left at line speed. */
  write(bytes: Uint8Array): Promise<void> {
    const due = Math.max(this.now(), this.txBusyUntil) + wireTimeMs(bytes.length, this.baudRate);
    this.txBusyUntil = due;
    const copy = bytes.slice();
    const run = this.txChain.then(() => this.waitUntil(due)).then(() => this.inner.write(copy));
    this.txChain = run.catch(() => undefined);
    return run;
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    // One subscription to the inner link, so the receive wire is accounted once whatever the listener count.
    this.innerOff ??= this.inner.onData((chunk) => {
      const due = Math.max(this.now(), this.rxBusyUntil) + wireTimeMs(chunk.length, this.baudRate);
      this.rxBusyUntil = due;
      const copy = chunk.slice();
      this.rxChain = this.rxChain
        .then(() => this.waitUntil(due))
        .then(() => {
          for (const l of [...this.listeners]) l(copy);
        });
    });
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onClose(listener: (error?: Error) => void): () => void {
    return this.inner.onClose(listener);
  }

  close(): Promise<void> {
    for (const t of this.pendingTimers) clearTimeout(t);
    this.pendingTimers.clear();
    return this.inner.close();
  }

  private waitUntil(due: number): Promise<void> {
    const ms = due - this.now();
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.pendingTimers.delete(t);
        resolve();
      }, ms);
      this.pendingTimers.add(t);
    });
  }
}

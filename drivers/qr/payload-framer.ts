/** How a serial scanner ends each payload (its "suffix" setting); `none` relies on an inter-byte timeout. */
export type ScanSuffix = 'cr' | 'lf' | 'crlf' | 'none';

const SUFFIX_BYTES: Record<Exclude<ScanSuffix, 'none'>, readonly number[]> = {
  cr: [0x0d],
  lf: [0x0a],
  crlf: [0x0d, 0x0a],
};

/**
 * Cuts a serial byte stream into payloads at the configured suffix (the scanner's own framing, like
 * node-serialport's DelimiterParser). Bytes stay bytes: UTF-8 is decoded per payload, so a multi-byte
 * character split across chunks is never broken. Timing (inter-byte timeout) belongs to the caller,
 * which calls `flush()` when the line has been quiet long enough.
 */
export class PayloadFramer {
  private buffer = new Uint8Array(0);
  private readonly suffix: readonly number[];

  constructor(
    suffix: ScanSuffix,
    /** A payload that grows past this without a suffix is cut here (QR codes hold at most 2,953 bytes). */
    private readonly maxPayloadBytes = 8192,
  ) {
    this.suffix = suffix === 'none' ? [] : SUFFIX_BYTES[suffix];
  }

  /** Adds a chunk; returns the payloads it completed (suffix removed), in order. */
  push(chunk: Uint8Array): Uint8Array[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer);
    joined.set(chunk, this.buffer.length);
    const frames: Uint8Array[] = [];
    let start = 0;
    if (this.suffix.length > 0) {
      for (let i = 0; i + this.suffix.length <= joined.length; i++) {
        if (this.suffix.every((b, k) => joined[i + k] === b)) {
          frames.push(joined.slice(start, i));
          start = i + this.suffix.length;
          i = start - 1;
        }
      }
    }
    let rest = joined.slice(start);
    while (rest.length > this.maxPayloadBytes) {
      frames.push(rest.slice(0, this.maxPayloadBytes));
      rest = rest.slice(this.maxPayloadBytes);
    }
    this.buffer = rest;
    return frames;
  }

  /** Returns the bytes waiting for a suffix as one payload (inter-byte timeout), or null when empty. */
  flush(): Uint8Array | null {
    if (this.buffer.length === 0) return null;
    const frame = this.buffer;
    this.buffer = new Uint8Array(0);
    return frame;
  }

  /** Bytes received since the last complete payload. */
  get pendingBytes(): number {
    return this.buffer.length;
  }

  reset(): void {
    this.buffer = new Uint8Array(0);
  }
}

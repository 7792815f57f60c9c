import type { DriverError } from '../result';
import { MAX_PN532_FRAME_LENGTH, TFI_ERROR, type Pn532Frame } from './frame';

export type Pn532FrameErrorCode =
  /** LEN + LCS (or LENM + LENL + LCS) is not 0 mod 256: the header is damaged. */
  | 'pn532.length-checksum'
  /** TFI + data + DCS is not 0 mod 256: the body is damaged (ask for it again with a NACK). */
  | 'pn532.checksum'
  /** The header announces more bytes than `maxLength`. */
  | 'pn532.frame-too-long'
  /** A frame with a valid length checksum but no room for a TFI (LEN = 0 that is not an ACK). */
  | 'pn532.frame-format';

export type FrameParserEvent =
  | { readonly type: 'frame'; readonly frame: Pn532Frame }
  | { readonly type: 'error'; readonly error: DriverError<Pn532FrameErrorCode> };

export interface FrameParserOptions {
  /** Largest LEN (TFI + data) accepted; longer headers are reported and skipped. Default 265 (UM §6.2.1.2). */
  maxLength?: number;
}

/**
 * Streaming PN532 frame parser for either direction. Feed it chunks as they arrive; it returns the
 * frames and typed errors completed by each chunk. It never throws on bad bytes: it searches for the
 * start code 00 FF, skips anything before it (preamble zeros, the HSU wake-up 0x55 bytes, line noise),
 * and after a damaged header resynchronises from the byte after the start code. A body checksum error
 * consumes the whole frame, so the next frame parses cleanly. Bounded: it buffers at most one frame.
 */
export class Pn532FrameParser {
  private buffer = new Uint8Array(0);
  private skipped = 0;
  private readonly maxLength: number;

  constructor(options: FrameParserOptions = {}) {
    this.maxLength = options.maxLength ?? MAX_PN532_FRAME_LENGTH;
  }

  /** Non-zero bytes skipped while looking for a start code (zeros are legal preamble/postamble). */
  get skippedBytes(): number {
    return this.skipped;
  }

  /** Bytes held while waiting for the rest of a frame. */
  get pendingBytes(): number {
    return this.buffer.length;
  }

  /** Drops any partial frame (after a timeout, so a truncated frame cannot swallow the next one). */
  reset(): void {
    this.buffer = new Uint8Array(0);
  }

  push(chunk: Uint8Array): FrameParserEvent[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer, 0);
    joined.set(chunk, this.buffer.length);
    const events: FrameParserEvent[] = [];
    let pos = 0;
    for (;;) {
      const start = this.findStartCode(joined, pos);
      if (start < 0) {
        // Keep a trailing 0x00: it may be the first half of the next start code.
        const keepFrom = joined.length > pos && joined[joined.length - 1] === 0 ? joined.length - 1 : joined.length;
        this.countSkipped(joined, pos, keepFrom);
        pos = keepFrom;
        break;
      }
      this.countSkipped(joined, pos, start);
      const step = this.parseAt(joined, start, events);
      if (step === 0) {
        pos = start; // incomplete: wait for more bytes
        break;
      }
      pos = start + step;
    }
    this.buffer = joined.slice(pos);
    return events;
  }

  private findStartCode(bytes: Uint8Array, from: number): number {
    for (let i = from; i + 1 < bytes.length; i++) if (bytes[i] === 0x00 && bytes[i + 1] === 0xff) return i;
    return -1;
  }

  private countSkipped(bytes: Uint8Array, from: number, to: number): void {
    for (let i = from; i < to; i++) if (bytes[i] !== 0) this.skipped++;
  }

  /** Parses the frame whose start code is at `s`; returns bytes consumed, or 0 when more are needed. */
  private parseAt(b: Uint8Array, s: number, events: FrameParserEvent[]): number {
    if (b.length < s + 4) return 0;
    const x = b[s + 2]!;
    const y = b[s + 3]!;
    if (x === 0x00 && y === 0xff) return this.emit(events, { kind: 'ack' }, 4);
    if (x === 0xff && y === 0x00) return this.emit(events, { kind: 'nack' }, 4);
    let len: number;
    let header: number;
    const extended = x === 0xff && y === 0xff;
    if (extended) {
      if (b.length < s + 7) return 0;
      const lenm = b[s + 4]!;
      const lenl = b[s + 5]!;
      if (((lenm + lenl + b[s + 6]!) & 0xff) !== 0) return this.fail(events, 'pn532.length-checksum', 'extended LCS mismatch', 2);
      len = (lenm << 8) | lenl;
      header = 7;
    } else {
      if (((x + y) & 0xff) !== 0) return this.fail(events, 'pn532.length-checksum', 'LCS mismatch', 2);
      len = x;
      header = 4;
    }
    if (len === 0) return this.fail(events, 'pn532.frame-format', 'frame with LEN 0 is not an ACK', 2);
    if (len > this.maxLength) return this.fail(events, 'pn532.frame-too-long', `LEN ${len} exceeds ${this.maxLength}`, 2);
    const total = header + len + 1; // header + TFI/data + DCS (the postamble is skipped as preamble)
    if (b.length < s + total) return 0;
    let sum = 0;
    for (let i = s + header; i < s + total; i++) sum += b[i]!;
    if ((sum & 0xff) !== 0) return this.fail(events, 'pn532.checksum', `DCS mismatch in a frame of LEN ${len}`, total);
    const tfi = b[s + header]!;
    if (tfi === TFI_ERROR) return this.emit(events, { kind: 'error' }, total);
    const data = b.slice(s + header + 1, s + header + len);
    return this.emit(events, { kind: 'information', tfi, data, extended }, total);
  }

  private emit(events: FrameParserEvent[], frame: Pn532Frame, consumed: number): number {
    events.push({ type: 'frame', frame });
    return consumed;
  }

  private fail(events: FrameParserEvent[], code: Pn532FrameErrorCode, detail: string, consumed: number): number {
    events.push({ type: 'error', error: { code, detail } });
    return consumed;
  }
}

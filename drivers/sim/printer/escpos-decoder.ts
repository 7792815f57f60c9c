import { DLE, ESC, EOT, GS, LF, type MonoBitmap } from '../../escpos/escpos-commands';

/** What a printer understood from the bytes it received. */
export type EscPosEvent =
  | { readonly kind: 'init' }
  | { readonly kind: 'status-request'; readonly n: number }
  | { readonly kind: 'raster'; readonly bitmap: MonoBitmap }
  | { readonly kind: 'text'; readonly line: string }
  | { readonly kind: 'feed'; readonly lines: number }
  | { readonly kind: 'cut' }
  | { readonly kind: 'unknown'; readonly byte: number };

/**
 * An incremental ESC/POS decoder for the subset the kiosk and common drivers send: ESC @, ESC d, ESC a/E/!
 * (alignment and emphasis, skipped), GS v 0 raster, GS V cut, DLE EOT, printable text and LF.
 * Chunks may split a command anywhere; `push` returns the events completed so far.
 */
export class EscPosDecoder {
  private buffer = new Uint8Array(0);
  private text: number[] = [];

  push(chunk: Uint8Array): EscPosEvent[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer);
    joined.set(chunk, this.buffer.length);
    const events: EscPosEvent[] = [];
    let at = 0;
    while (at < joined.length) {
      const used = this.step(joined, at, events);
      if (used === 0) break; // incomplete command: wait for more bytes
      at += used;
    }
    this.buffer = joined.slice(at);
    return events;
  }

  /** Decodes one command at `at`; returns the bytes it used, 0 when it needs more. */
  private step(b: Uint8Array, at: number, out: EscPosEvent[]): number {
    const c = b[at]!;
    const need = (n: number) => at + n <= b.length;
    if (c === DLE) {
      if (!need(3)) return 0;
      if (b[at + 1] === EOT) {
        out.push({ kind: 'status-request', n: b[at + 2]! });
        return 3;
      }
      out.push({ kind: 'unknown', byte: c });
      return 1;
    }
    if (c === ESC) {
      if (!need(2)) return 0;
      const op = b[at + 1]!;
      if (op === 0x40) { this.flushText(out); out.push({ kind: 'init' }); return 2; }
      if (op === 0x64) { if (!need(3)) return 0; this.flushText(out); out.push({ kind: 'feed', lines: b[at + 2]! }); return 3; }
      if (op === 0x61 || op === 0x45 || op === 0x21 || op === 0x74 || op === 0x4d) return need(3) ? 3 : 0;
      out.push({ kind: 'unknown', byte: c });
      return 1;
    }
    if (c === GS) {
      if (!need(2)) return 0;
      const op = b[at + 1]!;
      if (op === 0x76) {
        if (!need(8)) return 0;
        const widthBytes = b[at + 4]! | (b[at + 5]! << 8);
        const height = b[at + 6]! | (b[at + 7]! << 8);
        const size = widthBytes * height;
        if (!need(8 + size)) return 0;
        this.flushText(out);
        out.push({ kind: 'raster', bitmap: { widthDots: widthBytes * 8, heightDots: height, widthBytes, data: b.slice(at + 8, at + 8 + size) } });
        return 8 + size;
      }
      if (op === 0x56) {
        if (!need(3)) return 0;
        const m = b[at + 2]!;
        const len = m === 65 || m === 66 || m === 97 || m === 98 ? 4 : 3;
        if (!need(len)) return 0;
        this.flushText(out);
        out.push({ kind: 'cut' });
        return len;
      }
      if (op === 0x21) return need(3) ? 3 : 0;
      out.push({ kind: 'unknown', byte: c });
      return 1;
    }
    if (c === LF) {
      out.push({ kind: 'text', line: this.takeText() });
      return 1;
    }
    if (c === 0x0d) return 1;
    if (c >= 0x20) {
      this.text.push(c);
      return 1;
    }
    out.push({ kind: 'unknown', byte: c });
    return 1;
  }

  private flushText(out: EscPosEvent[]): void {
    if (this.text.length > 0) out.push({ kind: 'text', line: this.takeText() });
  }

  private takeText(): string {
    const line = String.fromCharCode(...this.text);
    this.text = [];
    return line;
  }
}

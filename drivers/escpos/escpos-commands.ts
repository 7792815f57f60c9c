/**
 * ESC/POS byte sequences the kiosk sends (Epson "ESC/POS Command Reference", TM-T88/T20 family; the
 * Chinese 58/80 mm kiosk printers implement the same subset). Pure builders: no I/O.
 */

export const ESC = 0x1b;
export const GS = 0x1d;
export const DLE = 0x10;
export const EOT = 0x04;
export const LF = 0x0a;

/** ESC @: initialise the printer (clears the buffer and modes, keeps the receive buffer). */
export const initialize = (): Uint8Array => Uint8Array.of(ESC, 0x40);

/** ESC d n: print and feed n lines (so the last printed line clears the cutter). */
export const feedLines = (n: number): Uint8Array => Uint8Array.of(ESC, 0x64, clampByte(n));

/** GS V 66 n: feed to the cutting position plus n dots, then partial cut (function B). */
export const cutPaper = (feedDots = 0): Uint8Array => Uint8Array.of(GS, 0x56, 66, clampByte(feedDots));

/** A 1-bit image: rows of `widthBytes` bytes, most significant bit = leftmost dot, 1 = black. */
export interface MonoBitmap {
  readonly widthDots: number;
  readonly heightDots: number;
  /** ceil(widthDots / 8) */
  readonly widthBytes: number;
  readonly data: Uint8Array;
}

/**
 * GS v 0 m xL xH yL yH d1…dk: print a raster bit image (normal density, m = 0). xL/xH is the width
 * in BYTES, yL/yH the height in dots. Printers buffer a limited height per command (Epson: 2303 dots
 * is safe on every model), so a tall slip goes out as bands of `bandHeight` dots.
 */
export function rasterImage(bitmap: MonoBitmap, bandHeight = 256): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let top = 0; top < bitmap.heightDots; top += bandHeight) {
    const rows = Math.min(bandHeight, bitmap.heightDots - top);
    const header = Uint8Array.of(GS, 0x76, 0x30, 0, bitmap.widthBytes & 0xff, bitmap.widthBytes >> 8, rows & 0xff, rows >> 8);
    parts.push(header, bitmap.data.subarray(top * bitmap.widthBytes, (top + rows) * bitmap.widthBytes));
  }
  return concatBytes(parts);
}

/**
 * Plain text for a printer configured for text mode: ASCII only, since most kiosk printers have no
 * Vietnamese code page (CP1258 is missing on the common models); marks are dropped, đ becomes d.
 */
export function textLine(text: string): Uint8Array {
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const bytes = Array.from(plain, (ch) => (ch.charCodeAt(0) < 0x80 && ch.charCodeAt(0) >= 0x20 ? ch.charCodeAt(0) : 0x3f));
  return Uint8Array.from([...bytes, LF]);
}

/** DLE EOT n: real-time status transmission; n = 1 printer, 2 offline cause, 4 roll paper sensor. */
export const statusRequest = (n: 1 | 2 | 4): Uint8Array => Uint8Array.of(DLE, EOT, n);

export const concatBytes = (parts: readonly Uint8Array[]): Uint8Array => Buffer.concat(parts);

const clampByte = (n: number) => Math.max(0, Math.min(255, Math.round(n)));

import type { MonoBitmap } from './escpos-commands';

/**
 * Packs an RGBA image (canvas ImageData layout) into the printer's 1-bit raster: a dot is black when
 * its luminance is under `threshold` (0–255) on a white background. Thermal heads print dots or
 * nothing, so anti-aliased glyph edges are cut at the middle grey.
 */
export function packRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, threshold = 128): MonoBitmap {
  if (rgba.length !== width * height * 4) throw new RangeError(`expected ${width * height * 4} RGBA bytes, got ${rgba.length}`);
  const widthBytes = Math.ceil(width / 8);
  const data = new Uint8Array(widthBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const alpha = rgba[i + 3]! / 255;
      // Transparent pixels are paper (white).
      const lum = (0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!) * alpha + 255 * (1 - alpha);
      if (lum < threshold) data[y * widthBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { widthDots: width, heightDots: height, widthBytes, data };
}

/** Whether the dot at (x, y) is black. */
export function dotAt(bitmap: MonoBitmap, x: number, y: number): boolean {
  return (bitmap.data[y * bitmap.widthBytes + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;
}

/** Expands a 1-bit raster to RGBA (black on white) for PNG encoding. */
export function unpackToRgba(bitmap: MonoBitmap): Uint8ClampedArray {
  const out = new Uint8ClampedArray(bitmap.widthDots * bitmap.heightDots * 4);
  for (let y = 0; y < bitmap.heightDots; y++) {
    for (let x = 0; x < bitmap.widthDots; x++) {
      const v = dotAt(bitmap, x, y) ? 0 : 255;
      const i = (y * bitmap.widthDots + x) * 4;
      out[i] = v;
      out[i + 1] = v;
      out[i + 2] = v;
      out[i + 3] = 255;
    }
  }
  return out;
}

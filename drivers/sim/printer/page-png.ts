import { loadSkia } from '../../skia/load-skia';
import { unpackToRgba } from '../../escpos/mono-bitmap';
import type { PrintedPage } from './virtual-printer';

const TEXT_LINE_DOTS = 30;

/**
 * Draws a printed slip as the paper would look: raster bands at their dots, text lines in the
 * printer's monospace font (Font A, 12×24 dots), one under another. Returns PNG bytes.
 */
export function pageToPng(page: PrintedPage, paperDots = 576): Buffer {
  const width = Math.max(paperDots, ...page.parts.map((p) => (p.kind === 'raster' ? p.bitmap.widthDots : 0)));
  const height = Math.max(1, page.parts.reduce((h, p) => h + (p.kind === 'raster' ? p.bitmap.heightDots : TEXT_LINE_DOTS), 0));
  const canvas = loadSkia().createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  let y = 0;
  for (const part of page.parts) {
    if (part.kind === 'raster') {
      const { widthDots, heightDots } = part.bitmap;
      const image = ctx.createImageData(widthDots, heightDots);
      image.data.set(unpackToRgba(part.bitmap));
      ctx.putImageData(image, 0, y);
      y += heightDots;
    } else {
      ctx.fillStyle = '#000';
      ctx.font = '24px "DejaVu Sans Mono", monospace';
      ctx.fillText(part.line, 0, y + 24);
      y += TEXT_LINE_DOTS;
    }
  }
  return canvas.toBuffer('image/png');
}

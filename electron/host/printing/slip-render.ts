import { dirname, join } from 'node:path';
import type { SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { loadSkia } from '../../../drivers/skia/load-skia';
import { nodeRequire } from '../../../drivers/node-require';
import { packRgba, type MonoBitmap } from '../../../drivers/escpos/index';
import type { SlipFont, SlipLayout, MeasureText } from './slip-layout';
import { FONT_DOTS } from './slip-layout';

// The screen's typeface (Be Vietnam Pro, from @fontsource like the renderer). Fontsource splits each
// weight into Latin, Latin Extended and Vietnamese files; one family name per weight keeps the weights
// apart (several weights under one name made Skia pick the bold one for every text).
const FAMILY = { regular: 'Slip Be Vietnam Pro 400', bold: 'Slip Be Vietnam Pro 700' } as const;
let fontsLoaded = false;

/**
 * Skia with the slip's fonts registered: at the first slip, or when a face first shows a print button
 * (printing-module.ts), never at start (drivers/skia/load-skia.ts says why).
 */
function skiaWithFonts(): ReturnType<typeof loadSkia> {
  const skia = loadSkia();
  if (fontsLoaded) return skia;
  const dir = join(dirname(nodeRequire().resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
  for (const [weight, family] of [[400, FAMILY.regular], [700, FAMILY.bold]] as const) {
    for (const subset of ['latin', 'latin-ext', 'vietnamese']) {
      skia.GlobalFonts.registerFromPath(join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff2`), family);
    }
  }
  fontsLoaded = true;
  return skia;
}

function fontCss(font: SlipFont, paper: 58 | 80): string {
  const family = font === 'title' || font === 'heading' ? FAMILY.bold : FAMILY.regular;
  return `${FONT_DOTS[paper][font]}px "${family}"`;
}

/** A measure function backed by the real font, for `layoutSlip`. */
export function canvasMeasure(paper: 58 | 80): MeasureText {
  const ctx = skiaWithFonts().createCanvas(8, 8).getContext('2d');
  return (text, font) => {
    ctx.font = fontCss(font, paper);
    return ctx.measureText(text).width;
  };
}

/** Draws the laid-out slip and packs it into the printer's 1-bit raster. */
export function renderSlip(layout: SlipLayout, paper: 58 | 80): MonoBitmap {
  const canvas = skiaWithFonts().createCanvas(layout.widthDots, layout.heightDots);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, layout.widthDots, layout.heightDots);
  ctx.fillStyle = '#000';
  for (const op of layout.ops) {
    if (op.kind === 'text') {
      ctx.font = fontCss(op.font, paper);
      ctx.textAlign = op.align;
      ctx.fillText(op.text, op.x, op.y - Math.round(FONT_DOTS[paper][op.font] * 0.25));
    } else if (op.kind === 'rule') {
      ctx.fillRect(0, op.y, layout.widthDots, 2);
    } else {
      drawQr(ctx, op.url, op.x, op.y, op.size);
    }
  }
  const image = ctx.getImageData(0, 0, layout.widthDots, layout.heightDots);
  return packRgba(image.data, layout.widthDots, layout.heightDots);
}

/**
 * Whole dots per module (a fractional module blurs into unreadable stripes on a thermal head), with
 * the quiet zone of 4 modules that ISO/IEC 18004 asks for inside the reserved square.
 */
function drawQr(ctx: SKRSContext2D, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const module = Math.max(2, Math.floor(size / (n + 8)));
  const offset = Math.floor((size - module * n) / 2);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) ctx.fillRect(x + offset + c * module, y + offset + r * module, module, module);
    }
  }
}

import type { SlipContent } from '../../api/printing';
import { concatBytes, cutPaper, feedLines, initialize, rasterImage, textLine, type MonoBitmap } from '../../../drivers/escpos/index';
import { breakLines, layoutSlip, type SlipFrame } from './slip-layout';
import { canvasMeasure, renderSlip } from './slip-render';

export interface SlipJobOptions {
  readonly paperWidthMm: 58 | 80;
  /** raster (default): the slip as an image; text: ASCII lines for a printer set up for text only. */
  readonly mode?: 'raster' | 'text';
}

/** The slip as an image, before encoding (the benchmark and the OS-printer path use it too). */
export function slipBitmap(content: SlipContent, frame: SlipFrame, paperWidthMm: 58 | 80): MonoBitmap {
  const layout = layoutSlip(content, frame, paperWidthMm, canvasMeasure(paperWidthMm));
  return renderSlip(layout, paperWidthMm);
}

/** The ESC/POS bytes of one slip: initialise, the slip, feed past the cutter, cut. */
export function buildSlipJob(content: SlipContent, frame: SlipFrame, options: SlipJobOptions): Uint8Array {
  if (options.mode === 'text') {
    // Text mode has no image: Font A is 12 dots wide, so 48 (80 mm) or 32 (58 mm) characters per line.
    const columns = options.paperWidthMm === 80 ? 48 : 32;
    const layout = layoutSlip(content, frame, options.paperWidthMm, (t) => t.length * 12);
    const lines = layout.ops.flatMap((op) => (op.kind === 'text' ? [op.text] : op.kind === 'rule' ? ['-'.repeat(columns)] : breakLines(op.url, columns, (t) => t.length)));
    return concatBytes([initialize(), ...lines.map(textLine), feedLines(4), cutPaper()]);
  }
  return concatBytes([initialize(), rasterImage(slipBitmap(content, frame, options.paperWidthMm)), feedLines(4), cutPaper()]);
}

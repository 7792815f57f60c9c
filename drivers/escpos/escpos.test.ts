import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EscPosDecoder } from '../sim/printer/escpos-decoder';
import { cutPaper, initialize, rasterImage, statusRequest, textLine } from './escpos-commands';
import { dotAt, packRgba, unpackToRgba } from './mono-bitmap';
import { interpretStatus, isStatusByte, statusBytesFor } from './printer-status';

const rgba = (w: number, h: number, black: (x: number, y: number) => boolean) => {
  const out = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const v = black(x, y) ? 0 : 255;
    out.set([v, v, v, 255], (y * w + x) * 4);
  }
  return out;
};

describe('raster encoding (GS v 0)', () => {
  it('packs dots MSB first, 1 = black, rows padded to whole bytes', () => {
    const bmp = packRgba(rgba(10, 2, (x, y) => (y === 0 ? x === 0 || x === 9 : x === 8)), 10, 2);
    expect(bmp.widthBytes).toBe(2);
    expect([...bmp.data]).toEqual([0x80, 0x40, 0x00, 0x80]);
  });

  it('treats transparent pixels as paper', () => {
    const px = new Uint8ClampedArray([0, 0, 0, 0]);
    expect(packRgba(px, 1, 1).data[0]).toBe(0);
  });

  it('writes the header with the width in bytes and the height in dots, in bands', () => {
    const bmp = packRgba(rgba(16, 300, () => true), 16, 300);
    const bytes = rasterImage(bmp, 256);
    expect([...bytes.subarray(0, 8)]).toEqual([0x1d, 0x76, 0x30, 0, 2, 0, 0, 1]);
    expect([...bytes.subarray(8 + 512, 8 + 512 + 8)]).toEqual([0x1d, 0x76, 0x30, 0, 2, 0, 44, 0]);
    expect(bytes.length).toBe(16 + 2 * 300);
  });

  it('round-trips through the virtual printer decoder, band by band, whatever the chunking', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 97 }), (w, h, chunk) => {
      const bmp = packRgba(rgba(w, h, (x, y) => (x * 7 + y * 3) % 5 === 0), w, h);
      const job = Buffer.concat([initialize(), rasterImage(bmp, 32), cutPaper()]);
      const decoder = new EscPosDecoder();
      const events = [];
      for (let at = 0; at < job.length; at += chunk) events.push(...decoder.push(job.subarray(at, at + chunk)));
      const bands = events.filter((e) => e.kind === 'raster');
      expect(bands.reduce((n, b) => n + (b.kind === 'raster' ? b.bitmap.heightDots : 0), 0)).toBe(h);
      expect(events.at(-1)?.kind).toBe('cut');
      let y0 = 0;
      for (const b of bands) {
        if (b.kind !== 'raster') continue;
        for (let y = 0; y < b.bitmap.heightDots; y++) for (let x = 0; x < w; x++) expect(dotAt(b.bitmap, x, y)).toBe(dotAt(bmp, x, y0 + y));
        y0 += b.bitmap.heightDots;
      }
    }), { numRuns: 40 });
  });

  it('unpacks to black-on-white RGBA', () => {
    const bmp = packRgba(rgba(2, 1, (x) => x === 1), 2, 1);
    expect([...unpackToRgba(bmp)]).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
  });

  it('text mode drops the marks a code page without Vietnamese cannot print', () => {
    expect(new TextDecoder().decode(textLine('Đăng ký khai sinh ở phường'))).toBe('Dang ky khai sinh o phuong\n');
  });

  it('never loses bytes on random input (the decoder is a parser of outside bytes)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(() => new EscPosDecoder().push(bytes)).not.toThrow();
    }));
  });
});

describe('DLE EOT status answers', () => {
  it('asks with DLE EOT n', () => {
    expect([...statusRequest(4)]).toEqual([0x10, 0x04, 4]);
  });

  it.each([
    ['ready', { ready: true, paperNearEnd: false }],
    ['paper-out', { ready: false, fault: 'paper-out', paperNearEnd: false }],
    ['cover-open', { ready: false, fault: 'cover-open', paperNearEnd: false }],
    ['offline', { ready: false, fault: 'offline', paperNearEnd: false }],
  ] as const)('%s', (state, expected) => {
    const b = statusBytesFor(state);
    expect(interpretStatus(b[1], b[2], b[4])).toEqual(expected);
  });

  it('no answer, or a byte that is not a status byte, is "no-answer"', () => {
    expect(interpretStatus(null, null, null).fault).toBe('no-answer');
    expect(interpretStatus(0xff, 0x12, 0x12).fault).toBe('no-answer');
  });

  it('paper near end is reported but still prints', () => {
    expect(interpretStatus(0x12, 0x12, 0x12 | 0x0c)).toEqual({ ready: true, paperNearEnd: true });
  });

  it('recognises status bytes by their fixed bits (0xx1xx10)', () => {
    expect(isStatusByte(0x12)).toBe(true);
    expect(isStatusByte(0x16)).toBe(true);
    expect(isStatusByte(0x13)).toBe(false);
    expect(isStatusByte(0x92)).toBe(false);
  });
});

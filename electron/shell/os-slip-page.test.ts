import { describe, expect, it } from 'vitest';
import { slipPageHtml, slipPageSizeMicrons } from './os-slip-page';

describe('the OS printer page', () => {
  it('holds only the slip image at the paper width, with no script allowed', () => {
    const html = slipPageHtml('iVBORw0KGgo=', 72, 140);
    expect(html).toContain('@page{size:72mm 140mm;margin:0}');
    expect(html).toContain("default-src 'none'; img-src data:");
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(html).not.toMatch(/<script/i);
  });
  it('refuses anything but base64 in the image', () => {
    expect(() => slipPageHtml('"><script>', 72, 10)).toThrow(/base64/);
  });
  it('gives Electron the page size in microns', () => {
    expect(slipPageSizeMicrons(72, 140)).toEqual({ width: 72000, height: 140000 });
  });
});

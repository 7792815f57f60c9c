/**
 * The page the shell prints for an OS printer: the slip's PNG at its paper width, nothing else (no
 * script, no network). Plain strings so unit tests check them without Electron.
 */
export function slipPageHtml(pngBase64: string, widthMm: number, heightMm: number): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(pngBase64)) throw new Error('expected base64 PNG data');
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`
    + `<style>@page{size:${widthMm}mm ${heightMm}mm;margin:0}html,body{margin:0;padding:0}img{display:block;width:${widthMm}mm;height:auto}</style></head>`
    + `<body><img alt="" src="data:image/png;base64,${pngBase64}"></body></html>`;
}

/** Electron's print() page size is in microns. Thermal drivers print 72 mm of an 80 mm roll, 48 of 58. */
export function slipPageSizeMicrons(widthMm: number, heightMm: number): { width: number; height: number } {
  return { width: Math.round(widthMm * 1000), height: Math.round(heightMm * 1000) };
}

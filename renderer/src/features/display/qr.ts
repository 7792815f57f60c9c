import QRCode from 'qrcode';

const MAX_CACHED = 64;
const cache = new Map<string, string>();

/**
 * A QR code for `text` as an SVG data URL (CSP allows `img-src data:`), made with the qrcode package.
 * Cached: a playlist shows the same few addresses over and over for weeks, and the soak must not
 * allocate a new image per transition. Error correction M (15%) survives glare on a TV glass.
 */
export function qrSvgDataUrl(text: string): string {
  const hit = cache.get(text);
  if (hit) return hit;
  let svg = '';
  // With a callback, qrcode renders synchronously (lib/browser.js renderCanvas).
  QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }, (error, out) => {
    if (!error) svg = out;
  });
  if (!svg) return '';
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(text, url);
  return url;
}

/**
 * Order of the publisher's `manifest.version` (a signed field: the signature covers the whole file).
 * Versions are compared segment by segment, split at "." and "-": two all-digit segments as numbers
 * ("10" after "9", "2025.12.1" after "2025.9.30"), anything else as text. A missing segment counts as
 * lower ("1.1" after "1"). Returns <0, 0 or >0 like a sort comparator.
 */
export function compareVersions(a: string, b: string): number {
  const as = segments(a);
  const bs = segments(b);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i];
    const y = bs[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const c = /^\d+$/.test(x) && /^\d+$/.test(y) ? compareDigits(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

const segments = (v: string): string[] => v.trim().split(/[.-]/);

/** Numeric order of digit strings of any length (no Number overflow for long build numbers). */
function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

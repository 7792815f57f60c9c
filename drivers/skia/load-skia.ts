import { nodeRequire } from '../node-require';

/**
 * Skia (@napi-rs/canvas), loaded at its first use rather than when the core starts: the native module is
 * ~16 MB resident and ~40 ms to load, and a kiosk idling on its attract screen draws nothing with it
 * (issue 12, bench:start: 150 MB and 2 s). A CommonJS require keeps drawing synchronous.
 */
type Skia = typeof import('@napi-rs/canvas');

let skia: Skia | undefined;

export function loadSkia(): Skia {
  skia ??= nodeRequire()('@napi-rs/canvas') as Skia;
  return skia;
}

import { createRequire } from 'node:module';

/**
 * `require` where the code runs, for modules loaded on first use or loaded without an ES module facade:
 * the bundles give CommonJS (Electron main) one and ESM (the CLI) one from their banner; tsx and vitest have
 * neither, so one is made from this file's URL.
 */
export function nodeRequire(): NodeJS.Require {
  return typeof require === 'function' ? require : createRequire(import.meta.url);
}

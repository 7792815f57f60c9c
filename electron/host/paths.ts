import { dirname, join, resolve } from 'node:path';

/**
 * The installed package's root, found from the folder of the running code: the bundles live in
 * dist/host and dist/electron, the sources in electron/host/...; walking up to the folder above
 * "dist" or "electron" works for both.
 */
export function packageRootFrom(codeDir: string): string {
  let dir = codeDir;
  for (let i = 0; i < 6; i++) {
    const name = dir.split(/[\\/]/).pop();
    if (name === 'dist' || name === 'electron') return dirname(dir);
    dir = dirname(dir);
  }
  return process.cwd();
}

/** The demo configuration shipped in kiosk-config/, unless KIOSK_CONFIG names another file. */
export function defaultConfigFile(root: string): string {
  return process.env.KIOSK_CONFIG ? resolve(process.env.KIOSK_CONFIG) : join(root, 'kiosk-config', 'kiosk.json');
}

// Bundles the Node side with esbuild: the CLI/core (ESM) and the Electron main and preload (CommonJS,
// as Electron's sandboxed preload requires). Native and large runtime packages stay external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = ['electron', 'better-sqlite3', 'serialport', '@serialport/*', 'node-hid', 'smartcard', 'exceljs', 'officecrypto-tool', 'ws', 'bufferutil', 'utf-8-validate', '@napi-rs/*'];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: 'linked',
  external,
  define: { __KIOSK_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'electron/host/cli/main.ts' },
    outdir: 'dist/host',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    // Some bundled CommonJS dependencies call require(); give ESM output one.
    banner: { js: "import { createRequire as __kioskRequire } from 'node:module'; const require = __kioskRequire(import.meta.url);" },
  }),
  build({ ...common, entryPoints: { main: 'electron/main.ts' }, outdir: 'dist/electron', format: 'cjs', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', format: 'cjs', outExtension: { '.js': '.cjs' } }),
  // The watchdog runs as its own process and restarts the app when the main process stops answering.
  build({ ...common, entryPoints: { watchdog: 'electron/shell/watchdog-process.ts' }, outdir: 'dist/electron', format: 'cjs', outExtension: { '.js': '.cjs' } }),
]);

#!/usr/bin/env node
// The `kiosk` command: runs the bundled CLI from dist/ (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`kiosk: Node.js 22 or newer is required (this is ${process.version}).`);
  process.exit(1);
}
const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'host', 'cli.mjs');
if (!existsSync(bundle)) {
  console.error('kiosk: the core is not built yet; run `npm run build` (npm install does it) first.');
  process.exit(1);
}
// V8's compiled code for the 2 MB bundle is kept on disk (Node's own cache, in the OS temp folder) and
// reused at the next start: part of reaching the attract screen within 2 s (bench:start).
module.enableCompileCache?.();
await import(pathToFileURL(bundle).href);

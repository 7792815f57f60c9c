// `npm start`: the Electron app when its runtime can be had, otherwise browser mode (one line says why).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;

function electronBinary() {
  try {
    // electron/path.txt exists once the runtime was downloaded; only then is require('electron') silent.
    const pkgDir = require.resolve('electron/package.json').replace(/package\.json$/, '');
    if (!existsSync(`${pkgDir}path.txt`)) return null;
    const exe = require('electron');
    return typeof exe === 'string' && existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

let exe = electronBinary();
if (!exe && process.env.KIOSK_NO_ELECTRON !== '1') {
  // Electron 45 downloads its runtime on demand; try once, quietly, with a time limit.
  const r = spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'ignore', timeout: 60_000 });
  if (r.status === 0) exe = electronBinary();
}

if (exe && process.env.KIOSK_NO_ELECTRON !== '1') {
  const child = spawn(exe, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron runtime unavailable (cannot be downloaded here); starting browser mode instead.');
  const child = spawn(process.execPath, [`${root}bin/kiosk.mjs`, 'serve', '--open', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
}

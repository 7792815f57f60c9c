import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { CliIo } from '../cli/command';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];

/** Opens the citizen face in a Chromium kiosk window when one is installed; otherwise says where to go. */
export async function openKioskWindow(url: string, io: CliIo): Promise<void> {
  const browser = process.env.KIOSK_BROWSER ?? CANDIDATES.find((c) => existsSync(c));
  if (!browser || !process.env.DISPLAY && process.platform === 'linux') {
    io.out(`No browser window can be opened here; open ${url} in Chromium or Chrome.`);
    return;
  }
  const child = spawn(browser, [`--app=${url}`, '--kiosk', '--no-first-run', '--disable-translate', '--disable-features=Translate'], {
    stdio: 'ignore',
    detached: true,
  });
  child.on('error', () => io.out(`Could not start ${browser}; open ${url} yourself.`));
  child.unref();
}

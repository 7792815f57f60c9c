import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LAUNCH_CODE_TTL_SECONDS } from '../../api/launch';
import type { CliIo } from '../cli/command';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];

/**
 * Opens a face in a Chromium window (full-screen kiosk for the citizen face) when one is installed;
 * otherwise says where to go. `url` carries a one-time launch code, never the launch token: the
 * command line is readable by every local user (`ps`, /proc/<pid>/cmdline) and lands in the profile's
 * history, and the code is spent by the page's first exchange (api/launch.ts).
 */
export async function openKioskWindow(url: string, io: CliIo, options: { kiosk: boolean }): Promise<void> {
  const browser = process.env.KIOSK_BROWSER ?? CANDIDATES.find((c) => existsSync(c));
  if (!browser || !process.env.DISPLAY && process.platform === 'linux') {
    io.out(`No browser window can be opened here; open ${url} in Chromium or Chrome within ${LAUNCH_CODE_TTL_SECONDS} seconds (the address works once).`);
    return;
  }
  const args = [`--app=${url}`, ...(options.kiosk ? ['--kiosk'] : []), '--no-first-run', '--disable-translate', '--disable-features=Translate'];
  const child = spawn(browser, args, {
    stdio: 'ignore',
    detached: true,
  });
  child.on('error', () => io.out(`Could not start ${browser}; open ${url} yourself.`));
  child.unref();
}

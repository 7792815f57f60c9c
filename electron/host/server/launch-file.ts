import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The browser-mode launch file, `<dataDir>/browser-launch.json`, mode 0600: the launch token and where
 * the core serves. The token is kept across restarts ON PURPOSE: a kiosk tab that holds it recovers
 * by itself when the core comes back (issue 13, item 2), and `kiosk open <face>` makes one-time codes
 * from it without a channel into the core. Only the kiosk's own OS user can read it; other local
 * users, who could read a command line, cannot. Deleting the file retires the token at the next start.
 */
export interface LaunchFile {
  readonly token: string;
  /** e.g. "http://127.0.0.1:8420" (the port of the last `serve`). */
  readonly base: string;
}

const NAME = 'browser-launch.json';
const FORMAT = 'kiosk-browser-launch';

export const launchFilePath = (dataDir: string): string => join(dataDir, NAME);

/** The launch file, or null when there is none or it is not one (a `kiosk serve` writes it). */
export function readLaunchFile(dataDir: string): LaunchFile | null {
  try {
    const raw = JSON.parse(readFileSync(launchFilePath(dataDir), 'utf8')) as Partial<LaunchFile & { format: string }>;
    if (raw.format !== FORMAT || typeof raw.token !== 'string' || !/^[A-Za-z0-9_-]{32,}$/.test(raw.token) || typeof raw.base !== 'string') return null;
    return { token: raw.token, base: raw.base };
  } catch {
    return null;
  }
}

/** At `serve`, once listening: records the token the server uses and where it serves. */
export function publishLaunch(dataDir: string, base: string, token: string): void {
  mkdirSync(dataDir, { recursive: true });
  const file = launchFilePath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ format: FORMAT, token, base }) + '\n', { mode: 0o600 });
  if (process.platform !== 'win32') chmodSync(temp, 0o600);
  renameSync(temp, file);
}

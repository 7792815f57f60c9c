import { join } from 'node:path';

/**
 * Where an installed kiosk keeps its configuration and data: OUTSIDE the application folder, so
 * that an update (which replaces the application folder) keeps them.
 *
 * - `KIOSK_CONFIG` (the kiosk.json file) and `KIOSK_DATA_DIR` win when set. The Windows installer sets
 *   both as machine environment variables from the folders chosen on its kiosk page; the Linux
 *   systemd unit sets them too (docs/operations.md).
 * - Otherwise, installed: Windows `%ProgramData%\WardKiosk\config\kiosk.json` and
 *   `%ProgramData%\WardKiosk\data`, Linux `/etc/ward-kiosk/kiosk.json` and `/var/lib/ward-kiosk`
 *   (the data folder replaces the config's `dataDir`, which in the shipped demo config is relative).
 * - Not installed (development, `npm start`): the repository's kiosk-config/kiosk.json.
 * `seedFrom` is the default configuration shipped in the package (resources/kiosk-config-default):
 * copied to the config folder on first start when no kiosk.json is there yet.
 */
export interface KioskLocations {
  readonly configFile: string;
  readonly dataDirOverride: string | null;
  readonly seedFrom: string | null;
}

export interface LocationInput {
  readonly platform: NodeJS.Platform;
  readonly packaged: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** process.resourcesPath of the packaged app. */
  readonly resourcesPath: string;
  /** The package root in development (the folder with kiosk-config/). */
  readonly packageRoot: string;
}

export function kioskLocations(input: LocationInput): KioskLocations {
  const env = input.env;
  const programData = env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData';
  const installedData = input.platform === 'win32' ? `${programData}\\WardKiosk\\data` : '/var/lib/ward-kiosk';
  const dataDirOverride = env.KIOSK_DATA_DIR?.trim() ? env.KIOSK_DATA_DIR.trim() : input.packaged ? installedData : null;
  const seed = input.packaged ? join(input.resourcesPath, 'kiosk-config-default') : null;
  if (env.KIOSK_CONFIG?.trim()) return { configFile: env.KIOSK_CONFIG.trim(), dataDirOverride, seedFrom: seed };
  if (!input.packaged) return { configFile: join(input.packageRoot, 'kiosk-config', 'kiosk.json'), dataDirOverride, seedFrom: null };
  if (input.platform === 'win32') {
    return { configFile: `${programData}\\WardKiosk\\config\\kiosk.json`, dataDirOverride, seedFrom: seed };
  }
  return { configFile: '/etc/ward-kiosk/kiosk.json', dataDirOverride, seedFrom: seed };
}

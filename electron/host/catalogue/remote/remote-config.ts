import { join } from 'node:path';
import type { KioskConfig } from '../../config/kiosk-config-schema';

/** The remote source a config names (content.remote), with its cache in the data folder; undefined when none. */
export function remoteSourceConfig(config: KioskConfig): { url: string; publicKeyHex: string; intervalMinutes: number; cacheDir: string } | undefined {
  const remote = config.content.remote;
  if (!remote) return undefined;
  return { url: remote.url, publicKeyHex: remote.publisherKey, intervalMinutes: remote.intervalMinutes, cacheDir: join(config.dataDir, 'content-cache') };
}

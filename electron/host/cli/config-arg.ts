import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KioskConfig } from '../config/kiosk-config-schema';
import { loadConfig } from '../config/load-config';
import { defaultConfigFile, packageRootFrom } from '../paths';
import type { CliIo } from './command';

/**
 * The configuration a command's --config names (else KIOSK_CONFIG, else the shipped one), or null after
 * printing its problems. With the file name, for messages.
 */
export function configFromArgs(values: Record<string, unknown>, io: CliIo): { file: string; config: KioskConfig } | null {
  const file = typeof values.config === 'string' ? values.config : defaultConfigFile(packageRootFrom(dirname(fileURLToPath(import.meta.url))));
  const loaded = loadConfig(file);
  if (loaded.ok) return { file, config: loaded.value.config };
  io.err(`${file}: ${loaded.problems.length} problem(s)`);
  for (const p of loaded.problems) io.err(`  ${p}`);
  return null;
}

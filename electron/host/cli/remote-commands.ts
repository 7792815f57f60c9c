import { formatProblem } from '../catalogue/pack/problems';
import { remoteSourceConfig } from '../catalogue/remote/remote-config';
import { RemotePackSource } from '../catalogue/remote/remote-source';
import type { CliCommand } from './command';
import { configFromArgs } from './config-arg';

/**
 * `kiosk content pull`: one poll of the configured remote source now, from the CLI. With --force it is
 * the only way to accept a signed pack whose version is not newer than the cached one (a deliberate
 * rollback by staff at the machine; the kiosk's own polls always refuse it). The verified pack goes
 * to the cache, where the running kiosk takes it at its next poll, or at its next start.
 */
const pull: CliCommand = {
  path: ['content', 'pull'],
  summary: 'Download, verify and cache the remote pack now; --force accepts one that is not newer (a deliberate rollback).',
  usage: '[--force] [--config file]',
  options: { config: { type: 'string' }, force: { type: 'boolean' } },
  async run({ values }, io) {
    const loaded = configFromArgs(values, io);
    if (!loaded) return 1;
    const remote = remoteSourceConfig(loaded.config);
    if (!remote) {
      io.err(`kiosk content pull: ${loaded.file} has no content.remote`);
      return 1;
    }
    return pullInto(new RemotePackSource(remote), values.force === true, io);
  },
};

/** One poll into the cache, reported in words; exit code 0 when the cache holds the remote pack. */
export async function pullInto(source: RemotePackSource, force: boolean, io: { out(l: string): void; err(l: string): void }): Promise<number> {
  await source.loadCache();
  const result = await source.poll({ force });
  if (result.kind === 'failed') {
    for (const p of result.problems) io.err(formatProblem(p));
    return 1;
  }
  if (result.kind === 'unchanged') {
    io.out('unchanged: the cached pack is the remote one');
    return 0;
  }
  if (!result.validation.ok) {
    for (const p of result.validation.problems) io.err(formatProblem(p));
    return 1;
  }
  const m = result.validation.pack.manifest;
  io.out(`cached ${m.packId} version ${m.version} (${m.date})${force ? ', forced' : ''}; the kiosk uses it at its next poll or start`);
  return 0;
}

export const remoteCommands: CliCommand[] = [pull];

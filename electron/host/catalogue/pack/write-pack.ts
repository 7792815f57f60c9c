import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentPack } from '../../../api/content';
import { folderFiles, proceduresFolder } from './read-pack';

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

/** Writes a pack as a folder (manifest.json, procedures/<code>.json, …), each file atomically. */
export async function writePackFolder(dir: string, pack: ContentPack): Promise<void> {
  await mkdir(join(dir, proceduresFolder), { recursive: true });
  const byPart: Record<string, unknown> = {
    manifest: pack.manifest, procedures: undefined, essentialServices: pack.essentialServices, lifeEvents: pack.lifeEvents,
    sectors: pack.sectors, groups: pack.groups, citizenWords: pack.citizenWords,
  };
  for (const [file, part] of Object.entries(folderFiles)) {
    if (part === 'procedures') continue;
    await atomicWrite(join(dir, file), json(byPart[part]));
  }
  for (const p of pack.procedures) await atomicWrite(join(dir, proceduresFolder, `${p.code}.json`), json(p));
}

/** The single-file form of a pack (what a remote source serves and signs). */
export const bundlePack = (pack: ContentPack): string => json(pack);

async function atomicWrite(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text, 'utf8');
  await rename(`${path}.tmp`, path);
}

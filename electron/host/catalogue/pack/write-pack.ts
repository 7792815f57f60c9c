import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentPack } from '../../../api/content';
import { folderFiles, layerFolder, proceduresFolder } from './read-pack';

const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;

export interface WritePackOptions {
  /**
   * Remove procedure files of codes the pack no longer has (a re-import that drops procedures).
   * Files are replaced one by one, each atomically; the folder watcher reloads after the last one.
   */
  readonly pruneProcedures?: boolean;
  /** Leave kiosk-layer/ as it is (an import replaces the facts, never the kiosk's own layer). */
  readonly keepLayer?: boolean;
}

/** Writes a pack as a folder (manifest.json, procedures/<code>.json, kiosk-layer/<code>.json, …), each file atomically. */
export async function writePackFolder(dir: string, pack: ContentPack, options: WritePackOptions = {}): Promise<void> {
  await mkdir(join(dir, proceduresFolder), { recursive: true });
  const byPart: Record<string, unknown> = {
    manifest: pack.manifest, procedures: undefined, essentialServices: pack.essentialServices, lifeEvents: pack.lifeEvents,
    sectors: pack.sectors, groups: pack.groups, citizenWords: pack.citizenWords, wardRules: pack.wardRules,
  };
  // Procedures first and the manifest last: a watcher that reloads mid-write sees the old manifest.
  for (const p of pack.procedures) await atomicWrite(join(dir, proceduresFolder, `${p.code}.json`), json(p));
  if (options.pruneProcedures) {
    const keep = new Set(pack.procedures.map((p) => `${p.code}.json`));
    for (const f of await readdir(join(dir, proceduresFolder))) {
      if (f.endsWith('.json') && !keep.has(f)) await rm(join(dir, proceduresFolder, f));
    }
  }
  if (!options.keepLayer && pack.kioskLayer.length > 0) {
    await mkdir(join(dir, layerFolder), { recursive: true });
    for (const l of pack.kioskLayer) await atomicWrite(join(dir, layerFolder, `${l.code}.json`), json(l));
  }
  for (const [file, part] of Object.entries(folderFiles)) {
    if (part === 'procedures' || part === 'manifest' || byPart[part] === undefined) continue;
    await atomicWrite(join(dir, file), json(byPart[part]));
  }
  await atomicWrite(join(dir, 'manifest.json'), json(pack.manifest));
}

/** The single-file form of a pack (what a remote source serves and signs). */
export const bundlePack = (pack: ContentPack): string => json(pack);

async function atomicWrite(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text, 'utf8');
  await rename(`${path}.tmp`, path);
}

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  CitizenWord, EssentialService, InterconnectedGroup, LifeEvent, PackManifest, Procedure, ProcedureLayer, Sector, WardRules,
} from '../../../api/content';
import { folderFiles, layerFolder, proceduresFolder } from '../pack/read-pack';

/** The parts of the pack an import writes into, read leniently: a part that is missing or broken is empty. */
export interface ExistingPack {
  readonly manifest: PackManifest | undefined;
  /** The facts as they are in the files (without the kiosk layer), to report what an import changes. */
  readonly procedures: Procedure[];
  readonly essentialServices: EssentialService[];
  readonly lifeEvents: LifeEvent[];
  readonly sectors: Sector[];
  readonly groups: InterconnectedGroup[];
  readonly citizenWords: CitizenWord[];
  readonly kioskLayer: ProcedureLayer[];
  readonly wardRules: WardRules | undefined;
}

const fileOf = (part: string): string => Object.entries(folderFiles).find(([, p]) => p === part)![0];

async function json(path: string): Promise<unknown> {
  try {
    return JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Items of an array that pass the schema (the pack's own validation reports the others). */
function items<S extends z.ZodType>(data: unknown, schema: S): z.infer<S>[] {
  const arr = Array.isArray(data) ? data : data === undefined ? [] : [data];
  return arr.flatMap((x) => {
    const r = schema.safeParse(x);
    return r.success ? [r.data as z.infer<S>] : [];
  });
}

async function folderItems<S extends z.ZodType>(dir: string, schema: S): Promise<z.infer<S>[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const out: z.infer<S>[] = [];
  for (const f of files.filter((x) => x.endsWith('.json')).sort()) out.push(...items(await json(join(dir, f)), schema));
  return out;
}

export async function readExistingPack(dir: string): Promise<ExistingPack> {
  const part = async (name: string): Promise<unknown> => json(join(dir, fileOf(name)));
  const manifest = PackManifest.safeParse(await part('manifest'));
  const rules = WardRules.safeParse(await part('wardRules'));
  return {
    manifest: manifest.success ? manifest.data : undefined,
    procedures: await folderItems(join(dir, proceduresFolder), Procedure),
    essentialServices: items(await part('essentialServices'), EssentialService),
    lifeEvents: items(await part('lifeEvents'), LifeEvent),
    sectors: items(await part('sectors'), Sector),
    groups: items(await part('groups'), InterconnectedGroup),
    citizenWords: items(await part('citizenWords'), CitizenWord),
    kioskLayer: await folderItems(join(dir, layerFolder), ProcedureLayer),
    wardRules: rules.success ? rules.data : undefined,
  };
}

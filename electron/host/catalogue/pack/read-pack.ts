import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type ContentProblem, problem, warning } from './problems';
import { type PackPartName, type PackValidation, type RawPart, splitSingleFile, validatePack } from './validate-pack';

/** Files of a folder pack and the part each holds (docs/content-packs.md, "Folder layout"). */
export const folderFiles: Readonly<Record<string, PackPartName>> = {
  'manifest.json': 'manifest',
  'procedures.json': 'procedures',
  'essential-services.json': 'essentialServices',
  'life-events.json': 'lifeEvents',
  'sectors.json': 'sectors',
  'groups.json': 'groups',
  'citizen-words.json': 'citizenWords',
  'ward-rules.json': 'wardRules',
};
/** Folder whose *.json files each hold one procedure (or an array of them). */
export const proceduresFolder = 'procedures';
/** Folder whose *.json files each hold the kiosk's layer over one procedure (or an array of them). */
export const layerFolder = 'kiosk-layer';
/** Folders of a pack whose *.json files are items of one part. */
const itemFolders: Readonly<Record<string, PackPartName>> = { [proceduresFolder]: 'procedures', [layerFolder]: 'kioskLayer' };

/** Whether a changed file (relative to the pack folder) can change the pack; null = unknown, so yes. */
export function isPackFile(relative: string | null): boolean {
  if (relative === null) return true;
  const path = relative.replace(/\\/g, '/');
  return path in folderFiles || Object.keys(itemFolders).some((f) => path === f || (path.startsWith(`${f}/`) && path.endsWith('.json')));
}

/** A pack file larger than this is refused: content is text, a larger file is a mistake or an attack. */
export const maxPackFileBytes = 32 * 1024 * 1024;

/** Reads and validates a pack from a folder or a single JSON file. Never throws for bad content. */
export async function loadPack(location: string): Promise<PackValidation> {
  let info;
  try {
    info = await stat(location);
  } catch {
    return { ok: false, problems: [problem(basename(location), '', 'no pack here (not found or not readable)')] };
  }
  if (info.isDirectory()) {
    const { parts, problems } = await readFolder(location);
    return validatePack(parts, problems);
  }
  const file = basename(location);
  const parsed = await readJson(location, file);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  return parseSingleFilePack(file, parsed.data);
}

/** Validates a single-file pack already parsed from JSON (also used for remote packs). */
export function parseSingleFilePack(file: string, data: unknown): PackValidation {
  const { parts, problems } = splitSingleFile(file, data);
  return validatePack(parts, problems);
}

/** Parses the bytes of a single-file pack (UTF-8 JSON). */
export function parsePackBytes(file: string, bytes: Uint8Array): PackValidation {
  const parsed = parseJson(new TextDecoder('utf-8', { fatal: false }).decode(bytes), file);
  return parsed.ok ? parseSingleFilePack(file, parsed.data) : { ok: false, problems: [parsed.problem] };
}

async function readFolder(dir: string): Promise<{ parts: RawPart[]; problems: ContentProblem[] }> {
  const parts: RawPart[] = [];
  const problems: ContentProblem[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const part = folderFiles[e.name];
    if (e.isFile() && part) {
      const r = await readJson(join(dir, e.name), e.name);
      if (r.ok) parts.push({ part, file: e.name, prefix: '', data: r.data });
      else problems.push(r.problem);
    } else if (e.isDirectory() && itemFolders[e.name]) {
      const files = (await readdir(join(dir, e.name))).filter((f) => f.endsWith('.json')).sort();
      // A real catalogue is hundreds of small files: read them side by side, keep their order.
      const reads = await inBatches(files, 64, (f) => readJson(join(dir, e.name, f), `${e.name}/${f}`));
      reads.forEach((r, i) => {
        if (r.ok) parts.push({ part: itemFolders[e.name]!, file: `${e.name}/${files[i]}`, prefix: '', data: r.data });
        else problems.push(r.problem);
      });
    } else if (e.isFile() && e.name.endsWith('.json')) {
      problems.push(warning(e.name, '', 'not a pack file, ignored'));
    }
    // Other folders (e.g. display/ announcements) and non-JSON files belong to other content: skipped quietly.
  }
  return { parts, problems };
}

/** Maps items through an async function, at most `size` at a time, results in the items' order. */
async function inBatches<T, R>(items: readonly T[], size: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...await Promise.all(items.slice(i, i + size).map(f)));
  return out;
}

type JsonRead = { ok: true; data: unknown } | { ok: false; problem: ContentProblem };

async function readJson(path: string, file: string): Promise<JsonRead> {
  try {
    const info = await stat(path);
    if (info.size > maxPackFileBytes) return { ok: false, problem: problem(file, '', `file too large (${info.size} bytes)`) };
    return parseJson(await readFile(path, 'utf8'), file);
  } catch (e) {
    return { ok: false, problem: problem(file, '', `cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`) };
  }
}

function parseJson(text: string, file: string): JsonRead {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, problem: problem(file, '', `not valid JSON: ${(e as Error).message}`) };
  }
}

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The shipped sample pack (kiosk-config/content). */
export const shippedPackDir = resolve(import.meta.dirname, '../../../../kiosk-config/content');

/** A scratch copy of the shipped pack, for tests that break it; `dispose` removes it. */
export async function copyShippedPack(): Promise<{ dir: string; dispose(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-pack-'));
  const dir = join(root, 'content');
  await cp(shippedPackDir, dir, { recursive: true });
  return { dir, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** Edits a JSON file of a pack folder in place. */
export async function editJson(file: string, edit: (data: any) => unknown): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8'));
  const next = edit(data);
  await writeFile(file, JSON.stringify(next === undefined ? data : next, null, 2));
}

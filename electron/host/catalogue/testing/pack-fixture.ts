import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The shipped pack (kiosk-config/content): the real catalogue, imported from the national portal's data. */
export const shippedPackDir = resolve(import.meta.dirname, '../../../../kiosk-config/content');

/**
 * A small hand-written pack of 15 ward procedures (the project's first sample content), kept as a test
 * fixture: search ranking, spreadsheet round trips and broken-pack tests need a pack whose every value
 * the test knows. Never shipped.
 */
export const samplePackDir = resolve(import.meta.dirname, 'sample-pack');

async function copyPack(from: string): Promise<{ dir: string; dispose(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-pack-'));
  const dir = join(root, 'content');
  await cp(from, dir, { recursive: true });
  return { dir, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** A scratch copy of the shipped pack, for tests that change it; `dispose` removes it. */
export const copyShippedPack = (): Promise<{ dir: string; dispose(): Promise<void> }> => copyPack(shippedPackDir);

/** A scratch copy of the sample fixture pack, for tests that break it; `dispose` removes it. */
export const copySamplePack = (): Promise<{ dir: string; dispose(): Promise<void> }> => copyPack(samplePackDir);

/** Edits a JSON file of a pack folder in place. */
export async function editJson(file: string, edit: (data: any) => unknown): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8'));
  const next = edit(data);
  await writeFile(file, JSON.stringify(next === undefined ? data : next, null, 2));
}

import { watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/** Something that says "the content at this path may have changed". */
export interface FolderWatcher {
  /**
   * Starts watching; `onChange` may fire many times per save (debounce in the caller) with the changed
   * file relative to `path` when the platform tells it (null otherwise).
   */
  watch(path: string, onChange: (relative: string | null) => void): Promise<{ close(): void }>;
}

/**
 * fs.watch on the pack folder (recursive, for procedures/*.json), or on the parent folder of a
 * single-file pack filtered to its name, because editors save by writing a new file and renaming it,
 * which ends a watch on the file itself.
 */
export const fsFolderWatcher: FolderWatcher = {
  async watch(path, onChange) {
    const isDir = (await stat(path)).isDirectory();
    if (isDir) {
      const w = watch(path, { recursive: true, persistent: false }, (_event, file) => onChange(file));
      w.on('error', () => undefined);
      return { close: () => w.close() };
    }
    const name = basename(path);
    const w = watch(dirname(path), { persistent: false }, (_event, file) => {
      if (file === null || file === name || file === `${name}.tmp`) onChange(null);
    });
    w.on('error', () => undefined);
    return { close: () => w.close() };
  },
};

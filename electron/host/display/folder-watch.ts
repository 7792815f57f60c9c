import { watch as fsWatch } from 'node:fs';

/** The part of fs.FSWatcher used here. */
export interface FolderWatcher {
  close(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface FolderWatchOptions {
  /** Quiet time after the last change before `onChange` runs, in ms (editors write in bursts). Default 250. */
  readonly debounceMs?: number;
  /** Only changes to these file names count; absent = every file of the folder. */
  readonly files?: readonly string[];
  /** When the folder is missing or its watch breaks, try again after this many ms. Default 5000. */
  readonly retryMs?: number;
  /** For tests: the fs.watch to use. */
  readonly watchImpl?: (dir: string, listener: (event: string, file: string | null) => void) => FolderWatcher;
}

/**
 * Watches one folder (not recursive) and calls `onChange` once per burst of changes. Watching the
 * folder rather than the file survives editors that save by writing a new file and renaming it over
 * the old one. A missing folder or a broken watch is retried; `close()` stops everything.
 */
export function watchFolder(dir: string, onChange: () => void, options: FolderWatchOptions = {}): { close(): void } {
  const debounceMs = options.debounceMs ?? 250;
  const retryMs = options.retryMs ?? 5000;
  const watchImpl = options.watchImpl ?? ((d, l) => fsWatch(d, { persistent: false }, l));
  let watcher: FolderWatcher | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const fire = () => {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      if (!closed) onChange();
    }, debounceMs);
  };

  const attach = () => {
    retry = null;
    if (closed) return;
    try {
      watcher = watchImpl(dir, (_event, file) => {
        if (!options.files || file === null || options.files.includes(file)) fire();
      });
      watcher.on('error', () => {
        watcher?.close();
        watcher = null;
        scheduleRetry();
        fire();
      });
    } catch {
      scheduleRetry();
    }
  };

  const scheduleRetry = () => {
    if (!closed && !retry) {
      retry = setTimeout(() => {
        attach();
        // The folder may have appeared (or been replaced) while unwatched.
        if (watcher) fire();
      }, retryMs);
    }
  };

  attach();
  return {
    close() {
      closed = true;
      watcher?.close();
      if (debounce) clearTimeout(debounce);
      if (retry) clearTimeout(retry);
    },
  };
}

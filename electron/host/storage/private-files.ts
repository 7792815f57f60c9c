import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The data folder holds the PIN hashes (kiosk.db and its -wal/-shm), the staff key file, the audit
 * key and the browser launch token: on Linux only the kiosk's account may read it (issue 14, item 8:
 * the files were found 0644). Windows keeps rights in ACLs, set by the installer
 * (build-resources/installer.nsh); POSIX modes mean nothing there, so these functions do nothing.
 */

const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;
const posix = (): boolean => process.platform !== 'win32';

/**
 * Creates the data folder 0700 and fixes what an earlier version left open: every folder 0700 and
 * every file 0600 below it. Symbolic links are left alone (chmod would follow them out of the folder).
 */
export function securePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  if (!posix()) return;
  tighten(dir);
}

function tighten(dir: string): void {
  chmodSync(dir, PRIVATE_DIR);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tighten(path);
    else if (entry.isFile() && (lstatSync(path).mode & 0o077) !== 0) chmodSync(path, PRIVATE_FILE);
  }
}

/**
 * Makes sure `file` exists with mode 0600 before a library opens it. SQLite gives its -wal, -shm and
 * -journal files the database file's mode (sqlite3 os_unix.c, findCreateFileMode), so a database
 * created through here keeps all three private.
 */
export function createPrivateFile(file: string): void {
  closeSync(openSync(file, 'a', PRIVATE_FILE));
  if (posix()) chmodSync(file, PRIVATE_FILE);
}

import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations as defaultMigrations } from './migrations/index';
import { createPrivateFile } from './private-files';

export type Db = Database.Database;

export class MigrationError extends Error {
  constructor(readonly version: number, cause: unknown) {
    super(`migration ${version} failed: ${(cause as Error).message}`);
    this.name = 'MigrationError';
  }
}

/**
 * Opens (creating if needed) the kiosk database in WAL mode and applies pending migrations, each in
 * its own transaction so a failure leaves the file at the last good version.
 * `file` ":memory:" is accepted for tests.
 */
export function openDatabase(file: string, migrations = defaultMigrations): Db {
  // The database holds the staff PIN hashes: a new folder 0700, the file and its -wal/-shm 0600
  // (the kiosk's whole data folder is tightened at start: kiosk-core, securePrivateDir).
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (f === file || existsSync(f)) createPrivateFile(f);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  // A newer file than this build knows is refused rather than misread (a downgrade).
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    db.close();
    throw new MigrationError(current, new Error(`database is at version ${current}, this build knows ${latest}`));
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    try {
      db.transaction(() => {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      })();
    } catch (e) {
      db.close();
      throw new MigrationError(m.version, e);
    }
  }
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

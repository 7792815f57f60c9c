import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MigrationError, openDatabase, schemaVersion } from './database';
import { migrations } from './migrations/index';
import { CitizenSessionLog } from './repositories/citizen-session-log';

const dirs: string[] = [];
const tempFile = () => {
  const d = mkdtempSync(join(tmpdir(), 'kiosk-db-'));
  dirs.push(d);
  return join(d, 'sub', 'kiosk.db');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('openDatabase', () => {
  it('creates the file in WAL mode and applies every migration once', () => {
    const file = tempFile();
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    db.close();
    const again = openDatabase(file);
    expect(schemaVersion(again)).toBe(migrations.at(-1)!.version);
    again.close();
  });

  it('migration 5 keeps the sessions of a version-4 file and accepts the face-restarted end', () => {
    const file = tempFile();
    const v4 = openDatabase(file, migrations.slice(0, 4));
    const log4 = new CitizenSessionLog(v4);
    const id = log4.started(new Date('2026-11-02T01:00:00Z'));
    log4.identified(id, 'chip');
    log4.ended(id, new Date('2026-11-02T01:05:00Z'), 'finished');
    const open = log4.started(new Date('2026-11-02T02:00:00Z'));
    v4.close();
    const db = openDatabase(file, migrations.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    const log = new CitizenSessionLog(db);
    log.ended(open, new Date('2026-11-02T02:01:00Z'), 'face-restarted');
    expect(db.prepare('SELECT id, end_reason, identified_by FROM citizen_sessions ORDER BY id').all()).toEqual([
      { id, end_reason: 'finished', identified_by: 'chip' },
      { id: open, end_reason: 'face-restarted', identified_by: 'none' },
    ]);
    expect(() => db.prepare("UPDATE citizen_sessions SET end_reason = 'nonsense' WHERE id = ?").run(id)).toThrow(/CHECK/);
    db.close();
  });

  it('rolls back a failing migration and keeps the last good version', () => {
    const file = tempFile();
    openDatabase(file).close();
    const broken = [...migrations, { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE x (a); SELECT nope FROM missing;' }];
    expect(() => openDatabase(file, broken)).toThrow(MigrationError);
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'x'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database newer than this build', () => {
    const file = tempFile();
    const db = openDatabase(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openDatabase(file)).toThrow(/version 999/);
  });
});

describe('CitizenSessionLog', () => {
  it('counts sessions, identifications and outcomes in a period', () => {
    const db = openDatabase(':memory:');
    const log = new CitizenSessionLog(db);
    const t = new Date('2026-11-20T08:00:00Z');
    const a = log.started(t);
    log.identified(a, 'chip');
    log.recordOutcome(a, '1.004194', 'submitted');
    log.recordRating(a, 'dissatisfied', 'portal-failed');
    log.ended(a, new Date('2026-11-20T08:10:00Z'), 'finished');
    const b = log.started(new Date('2026-11-20T09:00:00Z'));
    log.recordRating(b, 'very-satisfied', null);
    log.ended(b, new Date('2026-11-20T09:05:00Z'), 'idle');
    log.started(new Date('2026-11-25T09:00:00Z'));
    expect(log.counts(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-21T00:00:00Z'))).toEqual({
      // b was a passer-by (no identification, no procedure, no outcome): a session, but nobody served.
      sessions: 2, served: 1, identified: 1, submitted: 1, finishOnPhone: 0, needHelp: 0,
      verySatisfied: 1, satisfied: 0, dissatisfied: 1,
    });
    expect(log.dissatisfactionReasons(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-21T00:00:00Z'))).toEqual([{ reason: 'portal-failed', count: 1 }]);
  });

  it('migration 6 adds the rating to a version-5 file and refuses a rating outside the three levels', () => {
    const file = tempFile();
    const v5 = openDatabase(file, migrations.slice(0, 5));
    const id = new CitizenSessionLog(v5).started(new Date('2026-11-02T01:00:00Z'));
    v5.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(6);
    const log = new CitizenSessionLog(db);
    log.recordRating(id, 'satisfied', null);
    expect(db.prepare('SELECT rating, rating_reason FROM citizen_sessions WHERE id = ?').get(id)).toEqual({ rating: 'satisfied', rating_reason: null });
    expect(() => db.prepare("UPDATE citizen_sessions SET rating = 'meh' WHERE id = ?").run(id)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE citizen_sessions SET rating_reason = 'name: An' WHERE id = ?").run(id)).toThrow(/CHECK/);
  });
});

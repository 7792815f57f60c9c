import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../storage/database';
import { EmergencyStore } from './emergency-store';

let db: Db;
afterEach(() => db?.close());

describe('EmergencyStore', () => {
  it('keeps one live message; a new one replaces it; withdrawing takes it down', () => {
    db = openDatabase(':memory:');
    const store = new EmergencyStore(db);
    expect(store.live()).toBeNull();
    const first = store.set('Mất điện, tạm dừng tiếp nhận hồ sơ', new Date('2026-03-14T02:00:00Z'));
    expect(store.live()).toEqual(first);
    const second = store.set('Sơ tán khỏi tòa nhà', new Date('2026-03-14T02:05:00Z'));
    expect(store.live()).toEqual({ id: second.id, text: 'Sơ tán khỏi tòa nhà', setAt: '2026-03-14T02:05:00.000Z' });
    expect(store.withdraw(new Date('2026-03-14T02:10:00Z'))).toBe(true);
    expect(store.live()).toBeNull();
    expect(store.withdraw(new Date())).toBe(false);
    // Both stay as a record of what was shown.
    expect(db.prepare('SELECT count(*) AS n FROM display_emergency_messages WHERE withdrawn_at IS NOT NULL').get()).toEqual({ n: 2 });
  });

  it('survives closing and reopening the database (a restart keeps the message up)', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-display-'));
    try {
      const file = join(dir, 'kiosk.db');
      const before = openDatabase(file);
      const m = new EmergencyStore(before).set('Nghỉ lễ', new Date('2026-04-30T00:00:00Z'));
      before.close();
      db = openDatabase(file);
      expect(new EmergencyStore(db).live()).toEqual(m);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

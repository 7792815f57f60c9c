import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../electron/host/config/load-config';
import { startKioskCore } from '../../../electron/host/kiosk-core';

/*
 * Issue 14, item 8: kiosk.db, -wal and -shm were created 0644 although they hold the staff PIN hashes.
 * A real core on a real data folder; the modes are read back from the file system.
 */

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const mode = (path: string) => statSync(path).mode & 0o777;
let dir = '';

afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function startOn(dataDir: string) {
  const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8'));
  const file = join(dir, 'kiosk.json');
  writeFileSync(file, JSON.stringify({
    ...demo, dataDir, content: { dir: join(REPO, 'kiosk-config', 'content') }, trustStore: { dir: join(REPO, 'kiosk-config', 'sim', 'trust-store') },
  }));
  const loaded = loadConfig(file);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return startKioskCore(loaded.value, { runtime: 'browser' });
}

describe.skipIf(process.platform === 'win32')('data file modes (Linux)', () => {
  it('creates the data folder 0700 and kiosk.db, -wal and -shm 0600, even under a permissive umask', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-modes-'));
    const dataDir = join(dir, 'data');
    const umask = process.umask(0o022);
    try {
      const core = await startOn(dataDir);
      try {
        expect(mode(dataDir).toString(8)).toBe('700');
        for (const f of ['kiosk.db', 'kiosk.db-wal', 'kiosk.db-shm']) expect(mode(join(dataDir, f)).toString(8), f).toBe('600');
      } finally {
        await core.stop();
      }
    } finally {
      process.umask(umask);
    }
  });

  it('fixes an earlier version\'s open modes at start: folder, database files and nested files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-modes-'));
    const dataDir = join(dir, 'data');
    await (await startOn(dataDir)).stop();
    mkdirSync(join(dataDir, 'logs'), { recursive: true });
    writeFileSync(join(dataDir, 'logs', 'old.log'), 'x');
    chmodSync(join(dataDir, 'logs', 'old.log'), 0o644);
    chmodSync(join(dataDir, 'logs'), 0o755);
    chmodSync(join(dataDir, 'kiosk.db'), 0o644);
    chmodSync(dataDir, 0o755);
    const core = await startOn(dataDir);
    try {
      expect(mode(dataDir).toString(8)).toBe('700');
      expect(mode(join(dataDir, 'logs')).toString(8)).toBe('700');
      expect(mode(join(dataDir, 'logs', 'old.log')).toString(8)).toBe('600');
      for (const f of ['kiosk.db', 'kiosk.db-wal', 'kiosk.db-shm']) expect(mode(join(dataDir, f)).toString(8), f).toBe('600');
    } finally {
      await core.stop();
    }
  });
});

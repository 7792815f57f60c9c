import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentStatus } from '../../api/catalogue';
import type { FolderWatcher } from './pack/folder-watcher';
import { ProcedureCatalogue } from './procedure-catalogue';
import { copySamplePack, editJson } from './testing/pack-fixture';

/** A watcher the test fires by hand. */
function fakeWatcher(): FolderWatcher & { fire(file: string | null): void; closed: boolean } {
  let listener: ((f: string | null) => void) | undefined;
  const w = {
    closed: false,
    async watch(_path: string, onChange: (f: string | null) => void) {
      listener = onChange;
      return { close: () => void (w.closed = true) };
    },
    fire: (file: string | null) => listener?.(file),
  };
  return w;
}

let pack: Awaited<ReturnType<typeof copySamplePack>>;
let catalogue: ProcedureCatalogue;
let watcher: ReturnType<typeof fakeWatcher>;
const NOW = new Date('2025-11-01T08:00:00Z');

beforeEach(async () => {
  pack = await copySamplePack();
  watcher = fakeWatcher();
  catalogue = new ProcedureCatalogue({ contentDir: pack.dir, watcher, debounceMs: 500, now: () => NOW });
});
afterEach(async () => {
  catalogue.stop();
  vi.useRealTimers();
  await pack.dispose();
});

describe('ProcedureCatalogue', () => {
  it('starts with the local pack live and searchable', async () => {
    const status = await catalogue.start();
    expect(status.pack).toMatchObject({ packId: 'vn-ward-sample', sample: true, source: 'local', procedures: 15, essentialServices: 25 });
    expect(status.problems).toEqual([]);
    expect(catalogue.search('bao tu', {}, 1)[0]?.ref).toEqual({ kind: 'procedure', code: '1.000656' });
    expect(catalogue.essentialServices().services).toHaveLength(25);
    expect(catalogue.sectors().find((s) => s.id === 'cu-tru')?.count).toBe(6);
    expect(catalogue.lifeEvents().find((e) => e.id === 'sinh-con')?.count).toBe(2);
  });

  it('stopped while its first load runs (the core shut down in its first second): nothing live, no watcher', async () => {
    let watched = 0;
    const counting: FolderWatcher = { watch: async (path, onChange) => (watched++, watcher.watch(path, onChange)) };
    const stopping = new ProcedureCatalogue({ contentDir: pack.dir, watcher: counting, now: () => NOW });
    const loading = stopping.start();
    stopping.stop();
    expect((await loading).pack).toBeNull();
    expect(stopping.search('bao tu')).toEqual([]);
    expect(watched).toBe(0);
  });

  it('gets a procedure by national or provincial code, with its interconnected group', async () => {
    await catalogue.start();
    const r = catalogue.getProcedure('1.001193.000.00.00.H54');
    expect(r.procedure?.name).toBe('Đăng ký khai sinh');
    expect(r.group?.essentialService).toBe(15);
    expect(catalogue.getProcedure('9.999999')).toEqual({ procedure: null, group: null });
  });

  it('keeps the last good pack when a new one is bad, and shows the problem', async () => {
    await catalogue.start();
    const seen: ContentStatus[] = [];
    catalogue.onChange((s) => seen.push(s));
    await editJson(join(pack.dir, 'procedures/1.004222.json'), (p) => void (p.sector = 'nowhere'));
    await catalogue.reload();
    expect(catalogue.status().pack?.procedures).toBe(15);
    expect(catalogue.search('nhap ho khau', {}, 1)[0]?.ref).toEqual({ kind: 'procedure', code: '1.004222' });
    expect(seen.at(-1)?.problems).toEqual([
      { severity: 'error', file: 'procedures/1.004222.json', path: 'sector', message: 'unknown sector "nowhere" (not in sectors)' },
    ]);
  });

  it('takes a fixed pack live again', async () => {
    await catalogue.start();
    await writeFile(join(pack.dir, 'manifest.json'), '{');
    await catalogue.reload();
    expect(catalogue.status().problems).toHaveLength(1);
    await editJson(join(pack.dir, 'sectors.json'), (s) => void (s[0].name = 'Hộ tịch (sửa)'));
    await writeFile(join(pack.dir, 'manifest.json'), JSON.stringify({ format: 1, packId: 'vn-ward-sample', version: '2', publisher: 'P', date: '2025-10-02' }));
    await catalogue.reload();
    expect(catalogue.status()).toMatchObject({ pack: { version: '2', sample: false }, problems: [] });
    expect(catalogue.sectors()[0]?.name).toBe('Hộ tịch (sửa)');
  });

  it('reloads once, after the debounce, for a burst of file events', async () => {
    // Only the debounce's timers are faked: start() lets waiting I/O through with a real setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await catalogue.start();
    const reload = vi.spyOn(catalogue, 'reload').mockResolvedValue();
    for (let i = 0; i < 5; i++) {
      watcher.fire('procedures/1.001193.json');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(499);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('ignores changes to other content in the folder', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await catalogue.start();
    const reload = vi.spyOn(catalogue, 'reload').mockResolvedValue();
    watcher.fire('display/display.json');
    watcher.fire('notes.txt');
    await vi.advanceTimersByTimeAsync(1000);
    expect(reload).not.toHaveBeenCalled();
    watcher.fire('manifest.json.tmp');
    await vi.advanceTimersByTimeAsync(1000);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('closes the watcher on stop and answers empty after it', async () => {
    await catalogue.start();
    catalogue.stop();
    expect(watcher.closed).toBe(true);
    expect(catalogue.search('khai sinh')).toEqual([]);
    expect(catalogue.status().pack).toBeNull();
  });

  it('starts with no live pack, and says why, when the first pack is bad', async () => {
    await writeFile(join(pack.dir, 'manifest.json'), 'nope');
    const status = await catalogue.start();
    expect(status.pack).toBeNull();
    expect(status.problems[0]?.message).toMatch(/^not valid JSON/);
    expect(catalogue.search('khai sinh')).toEqual([]);
  });
});

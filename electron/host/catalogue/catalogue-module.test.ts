import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentStatus, SearchHit } from '../../api/catalogue';
import { EventHub } from '../api/event-hub';
import { loadConfig } from '../config/load-config';
import type { CoreContext } from '../core-module';
import { createDispatcher } from '../api/dispatcher';
import { createCatalogueModule, type CatalogueModule } from './catalogue-module';

/*
 * 'catalogue.contentStatusChanged': the catalogue module tells every face (display access: the status
 * has no personal data) when a load attempt of the pack finishes, over a real temp copy of the shipped
 * pack. The reload is triggered directly, not through the watcher's debounce.
 */

const REPO = resolve(import.meta.dirname, '..', '..', '..');
let dir: string;
let contentDir: string;
let module: CatalogueModule;
let received: ContentStatus[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-catalogue-module-'));
  contentDir = join(dir, 'content');
  cpSync(join(REPO, 'kiosk-config', 'content'), contentDir, { recursive: true });
  const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'kiosk.json'), JSON.stringify({ ...demo, dataDir: join(dir, 'data'), content: { dir: contentDir } }));
  const config = loadConfig(join(dir, 'kiosk.json'));
  if (!config.ok) throw new Error(config.problems.join('\n'));
  const loaded = config.value;
  const events = new EventHub();
  received = [];
  events.subscribe(['display'], (name, payload) => {
    if (name === 'catalogue.contentStatusChanged') received.push(payload as ContentStatus);
  });
  const ctx = {
    loaded, events, db: undefined as never, sessions: undefined as never, devices: undefined as never,
    options: { runtime: 'browser' }, module: () => undefined,
  } satisfies CoreContext;
  module = createCatalogueModule(ctx);
});

afterEach(async () => {
  await module.stop?.();
  rmSync(dir, { recursive: true, force: true });
});

const call = <N extends 'catalogue.search' | 'catalogue.contentStatus'>(name: N, input: unknown) =>
  createDispatcher(module.handlers)(name, input, { grants: ['citizen', 'display'], origin: 'test' });

describe('the first load, after the core is up', () => {
  it('start() returns before the pack is read; a call made meanwhile waits and answers from the real pack', async () => {
    await module.start?.();
    // Reading ~750 files cannot have finished within the microtasks of start(): the core goes on without it.
    expect(module.catalogue.status().pack).toBeNull();
    const early = call('catalogue.search', { query: 'dang ky ket hon' });
    const status = call('catalogue.contentStatus', {});
    const hits = await early;
    expect(hits.ok && (hits.value as { hits: SearchHit[] }).hits.map((h) => h.ref)).toContainEqual({ kind: 'procedure', code: '1.000894' });
    expect(await status).toMatchObject({ ok: true, value: { pack: { procedures: expect.any(Number) } } });
  });

  it('tells the faces and the display once the first load has finished', async () => {
    let told = 0;
    module.onChange(() => told++);
    await module.start?.();
    expect(received).toEqual([]);
    const status = await module.whenLoaded();
    expect(status.pack?.procedures).toBeGreaterThan(100);
    expect(received).toEqual([status]);
    expect(told).toBe(1);
    expect((await module.essentialServices()).services).toHaveLength(25);
  });

  it('a listener that throws on the first load stops neither the other listeners nor the calls', async () => {
    let told = 0;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      module.onChange(() => {
        throw new Error('a face went away');
      });
      module.onChange(() => told++);
      await module.start?.();
      const hits = await call('catalogue.search', { query: 'khai sinh' });
      expect(hits.ok && (hits.value as { hits: SearchHit[] }).hits.length).toBeGreaterThan(0);
      expect(told).toBe(1);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('a listener failed: a face went away'));
    } finally {
      errors.mockRestore();
    }
  });
});

describe('catalogue.contentStatusChanged', () => {
  beforeEach(async () => {
    await module.start?.();
    await module.whenLoaded();
  });

  it('fires when a reload finishes: a refused pack names the file and path and the last good pack stays live; fixed: no problems', async () => {
    const file = join(contentDir, 'procedures', '1.004222.json');
    const good = readFileSync(file, 'utf8');
    const procedure = JSON.parse(good) as { channels: { kind: string }[] };
    const live = module.catalogue.status().pack;
    expect(live).not.toBeNull();
    procedure.channels[0]!.kind = 'fax';
    writeFileSync(file, JSON.stringify(procedure));
    await module.catalogue.reload();

    const refused = received.at(-1);
    expect(refused?.pack).toEqual(live);
    expect(refused?.problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'procedures/1.004222.json', path: 'channels[0].kind' }));

    writeFileSync(file, good);
    await module.catalogue.reload();
    expect(received.at(-1)?.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('stops telling after the module stops', async () => {
    await module.stop?.();
    const before = received.length;
    await module.catalogue.reload();
    expect(received).toHaveLength(before);
  });
});

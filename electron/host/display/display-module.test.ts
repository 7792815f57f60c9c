import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../api/contract';
import type { DisplayContentStatus } from '../../api/display';
import { ApiFailure } from '../api/api-failure';
import type { CallContext } from '../api/dispatcher';
import { createDispatcher } from '../api/dispatcher';
import { EventHub } from '../api/event-hub';
import { createCatalogueModule } from '../catalogue/catalogue-module';
import { loadConfig } from '../config/load-config';
import type { CoreContext, CoreModule } from '../core-module';
import { openDatabase, type Db } from '../storage/database';
import { createDisplayModule, type DisplayModule } from './display-module';

/*
 * The display module's content status as staff reach it: the 'display.contentStatus' call (signed-in
 * staff or admin only) and the 'display.contentStatusChanged' event, over a real temp copy of the
 * shipped content, a real database and the real EventHub. Reloads are triggered directly (no sleeps);
 * the watchers' debounce is set far beyond the test's length.
 */

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const STAFF_TOKEN = 'staff-session-token-0123456789';
const VOLUNTEER_TOKEN = 'volunteer-session-token-0123456789';

/** The staff module's role check, as the display sees it (staff-module.ts requireRole). */
const fakeStaff = {
  name: 'staff',
  handlers: {},
  requireRole(call: CallContext, role: 'admin' | 'staff') {
    if (call.staffToken === STAFF_TOKEN && role === 'staff') return;
    throw new ApiFailure(call.staffToken === VOLUNTEER_TOKEN ? 'staff.forbidden' : 'staff.signed-out');
  },
};

let dir: string;
let displayFile: string;
let db: Db;
let events: EventHub;
let modules: CoreModule[];
let display: DisplayModule;
let seen: { grants: string; name: EventName; payload: unknown }[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-display-module-'));
  const contentDir = join(dir, 'content');
  cpSync(join(REPO, 'kiosk-config', 'content'), contentDir, { recursive: true });
  displayFile = join(contentDir, 'display', 'display.json');
  const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'kiosk.json'), JSON.stringify({ ...demo, dataDir: join(dir, 'data'), content: { dir: contentDir } }));
  const config = loadConfig(join(dir, 'kiosk.json'));
  if (!config.ok) throw new Error(config.problems.join('\n'));
  const loaded = config.value;
  db = openDatabase(':memory:');
  events = new EventHub();
  seen = [];
  events.subscribe(['display'], (name, payload) => seen.push({ grants: 'display', name, payload }));
  events.subscribe(['display', 'citizen', 'staff', 'admin'], (name, payload) => seen.push({ grants: 'staff', name, payload }));
  modules = [];
  const ctx = {
    loaded, db, events,
    sessions: undefined as never, devices: undefined as never, options: { runtime: 'browser' },
    module: <T extends CoreModule>(name: string) => modules.find((m) => m.name === name) as T | undefined,
  } satisfies CoreContext;
  display = createDisplayModule(ctx, { debounceMs: 600_000, pollMs: 600_000 });
  modules.push(createCatalogueModule(ctx), fakeStaff, display);
  for (const m of modules) await m.start?.();
});

afterEach(async () => {
  for (const m of [...modules].reverse()) await m.stop?.();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const dispatch = () => createDispatcher(Object.assign({}, ...modules.map((m) => m.handlers)));
const staffCall = (token: string) =>
  dispatch()('display.contentStatus', { token }, { grants: ['display', 'citizen', 'staff', 'admin'], origin: 'test', staffToken: token });
const statusEvents = (grants: string) =>
  seen.filter((e) => e.grants === grants && e.name === 'display.contentStatusChanged').map((e) => e.payload as DisplayContentStatus);

describe('the first feed, while the catalogue is still loading', () => {
  it('a display that asks at once waits for the catalogue and gets all 25 services in its first feed', async () => {
    const catalogue = modules[0] as ReturnType<typeof createCatalogueModule>;
    expect(catalogue.catalogue.status().pack).toBeNull(); // the core started without waiting for the pack
    const r = await dispatch()('display.feed', {}, { grants: ['display'], origin: 'ws:192.168.1.50' });
    expect(r.ok).toBe(true);
    const slides = (r.ok ? r.value : { slides: [] }) as { slides: { kind: string; services?: { n: number }[] }[] };
    const shown = slides.slides.filter((sl) => sl.kind === 'services').flatMap((sl) => sl.services ?? []).map((sv) => sv.n);
    expect(new Set(shown).size).toBe(25);
  });
});

describe('display content status through the display module', () => {
  beforeEach(() => display.whenStarted());

  it('answers signed-in staff with the shipped file live, and refuses volunteers and strangers', async () => {
    const r = await staffCall(STAFF_TOKEN);
    expect(r).toMatchObject({ ok: true, value: { source: 'file', keptLastGood: false, problems: [] } });
    expect(r.ok && (r.value as DisplayContentStatus).loadedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await staffCall(VOLUNTEER_TOKEN)).toEqual({ ok: false, error: { code: 'staff.forbidden' } });
    expect(await staffCall('x'.repeat(32))).toEqual({ ok: false, error: { code: 'staff.signed-out' } });
    // A display connection (the ward LAN) may not ask at all.
    expect(await dispatch()('display.contentStatus', { token: STAFF_TOKEN }, { grants: ['display'], origin: 'ws:192.168.1.50' }))
      .toEqual({ ok: false, error: { code: 'api.forbidden' } });
  });

  it('a broken display.json: the problem with its path, the last good content kept, the event to staff only; fixed: cleared', async () => {
    const shipped = readFileSync(displayFile, 'utf8');
    const content = JSON.parse(shipped) as { announcements: { id: string }[] };
    const feedBefore = display.service.feed();
    content.announcements[1]!.id = content.announcements[0]!.id;
    writeFileSync(displayFile, JSON.stringify(content));
    await display.service.contentChanged();

    const broken = statusEvents('staff').at(-1);
    expect(broken).toMatchObject({ source: 'file', keptLastGood: true });
    expect(broken?.problems).toEqual([`display.json: announcements.1.id: duplicate announcement id "${content.announcements[0]!.id}"`]);
    const r = await staffCall(STAFF_TOKEN);
    expect(r.ok && r.value).toEqual(broken);
    expect(display.service.feed()).toBe(feedBefore);
    // The status is for staff: a lobby display never receives it.
    expect(statusEvents('display')).toEqual([]);

    writeFileSync(displayFile, shipped);
    await display.service.contentChanged();
    expect(statusEvents('staff').at(-1)).toMatchObject({ source: 'file', keptLastGood: false, problems: [] });
  });
});

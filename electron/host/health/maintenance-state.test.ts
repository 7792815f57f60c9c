import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventHub } from '../api/event-hub';
import { ApiFailure } from '../api/api-failure';
import type { CoreContext, CoreModule } from '../core-module';
import { createMaintenanceModule } from './maintenance-module';
import { JsonFileMaintenanceStore, MaintenanceState, MemoryMaintenanceStore } from './maintenance-state';

const MIN = 60_000;

function clock(start = Date.parse('2026-01-05T03:00:00Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('MaintenanceState', () => {
  it('stays normal below the threshold and switches to maintenance at the third failure in 10 minutes', () => {
    const c = clock();
    const m = new MaintenanceState(new MemoryMaintenanceStore(), { threshold: 3, windowMs: 10 * MIN }, c.now);
    expect(m.recordFailure('renderer-crash')).toMatchObject({ mode: 'normal', recentFailures: 1 });
    c.advance(4 * MIN);
    expect(m.recordFailure('renderer-hang')).toMatchObject({ mode: 'normal', recentFailures: 2 });
    c.advance(4 * MIN);
    expect(m.recordFailure('renderer-crash')).toEqual({
      mode: 'maintenance', recentFailures: 3, threshold: 3, since: '2026-01-05T03:08:00.000Z',
      lastFailure: { kind: 'renderer-crash', at: '2026-01-05T03:08:00.000Z' },
    });
  });

  it('forgets failures older than the window', () => {
    const c = clock();
    const m = new MaintenanceState(new MemoryMaintenanceStore(), { threshold: 3, windowMs: 10 * MIN }, c.now);
    m.recordFailure('renderer-crash');
    m.recordFailure('renderer-crash');
    c.advance(11 * MIN);
    expect(m.recordFailure('renderer-crash')).toMatchObject({ mode: 'normal', recentFailures: 1 });
  });

  it('stays in maintenance after the window passes, until staff reset it', () => {
    const c = clock();
    const m = new MaintenanceState(new MemoryMaintenanceStore(), { threshold: 2, windowMs: MIN }, c.now);
    const seen: string[] = [];
    m.onChange((s) => seen.push(s.mode));
    m.recordFailure('renderer-hang');
    m.recordFailure('renderer-hang');
    c.advance(60 * MIN);
    expect(m.status()).toMatchObject({ mode: 'maintenance', recentFailures: 0 });
    expect(m.reset()).toMatchObject({ mode: 'normal', recentFailures: 0, since: null, lastFailure: null });
    expect(seen).toEqual(['normal', 'maintenance', 'normal']);
  });

  it('survives a restart through its store, so a crash loop across restarts still ends in maintenance', () => {
    const c = clock();
    const store = new MemoryMaintenanceStore();
    new MaintenanceState(store, { threshold: 3, windowMs: 10 * MIN }, c.now).recordFailure('renderer-crash');
    new MaintenanceState(store, { threshold: 3, windowMs: 10 * MIN }, c.now).recordFailure('renderer-crash');
    expect(new MaintenanceState(store, { threshold: 3, windowMs: 10 * MIN }, c.now).recordFailure('renderer-crash').mode).toBe('maintenance');
  });
});

describe('JsonFileMaintenanceStore', () => {
  it('round-trips, and treats a damaged or foreign file as empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-maint-'));
    try {
      const file = join(dir, 'sub', 'maintenance.json');
      const store = new JsonFileMaintenanceStore(file);
      expect(store.load()).toBeNull();
      store.save({ failures: [{ kind: 'renderer-hang', at: 5 }], maintenanceSince: null });
      expect(store.load()).toEqual({ failures: [{ kind: 'renderer-hang', at: 5 }], maintenanceSince: null });
      writeFileSync(file, '{"failures":[{"kind":"rm -rf","at":1},{"kind":"renderer-crash","at":"x"}],"maintenanceSince":"soon"}');
      expect(store.load()).toEqual({ failures: [], maintenanceSince: null });
      writeFileSync(file, 'not json');
      expect(store.load()).toBeNull();
      expect(readFileSync(file, 'utf8')).toBe('not json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('maintenance module', () => {
  function ctx(staff?: CoreModule) {
    const events = new EventHub();
    const emitted: unknown[] = [];
    events.subscribe(['citizen'], (name, payload) => emitted.push([name, payload]));
    const c = {
      loaded: { file: '/x/kiosk.json', config: { dataDir: '/nonexistent' } },
      events,
      module: (name: string) => (name === 'staff' ? staff : undefined),
    } as unknown as CoreContext;
    return { c, emitted };
  }
  const call = { grants: ['display', 'citizen', 'staff', 'admin'] as const, origin: 'ipc:kiosk' };

  it('announces changes as maintenance.changed events and answers maintenance.status', async () => {
    const { c, emitted } = ctx();
    const m = createMaintenanceModule(c, { store: new MemoryMaintenanceStore(), policy: { threshold: 1, windowMs: MIN } });
    m.recordFailure('renderer-crash');
    expect(emitted).toEqual([['maintenance.changed', expect.objectContaining({ mode: 'maintenance' })]]);
    expect(await m.handlers['maintenance.status']!({}, call)).toMatchObject({ mode: 'maintenance' });
  });

  it('lets only a signed-in staff member reset it', async () => {
    const tokens: (string | undefined)[] = [];
    const staff = {
      name: 'staff', handlers: {},
      requireRole(c: { staffToken?: string }) {
        tokens.push(c.staffToken);
        if (c.staffToken !== 'a-valid-staff-token-000000') throw new ApiFailure('staff.signed-out');
      },
    };
    const { c } = ctx(staff);
    const m = createMaintenanceModule(c, { store: new MemoryMaintenanceStore(), policy: { threshold: 1, windowMs: MIN } });
    m.recordFailure('renderer-crash');
    await expect(async () => m.handlers['maintenance.reset']!({ token: 'a-forged-token-000000000' }, call)).rejects.toThrow('staff.signed-out');
    expect(m.status().mode).toBe('maintenance');
    expect(await m.handlers['maintenance.reset']!({ token: 'a-valid-staff-token-000000' }, call)).toMatchObject({ mode: 'normal' });
    expect(tokens).toEqual(['a-forged-token-000000000', 'a-valid-staff-token-000000']);
  });

  it('refuses a reset when no staff module is loaded', async () => {
    const { c } = ctx();
    const m = createMaintenanceModule(c, { store: new MemoryMaintenanceStore() });
    await expect(async () => m.handlers['maintenance.reset']!({ token: 'a-valid-staff-token-000000' }, call)).rejects.toThrow('api.not-available');
  });
});

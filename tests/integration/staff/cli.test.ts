import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/host/cli/run-cli';
import { allCommands } from '../../../electron/host/cli/registry';
import { loadConfig } from '../../../electron/host/config/load-config';
import { startKioskCore } from '../../../electron/host/kiosk-core';
import type { StaffModule } from '../../../electron/host/staff/staff-module';
import { makeWorld, type StaffWorld } from './support';

let w: StaffWorld;
afterEach(() => w?.close());

const cli = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(allCommands, [...argv, '--config', w.configFile], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
};

describe('kiosk staff … (the first admin and account care from the command line)', () => {
  it('adds, lists, disables and resets accounts, each change audited as "cli"', async () => {
    w = makeWorld();
    expect((await cli('staff', 'list')).out).toEqual(['no accounts yet: add the first admin with `kiosk staff add --role admin --name …`']);
    const added = await cli('staff', 'add', '--name', 'Nguyễn Quản Trị', '--role', 'admin', '--team', 'Văn phòng');
    expect(added.code).toBe(0);
    expect(added.out[0]).toBe('added account 1: Nguyễn Quản Trị (admin, Văn phòng)');
    const pin = /^one-time PIN: (\d{6}) {2}\(to be changed at the first sign-in\)$/.exec(added.out[1] ?? '')?.[1];
    expect(pin).toBeDefined();
    expect((await w.s.accounts.signIn(1, pin!)).outcome).toBe('signed-in');

    expect(await cli('staff', 'add', '--name', 'Lê Thu Hà', '--role', 'volunteer', '--pin', '507218')).toMatchObject({ code: 0, out: ['added account 2: Lê Thu Hà (volunteer)'] });
    expect(await cli('staff', 'add', '--name', 'X', '--role', 'boss')).toMatchObject({ code: 2 });
    expect(await cli('staff', 'add', '--name', 'Lê Thu Hà', '--role', 'staff', '--pin', '507218')).toMatchObject({ code: 1, err: ['kiosk: staff.name-taken'] });
    expect(await cli('staff', 'add', '--name', 'Yên', '--role', 'staff', '--pin', '111111')).toMatchObject({ code: 1, err: ['kiosk: pin.repeated'] });

    const list = await cli('staff', 'list');
    expect(list.out).toEqual(['   2  Lê Thu Hà  volunteer  -  active', '   1  Nguyễn Quản Trị  admin  Văn phòng  active  (must change PIN)']);

    expect(await cli('staff', 'disable', '--name', 'lê thu hà')).toMatchObject({ code: 0, out: ['disabled account 2: Lê Thu Hà'] });
    expect(await cli('staff', 'disable', '--id', '1')).toMatchObject({ code: 1, err: ['kiosk: staff.last-admin'] });
    expect(await cli('staff', 'disable')).toMatchObject({ code: 2, err: ['give --id <n> or --name <name>'] });
    expect(await cli('staff', 'enable', '--id', '2')).toMatchObject({ code: 0 });
    const reset = await cli('staff', 'reset-pin', '--id', '2');
    expect(reset.out[0]).toBe('PIN reset for account 2: Lê Thu Hà');
    expect(reset.out[1]).toMatch(/^one-time PIN: \d{6} /);
    const json = JSON.parse((await cli('staff', 'list', '--json')).out[0]!) as { id: number; mustChangePin: boolean }[];
    expect(json.find((a) => a.id === 2)?.mustChangePin).toBe(true);

    const actors = w.s.audit.entries(50).filter((e) => e.action.startsWith('account.')).map((e) => `${e.actor} ${e.action} ${e.subject}`);
    expect(actors.reverse()).toEqual([
      'cli account.created account:1', 'cli account.created account:2', 'cli account.disabled account:2', 'cli account.enabled account:2', 'cli account.pinReset account:2',
    ]);
    expect(await cli('audit', 'verify')).toMatchObject({ code: 0 });
  });

  it('runs inside the real core: key file 0600, config change audited, handlers reachable', async () => {
    w = makeWorld();
    w.db.close();
    const loaded = loadConfig(w.configFile);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const core = await startKioskCore(loaded.value, { runtime: 'browser' });
    try {
      const staff = core.module<StaffModule>('staff')!;
      expect(staff.name).toBe('staff');
      if (process.platform !== 'win32') expect(statSync(join(w.dataDir, 'staff-keys.json')).mode & 0o777).toBe(0o600);
      expect(staff.services.audit.lastOf('config.changed')).not.toBeNull();
      const grants = ['display', 'citizen', 'staff', 'admin'] as const;
      expect(await core.dispatch('staff.signInList', {}, { grants, origin: 'test' })).toEqual({ ok: true, value: [] });
      // The citizen face cannot reach staff calls at all.
      expect(await core.dispatch('staff.signInList', {}, { grants: ['display', 'citizen'], origin: 'test' })).toEqual({ ok: false, error: { code: 'api.forbidden' } });
      expect(() => staff.requireRole({ grants, origin: 'test' }, 'admin')).toThrow(expect.objectContaining({ code: 'staff.signed-out' }));
      expect(staff.activationsBetween(new Date(0), new Date())).toBe(0);
    } finally {
      await core.stop();
    }
    // Same config again: no new config entry.
    const again = await startKioskCore(loaded.value, { runtime: 'browser' });
    try {
      const audit = again.module<StaffModule>('staff')!.services.audit;
      expect(audit.entries(50).filter((e) => e.action === 'config.changed')).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });
});

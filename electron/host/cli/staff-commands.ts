import { randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { StaffRole, ReportFormat } from '../../api/staff';
import { ApiFailure } from '../api/api-failure';
import { loadConfig } from '../config/load-config';
import { defaultConfigFile, packageRootFrom } from '../paths';
import { pinProblem } from '../staff/crypto/pin-hash';
import { createStaffServices, type StaffServices } from '../staff/staff-services';
import { securePrivateDir } from '../storage/private-files';
import { openDatabase } from '../storage/database';
import { KEYED_CHAIN_STARTED } from '../staff/audit/audit-chain';
import type { CliCommand, CliIo } from './command';

type Values = Parameters<CliCommand['run']>[0]['values'];

const configOption = { config: { type: 'string' as const } };
const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Opens the staff services over the database in the configured data directory, runs `fn`, closes.
 * The running kiosk may have the same file open: SQLite's WAL mode and the audit log's IMMEDIATE
 * transactions keep both writers consistent.
 */
async function withStaff(values: Values, io: CliIo, fn: (s: StaffServices) => Promise<number> | number): Promise<number> {
  const file = str(values.config) ?? defaultConfigFile(packageRootFrom(dirname(fileURLToPath(import.meta.url))));
  const loaded = loadConfig(file);
  if (!loaded.ok) {
    io.err(`${file}: ${loaded.problems.length} problem(s)`);
    for (const p of loaded.problems) io.err(`  ${p}`);
    return 1;
  }
  securePrivateDir(loaded.value.config.dataDir);
  const db = openDatabase(join(loaded.value.config.dataDir, 'kiosk.db'));
  try {
    return await fn(createStaffServices({ db, config: loaded.value.config }));
  } catch (e) {
    if (e instanceof ApiFailure) {
      io.err(`kiosk: ${e.code}`);
      return 1;
    }
    throw e;
  } finally {
    db.close();
  }
}

/** A random PIN the policy accepts (not repeated, not a run). */
function generatePin(): string {
  for (;;) {
    const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (!pinProblem(pin)) return pin;
  }
}

function accountId(values: Values, s: StaffServices, io: CliIo): number | null {
  const id = str(values.id);
  const name = str(values.name);
  if (id !== undefined) {
    if (!/^\d+$/.test(id)) {
      io.err('--id: expected an account number (see `kiosk staff list`)');
      return null;
    }
    return Number(id);
  }
  if (name !== undefined) {
    const a = s.accounts.byName(name);
    if (!a) io.err(`no account named "${name}"`);
    return a?.id ?? null;
  }
  io.err('give --id <n> or --name <name>');
  return null;
}

const staffAdd: CliCommand = {
  path: ['staff', 'add'],
  summary: 'Add a staff, volunteer or admin account (the first admin is added this way). Without --pin a one-time PIN is printed.',
  usage: '--name <name> --role staff|volunteer|admin [--team <team>] [--pin <6-12 digits>] [--config file]',
  options: { ...configOption, name: { type: 'string' }, role: { type: 'string' }, team: { type: 'string' }, pin: { type: 'string' } },
  run: ({ values }, io) =>
    withStaff(values, io, async (s) => {
      const role = StaffRole.safeParse(values.role);
      const name = str(values.name);
      if (!name || !role.success) {
        io.err('usage: kiosk staff add --name <name> --role staff|volunteer|admin [--team <team>] [--pin <digits>]');
        return 2;
      }
      const given = str(values.pin);
      const pin = given ?? generatePin();
      const account = await s.accounts.add({ name, role: role.data, team: str(values.team) ?? '', pin, mustChangePin: given === undefined }, 'cli');
      io.out(`added account ${account.id}: ${account.name} (${account.role}${account.team ? `, ${account.team}` : ''})`);
      if (!given) io.out(`one-time PIN: ${pin}  (to be changed at the first sign-in)`);
      return 0;
    }),
};

const staffList: CliCommand = {
  path: ['staff', 'list'],
  summary: 'List staff accounts with their role, team and state.',
  usage: '[--json] [--config file]',
  options: { ...configOption, json: { type: 'boolean' } },
  run: ({ values }, io) =>
    withStaff(values, io, (s) => {
      const accounts = s.accounts.list();
      if (values.json) {
        io.out(JSON.stringify(accounts));
        return 0;
      }
      if (accounts.length === 0) io.out('no accounts yet: add the first admin with `kiosk staff add --role admin --name …`');
      const now = s.now().getTime();
      for (const a of accounts) {
        const state = !a.active ? 'disabled' : a.lockedUntil && Date.parse(a.lockedUntil) > now ? `locked until ${a.lockedUntil}` : 'active';
        io.out(`${String(a.id).padStart(4)}  ${a.name}  ${a.role}  ${a.team || '-'}  ${state}${a.mustChangePin ? '  (must change PIN)' : ''}`);
      }
      return 0;
    }),
};

/** `staff disable` and `staff enable`: the same verb with the opposite switch. */
function setActiveCommand(active: boolean): CliCommand {
  const verb = active ? 'enable' : 'disable';
  return {
    path: ['staff', verb],
    summary: active
      ? 'Enable a disabled account again.'
      : 'Disable an account (it can no longer sign in; its sessions end). The last admin cannot be disabled.',
    usage: '(--id <n> | --name <name>) [--config file]',
    options: { ...configOption, id: { type: 'string' }, name: { type: 'string' } },
    run: ({ values }, io) =>
      withStaff(values, io, (s) => {
        const id = accountId(values, s, io);
        if (id === null) return 2;
        const a = s.accounts.setActive(id, active, 'cli');
        io.out(`${verb}d account ${a.id}: ${a.name}`);
        return 0;
      }),
  };
}

const staffDisable = setActiveCommand(false);
const staffEnable = setActiveCommand(true);

const staffResetPin: CliCommand = {
  path: ['staff', 'reset-pin'],
  summary: 'Set a new PIN (printed once when not given) that must be changed at the next sign-in; clears any lockout.',
  usage: '(--id <n> | --name <name>) [--pin <6-12 digits>] [--config file]',
  options: { ...configOption, id: { type: 'string' }, name: { type: 'string' }, pin: { type: 'string' } },
  run: ({ values }, io) =>
    withStaff(values, io, async (s) => {
      const id = accountId(values, s, io);
      if (id === null) return 2;
      const given = str(values.pin);
      const pin = given ?? generatePin();
      const a = await s.accounts.resetPin(id, pin, 'cli');
      io.out(`PIN reset for account ${a.id}: ${a.name}`);
      if (!given) io.out(`one-time PIN: ${pin}  (to be changed at the next sign-in)`);
      return 0;
    }),
};

const auditVerify: CliCommand = {
  path: ['audit', 'verify'],
  summary: 'Check the audit log\'s keyed hash chain and its anchor; names the first entry that was edited, deleted or added behind the kiosk\'s back.',
  usage: '[--config file]',
  options: configOption,
  run: ({ values }, io) =>
    withStaff(values, io, (s) => {
      const v = s.audit.verify();
      if (v.ok) {
        io.out(`audit log intact: ${v.entries} entries${v.head ? `, head #${v.head.seq} ${v.head.hash}` : ''}`);
        // A log from before the keyed chain: say where it starts and what the unkeyed part looked like then.
        if (v.keyedFrom > 1 && v.keyedFrom <= v.entries) {
          const start = s.audit.lastOf(KEYED_CHAIN_STARTED);
          io.out(`keyed chain since #${v.keyedFrom}; before it, unkeyed entries (checked by their links only)${start ? `: ${start.details}` : ''}`);
        }
        return 0;
      }
      io.err(`audit log BROKEN at entry #${v.seq}: ${v.problem} (${v.entries} entries verified before it)`);
      return 1;
    }),
};

const report: CliCommand = {
  path: ['report'],
  summary: 'Write the ward report for a period (default: the previous month) as XLSX, CSV or JSON.',
  usage: '[--from YYYY-MM-DD --to YYYY-MM-DD] [--format xlsx|csv|json] [--out <file>] [--config file]',
  options: { ...configOption, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  run: ({ values }, io) =>
    withStaff(values, io, async (s) => {
      const format = ReportFormat.safeParse(values.format ?? 'xlsx');
      const from = str(values.from);
      const to = str(values.to);
      if (!format.success || (from === undefined) !== (to === undefined)) {
        io.err(`usage: kiosk report ${report.usage}`);
        return 2;
      }
      // A calendar date, not only its shape: 2026-02-30 is refused rather than rolled into March.
      for (const [flag, value] of [['--from', from], ['--to', to]] as const) {
        if (value !== undefined && !z.iso.date().safeParse(value).success) {
          io.err(`kiosk report: ${flag} ${value} is not a date (YYYY-MM-DD)`);
          return 2;
        }
      }
      const request = from && to ? { kind: 'custom' as const, from, to } : { kind: 'previous-month' as const };
      const r = await s.reports.generate(request, format.data, 'cli');
      const out = resolve(str(values.out) ?? r.file.fileName);
      writeFileSync(out, r.file.bytes);
      io.out(`report ${r.period.from} – ${r.period.to} written to ${out}`);
      return 0;
    }),
};

export const staffCommands: CliCommand[] = [staffAdd, staffList, staffDisable, staffEnable, staffResetPin, auditVerify, report];

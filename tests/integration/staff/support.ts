import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import type { CallName } from '../../../electron/api/contract';
import type { Access } from '../../../electron/api/define';
import { createDispatcher } from '../../../electron/host/api/dispatcher';
import { runCli } from '../../../electron/host/cli/run-cli';
import { staffCommands } from '../../../electron/host/cli/staff-commands';
import { parseConfig } from '../../../electron/host/config/load-config';
import type { KioskConfig } from '../../../electron/host/config/kiosk-config-schema';
import { fixedCitizen, type SessionCitizenData } from '../../../electron/host/staff/session-citizen';
import { staffHandlers } from '../../../electron/host/staff/staff-handlers';
import { createStaffServices, type StaffServices } from '../../../electron/host/staff/staff-services';
import { openDatabase, type Db } from '../../../electron/host/storage/database';

/** The citizen used across the staff tests: synthetic, never a real person. */
export const CITIZEN = {
  idNumber: '001093012345',
  fullName: 'Nguyễn Thị Minh Khai',
  dateOfBirth: '1993-01-05',
  /** Never entered anywhere; the scan checks it did not appear either. */
  phone: '0912345678',
} as const;

export const CHEAP_PINS = { log2N: 10, r: 8, p: 1 };

export interface StaffWorld {
  readonly dir: string;
  readonly dataDir: string;
  readonly configFile: string;
  readonly config: KioskConfig;
  readonly db: Db;
  readonly s: StaffServices;
  /** The test clock: set `clock.now` to move time. */
  readonly clock: { now: Date };
  /** Calls the 'staff.*' contract through the real dispatcher (schemas, grants, output stripping). */
  call(name: CallName, input: unknown): Promise<{ ok: boolean; value?: any; error?: { code: string; issues?: string[] } }>;
  setSessionCitizen(c: SessionCitizenData | null): void;
  /** Lines written to the console during the test (checked for personal data). */
  readonly logs: string[];
  close(): void;
}

export function configObject(dataDir: string, extra: Record<string, unknown> = {}) {
  return {
    ward: { name: 'Phường Minh Họa', code: '00001', province: 'Tỉnh Minh Họa', population: 1000 },
    devices: { cardReader: { type: 'none' }, qrScanner: { type: 'none' } },
    dataDir,
    content: { dir: 'content' },
    trustStore: { dir: 'trust' },
    targets: [
      { indicator: 'vneid-activated', label: 'Công dân kích hoạt VNeID', percent: 10, deadline: '2026-12-31' },
      { indicator: 'online-accounts', label: 'Tài khoản dịch vụ công', percent: 5, deadline: '2026-06-30' },
      { indicator: 'sim-own-name', label: 'SIM chính chủ', percent: 80, deadline: '2026-12-31' },
    ],
    ...extra,
  };
}

export function makeWorld(start = '2026-11-20T02:00:00Z', extra: Record<string, unknown> = {}): StaffWorld {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-staff-'));
  const dataDir = join(dir, 'data');
  const configFile = join(dir, 'kiosk.json');
  const raw = configObject(dataDir, extra);
  writeFileSync(configFile, JSON.stringify(raw));
  const parsed = parseConfig(raw, configFile);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const config = parsed.value.config;
  const db = openDatabase(join(dataDir, 'kiosk.db'));
  const clock = { now: new Date(start) };
  const s = createStaffServices({ db, config, now: () => clock.now, pinParams: CHEAP_PINS });
  let sessionCitizen: SessionCitizenData | null = null;
  const dispatch = createDispatcher(staffHandlers(s, { current: () => sessionCitizen }, () => {}));
  const grants: readonly Access[] = ['display', 'citizen', 'staff', 'admin'];
  const logs: string[] = [];
  for (const level of ['log', 'warn', 'error', 'info'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' ')));
  }
  return {
    dir, dataDir, configFile, config, db, s, clock, logs,
    call: (name, input) => dispatch(name, input, { grants, origin: 'test' }) as never,
    setSessionCitizen: (c) => (sessionCitizen = c),
    close() {
      db.close();
      vi.restoreAllMocks();
      assertNoPersonalData(dataDir, logs);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sessionCitizen = (over: Partial<SessionCitizenData['facts']> = {}): SessionCitizenData =>
  fixedCitizen({
    source: 'chip',
    fullName: CITIZEN.fullName,
    facts: { idNumber: CITIZEN.idNumber, dateOfBirth: CITIZEN.dateOfBirth, cardExpiry: '2033-01-05', cardKind: 'chip', passiveAuth: 'verified', ...over },
  }).current()!;

/** Adds an account and signs it in; returns its id and token. */
export async function signedIn(w: StaffWorld, name: string, role: 'staff' | 'volunteer' | 'admin', team = 'Tổ 1'): Promise<{ id: number; token: string }> {
  const pin = '482913';
  const a = await w.s.accounts.add({ name, role, team, pin, mustChangePin: false }, 'cli');
  const r = await w.s.accounts.signIn(a.id, pin);
  if (r.outcome !== 'signed-in') throw new Error('sign-in failed');
  return { id: a.id, token: r.token };
}

export async function signInAgain(w: StaffWorld, name: string): Promise<{ id: number; token: string }> {
  const a = w.s.accounts.byName(name)!;
  const r = await w.s.accounts.signIn(a.id, '482913');
  if (r.outcome !== 'signed-in') throw new Error('sign-in failed');
  return { id: a.id, token: r.token };
}

const NEEDLES = (): { label: string; bytes: Buffer }[] => [
  { label: 'ID number', bytes: Buffer.from(CITIZEN.idNumber, 'ascii') },
  { label: 'name (NFC)', bytes: Buffer.from(CITIZEN.fullName.normalize('NFC'), 'utf8') },
  { label: 'name (NFD)', bytes: Buffer.from(CITIZEN.fullName.normalize('NFD'), 'utf8') },
  { label: 'name (UTF-16)', bytes: Buffer.from(CITIZEN.fullName, 'utf16le') },
  { label: 'family name + given name', bytes: Buffer.from('Minh Khai', 'utf8') },
  { label: 'phone', bytes: Buffer.from(CITIZEN.phone, 'ascii') },
];

/**
 * privacy.md §2–3: no full ID number, name or phone number anywhere in the data directory (database,
 * WAL, anchor, key file) or the logs; only encrypted referral blobs may carry them, and those are
 * ciphertext. Also no Vietnamese mobile number at all.
 */
export function assertNoPersonalData(dataDir: string, logs: readonly string[]): void {
  const files = existsSync(dataDir) ? readdirSync(dataDir).map((f) => join(dataDir, f)).filter((f) => statSync(f).isFile()) : [];
  expect(files.some((f) => f.endsWith('kiosk.db'))).toBe(true);
  const haystacks = [...files.map((f) => ({ where: f, bytes: readFileSync(f) })), { where: 'logs', bytes: Buffer.from(logs.join('\n'), 'utf8') }];
  for (const h of haystacks) {
    for (const n of NEEDLES()) expect(h.bytes.includes(n.bytes), `${n.label} found in ${h.where}`).toBe(false);
    const text = h.bytes.toString('latin1');
    expect(/(?<![0-9a-f])(?:0|\+84)[35789]\d{8}(?![0-9a-f])/.test(text), `a phone number in ${h.where}`).toBe(false);
  }
}

/** Runs a staff CLI command (`kiosk audit verify`, …) against the world's config, capturing its output. */
export async function staffCli(w: StaffWorld, ...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(staffCommands, [...argv, '--config', w.configFile], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** What an attacker with the database file does first: drop the audit log's append-only triggers. */
export const dropAuditTriggers = (w: StaffWorld): void => void w.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');

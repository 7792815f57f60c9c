import { isAbsolute, join } from 'node:path';
import type { KioskConfig } from '../config/kiosk-config-schema';
import type { Db } from '../storage/database';
import { CitizenSessionLog } from '../storage/repositories/citizen-session-log';
import { AccountRepository } from './accounts/account-repository';
import type { LockoutPolicy } from './accounts/lockout';
import { StaffAccounts } from './accounts/staff-accounts';
import { StaffSessions } from './accounts/staff-sessions';
import { AuditLog } from './audit/audit-log';
import type { PinHashParams } from './crypto/pin-hash';
import { auditKeyFile, loadAuditKey, type AuditKey } from './keys/audit-key';
import { deriveStaffKeys, FileKeyProvider, type KeyProvider, type StaffKeys, type SyncKeyWrapper } from './keys/key-provider';
import { RecordRepository } from './records/record-repository';
import { AssistedRecords } from './records/assisted-records';
import { ReferralRepository } from './referrals/referral-repository';
import { Referrals } from './referrals/referrals';
import { WardReports } from './reports/ward-reports';
import { StatsQueries } from './reports/stats-queries';

export interface StaffServicesOptions {
  readonly db: Db;
  readonly config: KioskConfig;
  /** Default: the key file from config (staff.keyFile, else <dataDir>/staff-keys.json). */
  readonly keys?: KeyProvider;
  /** Default: <dataDir>/audit-anchor.json; null keeps no anchor. */
  readonly auditAnchorFile?: string | null;
  /** The audit chain's key. Default: the audit key file (keys/audit-key.ts), wrapped by `auditKeyWrapper` when given. */
  readonly auditKey?: AuditKey;
  /** The OS keystore (Electron) for the audit key file. */
  readonly auditKeyWrapper?: SyncKeyWrapper;
  readonly now?: () => Date;
  readonly pinParams?: PinHashParams;
  readonly lockout?: LockoutPolicy;
  readonly kioskLockout?: LockoutPolicy;
}

/** Everything of the staff area over one database: what the core module and the CLI both use. */
export interface StaffServices {
  readonly audit: AuditLog;
  readonly sessions: StaffSessions;
  readonly accounts: StaffAccounts;
  readonly records: AssistedRecords;
  readonly referrals: Referrals;
  readonly reports: WardReports;
  readonly stats: StatsQueries;
  readonly keyProvider: KeyProvider;
  readonly now: () => Date;
}

/** The key file a config names (relative paths are inside the data directory). */
export function staffKeyFile(config: KioskConfig): string {
  const f = config.staff.keyFile ?? 'staff-keys.json';
  return isAbsolute(f) ? f : join(config.dataDir, f);
}

export function auditAnchorFile(config: KioskConfig): string {
  return join(config.dataDir, 'audit-anchor.json');
}

export function createStaffServices(o: StaffServicesOptions): StaffServices {
  const now = o.now ?? (() => new Date());
  // Deleted referral blobs and rows are overwritten with zeros in the file, not left in free pages.
  o.db.pragma('secure_delete = ON');
  const keyProvider = o.keys ?? new FileKeyProvider(staffKeyFile(o.config));
  let derived: Promise<StaffKeys> | null = null;
  const keys = () => (derived ??= keyProvider.masterKey().then(deriveStaffKeys).catch((e: unknown) => {
    derived = null;
    throw e;
  }));
  const audit = new AuditLog(o.db, {
    anchorFile: o.auditAnchorFile === undefined ? auditAnchorFile(o.config) : o.auditAnchorFile,
    key: o.auditKey ?? loadAuditKey(auditKeyFile(o.config), o.auditKeyWrapper),
    now,
  });
  const sessions = new StaffSessions(o.config.staff.inactivitySeconds * 1000, () => now().getTime());
  const accounts = new StaffAccounts(new AccountRepository(o.db), audit, sessions, {
    now, ...(o.pinParams ? { pinParams: o.pinParams } : {}), ...(o.lockout ? { lockout: o.lockout } : {}), ...(o.kioskLockout ? { kioskLockout: o.kioskLockout } : {}),
  });
  const stats = new StatsQueries(o.db);
  return {
    audit,
    sessions,
    accounts,
    records: new AssistedRecords(new RecordRepository(o.db), audit, keys, now),
    referrals: new Referrals(new ReferralRepository(o.db), audit, keys, o.config.staff.referralRetentionDays, now),
    reports: new WardReports(stats, new CitizenSessionLog(o.db), o.config, audit, now),
    stats,
    keyProvider,
    now,
  };
}

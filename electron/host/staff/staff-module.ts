import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CallContext } from '../api/dispatcher';
import type { AuditDetails } from './audit/audit-log';
import type { CoreContext, CoreModule } from '../core-module';
import type { KeyProvider, SyncKeyWrapper } from './keys/key-provider';
import { sessionStoreCitizen, type SessionCitizenSource } from './session-citizen';
import { authorise } from './staff-auth';
import { staffHandlers } from './staff-handlers';
import { createStaffServices, type StaffServices } from './staff-services';
import type { TargetProgress } from '../../api/staff';
import { targetProgress } from './reports/dashboard';
import { vnDate } from './reports/periods';
import { activationTarget } from '../figures/ward-figures';

export interface StaffModuleOptions {
  /** The master-key provider; the Electron shell may pass one wrapped by safeStorage. Default: the key file. */
  readonly keys?: KeyProvider;
  /** The OS keystore wrapping the audit key file (Electron); absent: a 0600 file. */
  readonly auditKeyWrapper?: SyncKeyWrapper;
  /** Card data of the current citizen session. Default: the session store's 'identity' entry. */
  readonly citizen?: SessionCitizenSource;
  /** How often referrals past retention are deleted, in ms (default hourly; also at start and before lists). */
  readonly purgeEveryMs?: number;
}

/** The staff area as a core module; also what the display module reads for its statistics. */
export interface StaffModule extends CoreModule {
  readonly name: 'staff';
  readonly services: StaffServices;
  /** Completed VNeID activations recorded with staff help in [from, to). */
  activationsBetween(from: Date, to: Date): number;
  /** Staff-assisted cases (records) started in [from, to), for the lobby display's count. */
  assistsBetween(from: Date, to: Date): number;
  /** The VNeID activation target of kiosk.json as the dashboard shows it now (ward-figures.ts); null if none. */
  activationTarget(now: Date): TargetProgress | null;
  /** Calls `listener` after any staff record or referral is written; returns the unsubscribe. */
  onRecordsChanged(listener: () => void): () => void;
  /** Throws ApiFailure unless `call.staffToken` is a signed-in session with `role`. */
  requireRole(call: CallContext, role: 'admin' | 'staff'): void;
  /** Writes an admin's action of another area (the display's emergency message) to the audit log. */
  recordAdminAction(call: CallContext, action: string, details: AuditDetails): void;
}

export function createStaffModule(ctx: CoreContext, options: StaffModuleOptions = {}): StaffModule {
  const services = createStaffServices({
    db: ctx.db, config: ctx.loaded.config, ...(options.keys ? { keys: options.keys } : {}), ...(options.auditKeyWrapper ? { auditKeyWrapper: options.auditKeyWrapper } : {}),
  });
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  let purgeTimer: ReturnType<typeof setInterval> | null = null;

  return {
    name: 'staff',
    services,
    handlers: staffHandlers(services, options.citizen ?? sessionStoreCitizen(ctx.sessions), changed),
    activationsBetween: (from, to) => services.stats.activations({ from, to }),
    assistsBetween: (from, to) => services.stats.records({ from, to }),
    activationTarget: (now) => activationTarget(targetProgress(services.stats, ctx.loaded.config, now, vnDate(now))),
    onRecordsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requireRole(call, role) {
      authorise(services, call.staffToken, { roles: role === 'admin' ? ['admin'] : ['staff', 'admin'] });
    },
    recordAdminAction(call, action, details) {
      const admin = authorise(services, call.staffToken, { roles: ['admin'] });
      services.audit.append(`staff:${admin.accountId}`, action, null, details);
    },
    async start() {
      // Create (or open) the key file now, so a problem with it shows at start, not at the first citizen.
      await services.keyProvider.masterKey();
      console.log(`[staff] keys: ${services.keyProvider.description}`);
      recordConfigChange(services, ctx.loaded.file);
      const housekeeping = () => {
        services.referrals.purgeExpired();
        if (services.records.closeForgotten() > 0) changed();
      };
      housekeeping();
      purgeTimer = setInterval(housekeeping, options.purgeEveryMs ?? 3_600_000);
      purgeTimer.unref();
    },
    async stop() {
      if (purgeTimer) clearInterval(purgeTimer);
      purgeTimer = null;
      listeners.clear();
    },
  };
}

/** Config changes go to the audit log: the file's SHA-256 is compared with the last one recorded. */
function recordConfigChange(s: StaffServices, file: string): void {
  let sha256: string;
  try {
    sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return;
  }
  const last = s.audit.lastOf('config.changed');
  const previous = last ? ((JSON.parse(last.details) as { sha256?: string }).sha256 ?? null) : null;
  if (previous !== sha256) s.audit.append('system', 'config.changed', null, { sha256, previous });
}

import { join } from 'node:path';
import type { FailureKind, MaintenanceStatus } from '../../api/maintenance';
import { ApiFailure } from '../api/api-failure';
import type { CoreContext, CoreModule } from '../core-module';
import { JsonFileMaintenanceStore, MaintenanceState, type MaintenancePolicy, type MaintenanceStore } from './maintenance-state';

/** What the role check needs from the staff module (kept structural so health does not import staff). */
interface StaffRoleCheck extends CoreModule {
  requireRole(call: { grants: readonly string[]; origin: string; staffToken?: string }, role: 'admin' | 'staff'): void;
}

/** The self-healing state as a core module; the Electron shell records failures through it. */
export interface MaintenanceModule extends CoreModule {
  readonly name: 'maintenance';
  recordFailure(kind: FailureKind): MaintenanceStatus;
  status(): MaintenanceStatus;
  onChange(listener: (s: MaintenanceStatus) => void): () => void;
}

export interface MaintenanceModuleOptions {
  readonly store?: MaintenanceStore;
  readonly policy?: MaintenancePolicy;
  readonly now?: () => number;
}

export function createMaintenanceModule(ctx: CoreContext, options: MaintenanceModuleOptions = {}): MaintenanceModule {
  const state = new MaintenanceState(options.store ?? new JsonFileMaintenanceStore(join(ctx.loaded.config.dataDir, 'maintenance.json')), options.policy, options.now);
  state.onChange((s) => ctx.events.emit('maintenance.changed', s));
  return {
    name: 'maintenance',
    handlers: {
      'maintenance.status': () => state.status(),
      'maintenance.reset': ({ token }, call) => {
        const staff = ctx.module<StaffRoleCheck>('staff');
        if (!staff) throw new ApiFailure('api.not-available');
        staff.requireRole({ ...call, staffToken: token }, 'staff');
        console.warn('[health] maintenance reset by staff');
        return state.reset();
      },
    },
    recordFailure(kind) {
      const s = state.recordFailure(kind);
      console.warn(`[health] ${kind}: ${s.recentFailures}/${s.threshold} in the window, mode ${s.mode}`);
      return s;
    },
    status: () => state.status(),
    onChange: (listener) => state.onChange(listener),
  };
}

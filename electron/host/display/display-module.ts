import { dirname } from 'node:path';
import { ApiFailure } from '../api/api-failure';
import type { CallContext } from '../api/dispatcher';
import type { CoreContext, CoreModule } from '../core-module';
import type { DisplayTarget } from '../../api/display';
import { citizensHelped } from '../figures/ward-figures';
import { CitizenSessionLog } from '../storage/repositories/citizen-session-log';
import { DisplayFeedService } from './display-feed';
import { EmergencyStore } from './emergency-store';
import { watchFolder } from './folder-watch';
import { displayContentPath } from './load-display-content';
import {
  catalogueServicesSource, isCatalogueForDisplay, noServicesSource, type EssentialServicesSource,
} from './services-source';

/**
 * What the display uses of the staff module (ctx.module('staff')), typed structurally so the display
 * does not import the staff area. Without `activationsBetween` the statistics slide says "not
 * available"; without `requireRole` the emergency calls answer 'api.not-available' (no admin can be
 * recognised, so nobody may put a message up).
 */
export interface StaffForDisplay {
  /** VNeID activations recorded with staff help in [from, to). */
  activationsBetween?(from: Date, to: Date): number | Promise<number>;
  /** Staff-assisted cases (records) started in [from, to). */
  assistsBetween?(from: Date, to: Date): number | Promise<number>;
  /** kiosk.json's VNeID activation target as the staff dashboard shows it now; null when none is configured. */
  activationTarget?(now: Date): DisplayTarget | null;
  /** Calls `listener` after a staff record is written. */
  onRecordsChanged?(listener: () => void): (() => void) | void;
  /** Throws ApiFailure unless `call.staffToken` is a signed-in session with this role ('staff' admits admins too). */
  requireRole?(call: CallContext, role: 'admin' | 'staff'): void | Promise<void>;
  /** Writes the admin's action to the staff audit log (codes and counts only). */
  recordAdminAction?(call: CallContext, action: string, details: Readonly<Record<string, string | number | boolean | null>>): void;
}

export interface DisplayModule extends CoreModule {
  readonly name: 'display';
  readonly service: DisplayFeedService;
  /** Which source the 25 services come from (known after start). */
  servicesSourceKind(): EssentialServicesSource['kind'] | null;
  /** Resolves once the first feed is built (after the catalogue's first load); rejects if it could not be. */
  whenStarted(): Promise<void>;
}

export interface DisplayModuleOptions {
  /** Watch debounce in ms (default 250). */
  readonly debounceMs?: number;
  /** Counts and content-date poll in ms (default 30 000). */
  readonly pollMs?: number;
}

/**
 * The display feed as a core module: the 'display.*' handlers, watchers on the content, count
 * refreshes on citizen-session and staff events, 'display.feedChanged' pushes, and the content
 * file's health for staff ('display.contentStatus', pushed as 'display.contentStatusChanged').
 */
export function createDisplayModule(ctx: CoreContext, options: DisplayModuleOptions = {}): DisplayModule {
  const { config } = ctx.loaded;
  const contentFile = displayContentPath(config.content.dir);
  const sessionLog = new CitizenSessionLog(ctx.db);
  const staff = () => ctx.module('staff') as (CoreModule & StaffForDisplay) | undefined;
  let source: EssentialServicesSource | null = null;
  const cleanups: (() => void)[] = [];
  const debounceMs = options.debounceMs ?? 250;

  // Services are read through the source picked at start (the catalogue module may register later in the list).
  const lazySource: EssentialServicesSource = {
    kind: 'catalogue',
    load: () => (source ?? noServicesSource).load(),
  };

  const service = new DisplayFeedService({
    contentFile,
    services: lazySource,
    emergency: new EmergencyStore(ctx.db),
    wardName: config.ward.name,
    publish: (feed) => ctx.events.emit('display.feedChanged', feed),
    publishContentStatus: (status) => ctx.events.emit('display.contentStatusChanged', status),
    log: (line) => console.log(line),
    ...(options.pollMs ? { pollMs: options.pollMs } : {}),
    async counts({ weekStart, monthStart, now }) {
      const s = staff();
      let activationsThisMonth: number | null = null;
      if (s?.activationsBetween) {
        try {
          activationsThisMonth = await s.activationsBetween(monthStart, now);
        } catch {
          activationsThisMonth = null;
        }
      }
      // The same definitions as the staff dashboard (ward-figures.ts).
      let assists = 0;
      let target: DisplayTarget | null = null;
      try {
        assists = (await s?.assistsBetween?.(weekStart, now)) ?? 0;
        const t = s?.activationTarget?.(now) ?? null;
        target = t && { label: t.label, targetCount: t.targetCount, achieved: t.achieved, deadline: t.deadline };
      } catch {
        assists = 0;
      }
      const citizensHelpedThisWeek = citizensHelped({ servedKioskSessions: sessionLog.counts(weekStart, now).served, assistedCases: assists });
      const month = sessionLog.counts(monthStart, now);
      const rated = month.verySatisfied + month.satisfied + month.dissatisfied;
      return {
        citizensHelpedThisWeek, activationsThisMonth, activationTarget: target,
        satisfactionThisMonth: rated > 0 ? { rated, satisfied: month.verySatisfied + month.satisfied } : null,
      };
    },
  });

  async function requireRole(call: CallContext, token: string, role: 'admin' | 'staff'): Promise<void> {
    // The dispatcher has checked the transport's grant; the staff module checks the signed-in role.
    const s = staff();
    if (!s?.requireRole) throw new ApiFailure('api.not-available');
    await s.requireRole({ ...call, staffToken: token }, role);
  }
  const requireAdmin = (call: CallContext, token: string) => requireRole(call, token, 'admin');

  // The first feed waits for the catalogue's first load (the 25 services), which the core no longer
  // waits for (catalogue-module.ts); a display asking before then gets the feed when it is built.
  let started: Promise<void> | undefined;
  return {
    name: 'display',
    service,
    servicesSourceKind: () => source?.kind ?? null,
    whenStarted: () => started ?? Promise.reject(new Error('the display module has not been started')),
    handlers: {
      'display.feed': async () => {
        // A failed first build is logged at start; a later change may still build a feed, so ask the service.
        await started?.catch(() => undefined);
        return service.feed();
      },
      // Staff and admins (not volunteers): the ward clerks who edit the announcements.
      'display.contentStatus': async ({ token }, call) => {
        await requireRole(call, token, 'staff');
        await started?.catch(() => undefined);
        return service.contentStatus();
      },
      'display.setEmergency': async ({ token, text }, call) => {
        await requireAdmin(call, token);
        const message = await service.setEmergency(text);
        staff()?.recordAdminAction?.({ ...call, staffToken: token }, 'display.emergencySet', { characters: message.text.length });
        return message;
      },
      'display.withdrawEmergency': async ({ token }, call) => {
        await requireAdmin(call, token);
        const withdrawn = await service.withdrawEmergency();
        staff()?.recordAdminAction?.({ ...call, staffToken: token }, 'display.emergencyWithdrawn', { withdrawn });
        return { withdrawn };
      },
    },
    async start() {
      // The catalogue module may offer the methods itself or hold the ProcedureCatalogue as `catalogue`.
      const mod = ctx.module('catalogue') as (CoreModule & { catalogue?: unknown }) | undefined;
      const catalogue = isCatalogueForDisplay(mod) ? mod : isCatalogueForDisplay(mod?.catalogue) ? mod.catalogue : null;
      source = catalogue ? catalogueServicesSource(catalogue) : noServicesSource;
      if (!catalogue) console.warn('[display] no catalogue module: the services slide stays empty');
      else cleanups.push(source.onChange?.(() => void service.servicesChanged()) ?? (() => {}));
      started = service.start();
      started.catch((e: Error) => console.error(`[display] the feed could not be built: ${e.message}`));
      const w = watchFolder(dirname(contentFile), () => void service.contentChanged(), { debounceMs });
      cleanups.push(() => w.close());
      // A citizen session starting or ending changes "citizens helped this week".
      let countsTimer: ReturnType<typeof setTimeout> | null = null;
      const countsSoon = () => {
        if (countsTimer) return;
        countsTimer = setTimeout(() => {
          countsTimer = null;
          void service.countsChanged();
        }, 1000);
      };
      cleanups.push(ctx.events.subscribe(['citizen'], (name) => {
        if (name === 'session.changed') countsSoon();
      }));
      cleanups.push(() => countsTimer && clearTimeout(countsTimer));
      const off = staff()?.onRecordsChanged?.(countsSoon);
      if (typeof off === 'function') cleanups.push(off);
    },
    async stop() {
      await started?.catch(() => undefined);
      cleanups.splice(0).forEach((c) => c());
      service.stop();
    },
  };
}

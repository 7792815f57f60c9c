import type { ContentStatus } from '../../api/catalogue';
import type { CallName } from '../../api/contract';
import type { Handler } from '../api/dispatcher';
import type { CoreContext, CoreModule } from '../core-module';
import { ProcedureCatalogue } from './procedure-catalogue';
import { remoteSourceConfig } from './remote/remote-config';

/** The catalogue module exposes its ProcedureCatalogue so other areas (the display feed) can read it. */
export interface CatalogueModule extends CoreModule {
  readonly catalogue: ProcedureCatalogue;
  /** Resolves with the status once the first load after `start()` has finished (good pack or not). */
  whenLoaded(): Promise<ContentStatus>;
  /** The 25 services as `catalogue.essentialServices` answers them, after the first load. */
  essentialServices(): Promise<ReturnType<ProcedureCatalogue['essentialServices']>>;
  /** Calls `listener` after the first load and after every later change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}

/**
 * The published procedures and the 25 essential services, from the configured content pack (and the
 * signed remote source when configured), searchable in citizens' words. Content changes apply live.
 *
 * The pack is loaded after the core is up, not before: reading, validating and indexing the real
 * catalogue (~700 procedures) takes most of a second, and the kiosk must reach its attract screen within
 * 2 s (bench:start), which needs nothing of the catalogue. A call that comes before the first load has
 * finished waits for it, so no face ever sees an empty catalogue that is merely still loading.
 */
export function createCatalogueModule(ctx: CoreContext): CatalogueModule {
  const { config } = ctx.loaded;
  const remote = remoteSourceConfig(config);
  const catalogue = new ProcedureCatalogue({
    contentDir: config.content.dir,
    province: config.ward.province,
    maxAgeDays: config.content.maxAgeDays,
    ...(remote ? { remote } : {}),
  });
  // Every finished load attempt (the first load, local reloads, remote polls) reaches the status screens at once.
  let offStatus: (() => void) | undefined;
  const listeners = new Set<() => void>();
  const tell = () => listeners.forEach((l) => {
    try {
      l();
    } catch (e) {
      console.error(`[catalogue] a listener failed: ${(e as Error).message}`);
    }
  });
  let firstLoad: Promise<ContentStatus> | undefined;
  const whenLoaded = () => firstLoad ?? Promise.reject(new Error('the catalogue module has not been started'));
  const afterLoad = <N extends CatalogueCall>(answer: (input: Parameters<Handler<N>>[0]) => ReturnType<Handler<N>>): Handler<N> =>
    async (input) => {
      await whenLoaded();
      return answer(input);
    };
  return {
    name: 'catalogue',
    catalogue,
    whenLoaded,
    essentialServices: async () => {
      await whenLoaded();
      return catalogue.essentialServices();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      offStatus = catalogue.onChange((s) => {
        ctx.events.emit('catalogue.contentStatusChanged', s);
        tell();
      });
      // Not awaited: the core is ready before the pack is (see above). The promise the calls wait on never
      // rejects: bad content is a status with problems, and anything else (an unreadable folder) is logged and
      // leaves the catalogue empty, as a missing pack does, rather than failing every call until a restart.
      firstLoad = catalogue.start().catch((e: Error) => {
        console.error(`[catalogue] the first load failed: ${e.message}`);
        return catalogue.status();
      });
      void firstLoad.then((status) => {
        if (!status.pack) console.warn('[catalogue] no valid content pack is live: see `kiosk content check`');
        try {
          ctx.events.emit('catalogue.contentStatusChanged', status);
        } catch (e) {
          console.error(`[catalogue] telling the faces failed: ${(e as Error).message}`);
        }
        tell();
      });
    },
    async stop() {
      await firstLoad?.catch(() => undefined);
      offStatus?.();
      offStatus = undefined;
      listeners.clear();
      catalogue.stop();
    },
    handlers: {
      'catalogue.search': afterLoad<'catalogue.search'>(({ query, filters, limit }) => ({ hits: catalogue.search(query, filters, limit) })),
      'catalogue.getProcedure': afterLoad<'catalogue.getProcedure'>(({ code }) => catalogue.getProcedure(code)),
      'catalogue.browse': afterLoad<'catalogue.browse'>((filters) => ({ items: catalogue.browse(filters) })),
      'catalogue.lifeEvents': afterLoad<'catalogue.lifeEvents'>(() => ({ events: catalogue.lifeEvents() })),
      'catalogue.sectors': afterLoad<'catalogue.sectors'>(() => ({ sectors: catalogue.sectors() })),
      'catalogue.essentialServices': afterLoad<'catalogue.essentialServices'>(() => catalogue.essentialServices()),
      'catalogue.contentStatus': afterLoad<'catalogue.contentStatus'>(() => catalogue.status()),
    },
  };
}

type CatalogueCall = Extract<CallName, `catalogue.${string}`>;

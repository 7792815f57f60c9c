import type { CoreContext, CoreModule } from '../core-module';
import { ProcedureCatalogue } from './procedure-catalogue';
import { remoteSourceConfig } from './remote/remote-config';

/** The catalogue module exposes its ProcedureCatalogue so other areas (the display feed) can read it. */
export interface CatalogueModule extends CoreModule {
  readonly catalogue: ProcedureCatalogue;
}

/**
 * The published procedures and the 25 essential services, from the configured content pack (and the
 * signed remote source when configured), searchable in citizens' words. Content changes apply live.
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
  // Every finished load attempt (local reload, remote poll) reaches the status screens at once.
  let offStatus: (() => void) | undefined;
  return {
    name: 'catalogue',
    catalogue,
    async start() {
      offStatus = catalogue.onChange((s) => ctx.events.emit('catalogue.contentStatusChanged', s));
      const status = await catalogue.start();
      if (!status.pack) console.warn('[catalogue] no valid content pack is live: see `kiosk content check`');
    },
    async stop() {
      offStatus?.();
      offStatus = undefined;
      catalogue.stop();
    },
    handlers: {
      'catalogue.search': ({ query, filters, limit }) => ({ hits: catalogue.search(query, filters, limit) }),
      'catalogue.getProcedure': ({ code }) => catalogue.getProcedure(code),
      'catalogue.browse': (filters) => ({ items: catalogue.browse(filters) }),
      'catalogue.lifeEvents': () => ({ events: catalogue.lifeEvents() }),
      'catalogue.sectors': () => ({ sectors: catalogue.sectors() }),
      'catalogue.essentialServices': () => catalogue.essentialServices(),
      'catalogue.contentStatus': () => catalogue.status(),
    },
  };
}

import { z } from 'zod';
import type { ServiceSource } from './build-feed';

/** Where the display gets the 25 essential services from. */
export interface EssentialServicesSource {
  /** "catalogue": the ProcedureCatalogue module (the one reader of the content pack); "none": no catalogue. */
  readonly kind: 'catalogue' | 'none';
  load(): Promise<{ services: readonly ServiceSource[]; sample: boolean; problems: string[] }>;
  /** Calls `listener` when the services may have changed; returns the unsubscribe function. */
  onChange?(listener: () => void): () => void;
}

/**
 * What the display uses of the catalogue module (ctx.module('catalogue')), typed loosely on purpose:
 * `essentialServices()` may answer the list itself or the `catalogue.essentialServices` output
 * ({ services, sample }), synchronously or not.
 */
export interface CatalogueForDisplay {
  essentialServices(): unknown;
  onChange?(listener: () => void): (() => void) | void;
}

export function isCatalogueForDisplay(m: unknown): m is CatalogueForDisplay {
  return !!m && typeof (m as { essentialServices?: unknown }).essentialServices === 'function';
}

/** Reads the services through the catalogue module. */
export function catalogueServicesSource(catalogue: CatalogueForDisplay): EssentialServicesSource {
  return {
    kind: 'catalogue',
    async load() {
      const answer: unknown = await catalogue.essentialServices();
      const list = Array.isArray(answer) ? answer : (answer as { services?: unknown } | null)?.services;
      const parsed = z.array(ServiceRow).safeParse(list ?? []);
      const sample = !Array.isArray(answer) && (answer as { sample?: unknown } | null)?.sample === true;
      return parsed.success
        ? { services: parsed.data, sample, problems: [] }
        : { services: [], sample, problems: ['catalogue: essential services have an unexpected shape'] };
    },
    onChange(listener) {
      const off = catalogue.onChange?.(listener);
      return typeof off === 'function' ? off : () => {};
    },
  };
}

/** The fields of essential-services.json the display reads (the catalogue's schema is the full one). */
const ServiceRow = z.object({
  n: z.number().int().min(1).max(99),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  sector: z.string(),
  atWard: z.boolean(),
  online: z
    .array(z.object({ place: z.string(), label: z.string(), labelEn: z.string().optional(), url: z.string().optional() }))
    .default([]),
});

/** Without a catalogue module there is nothing to show: an empty list and the reason, never a second reader of the pack. */
export const noServicesSource: EssentialServicesSource = {
  kind: 'none',
  load: async () => ({ services: [], sample: false, problems: ['no catalogue module: the 25 essential services are not available'] }),
};

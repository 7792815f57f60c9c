import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ServiceSource } from './build-feed';

/** Where the display gets the 25 essential services from. */
export interface EssentialServicesSource {
  /** "catalogue": the ProcedureCatalogue module; "file": the display's own reader of the content folder. */
  readonly kind: 'catalogue' | 'file';
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

export const ESSENTIAL_SERVICES_FILE = 'essential-services.json';
export const MANIFEST_FILE = 'manifest.json';

/**
 * The display's own small reader of <content>/essential-services.json and manifest.json, used when no
 * catalogue module is registered. It validates only what the display shows.
 */
export function fileServicesSource(contentDir: string): EssentialServicesSource {
  return {
    kind: 'file',
    async load() {
      const problems: string[] = [];
      let services: ServiceSource[] = [];
      try {
        const parsed = z.array(ServiceRow).safeParse(JSON.parse(await readFile(join(contentDir, ESSENTIAL_SERVICES_FILE), 'utf8')));
        if (parsed.success) services = parsed.data;
        else problems.push(`${ESSENTIAL_SERVICES_FILE}: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      } catch (e) {
        problems.push(`${ESSENTIAL_SERVICES_FILE}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      let sample = false;
      try {
        sample = (JSON.parse(await readFile(join(contentDir, MANIFEST_FILE), 'utf8')) as { sample?: unknown }).sample === true;
      } catch {
        // No manifest: not marked as sample.
      }
      return { services, sample, problems };
    },
  };
}

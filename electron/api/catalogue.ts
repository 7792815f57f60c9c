import { z } from 'zod';
import { defineCall, defineEvent } from './define';
import {
  ContentId, EssentialService, InterconnectedGroup, LifeEvent, OnlineLevel, Procedure, ProcedureLevel, Sector,
} from './content';

/** Filters shared by search and browse; all optional, combined with AND. */
export const CatalogueFilters = z.object({
  sector: ContentId.optional(),
  lifeEvent: ContentId.optional(),
  level: ProcedureLevel.optional(),
  /** Only procedures that can be done fully online (mức độ toàn trình). */
  fullyOnline: z.boolean().optional(),
});
export type CatalogueFilters = z.infer<typeof CatalogueFilters>;

/** What a result points at: a procedure of the pack, or an essential service the pack has no procedure for. */
export const CatalogueRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('procedure'), code: z.string() }),
  z.object({ kind: z.literal('essentialService'), n: z.number().int() }),
]);
export type CatalogueRef = z.infer<typeof CatalogueRef>;

/** A piece of a name; `hit` pieces matched the query (render them bold). Text, never markup. */
export const HighlightPart = z.object({ text: z.string(), hit: z.boolean() });
export type HighlightPart = z.infer<typeof HighlightPart>;

/** Why a result matched, for "because you typed …" hints and for tuning. */
export const MatchReason = z.object({
  /** Folded query words found in the name (Vietnamese or English). */
  inName: z.array(z.string()),
  /** Citizen-words phrases (as written in the pack, with diacritics) the query matched. */
  citizenWords: z.array(z.string()),
  /** Folded query words found only in the body (steps, documents, agency, …). */
  inText: z.array(z.string()),
  /** Query words corrected by one letter. */
  corrections: z.array(z.object({ typed: z.string(), used: z.string() })),
  /** True when the query was a procedure code. */
  byCode: z.boolean(),
});
export type MatchReason = z.infer<typeof MatchReason>;

/** A procedure or essential service as a list row. */
export const CatalogueItem = z.object({
  ref: CatalogueRef,
  name: z.string(),
  nameEn: z.string().optional(),
  /** Sector id for procedures; the service's sector text for essential services. */
  sector: z.string(),
  level: ProcedureLevel.optional(),
  onlineLevel: OnlineLevel.optional(),
  essentialService: z.number().int().optional(),
  /** False only for essential services that the ward does not handle. */
  atWard: z.boolean(),
  lifeEvents: z.array(z.string()),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const SearchHit = CatalogueItem.extend({
  nameParts: z.array(HighlightPart),
  why: MatchReason,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const ContentProblem = z.object({
  severity: z.enum(['error', 'warning']),
  /** File (relative to the pack) or "remote". */
  file: z.string(),
  /** Path inside the file, e.g. "procedures[2].channels[0].kind"; empty for the whole file. */
  path: z.string(),
  message: z.string(),
});
export type ContentProblem = z.infer<typeof ContentProblem>;

export const ContentStatus = z.object({
  /** The live pack; null before any good pack was loaded. */
  pack: z
    .object({
      packId: z.string(),
      version: z.string(),
      publisher: z.string(),
      date: z.string(),
      sample: z.boolean(),
      source: z.enum(['local', 'remote', 'remoteCache']),
      /** ISO time the pack went live. */
      loadedAt: z.string(),
      procedures: z.number().int(),
      essentialServices: z.number().int(),
      /** When the pack's data was captured (e.g. the portal download's date); null when the pack does not say. */
      capturedAt: z.string().nullable(),
      /** Days from the capture date (or the pack's date) to today. */
      ageDays: z.number().int().nullable(),
      /** The configured limit (content.maxAgeDays). */
      maxAgeDays: z.number().int(),
      /** Older than the limit: staff should import newer data. */
      stale: z.boolean(),
    })
    .nullable(),
  /** Problems of the latest load attempt of each source (empty when it was good). */
  problems: z.array(ContentProblem),
  /** ISO time of the latest load attempt. */
  checkedAt: z.string().nullable(),
  remote: z
    .object({
      /** Host name only, so a status screen leaks no query strings. */
      host: z.string(),
      lastPollAt: z.string().nullable(),
      lastSuccessAt: z.string().nullable(),
      lastError: z.string().nullable(),
    })
    .nullable(),
});
export type ContentStatus = z.infer<typeof ContentStatus>;

export const SearchInput = z.object({
  query: z.string().max(200),
  filters: CatalogueFilters.default({}),
  limit: z.number().int().min(1).max(50).default(20),
});

export const catalogueCalls = {
  /** Search as the citizen types (folded, prefix, synonyms, one-letter typos). */
  'catalogue.search': defineCall({
    access: 'citizen',
    input: SearchInput,
    output: z.object({ hits: z.array(SearchHit) }),
  }),
  /** A procedure by national code (provincial suffixes accepted); null when the pack has none. */
  'catalogue.getProcedure': defineCall({
    access: 'citizen',
    input: z.object({ code: z.string().min(1).max(40) }),
    output: z.object({ procedure: Procedure.nullable(), group: InterconnectedGroup.nullable() }),
  }),
  /** List by sector / life event / level / fully online; essential services first, then by name. */
  'catalogue.browse': defineCall({
    access: 'citizen',
    input: CatalogueFilters,
    output: z.object({ items: z.array(CatalogueItem) }),
  }),
  'catalogue.lifeEvents': defineCall({
    access: 'citizen',
    input: z.object({}),
    output: z.object({ events: z.array(LifeEvent.extend({ count: z.number().int() })) }),
  }),
  'catalogue.sectors': defineCall({
    access: 'citizen',
    input: z.object({}),
    output: z.object({ sectors: z.array(Sector.extend({ count: z.number().int() })) }),
  }),
  /** The 25 essential services feed (display-safe: no personal data). */
  'catalogue.essentialServices': defineCall({
    access: 'display',
    input: z.object({}),
    output: z.object({
      services: z.array(EssentialService),
      packVersion: z.string().nullable(),
      sample: z.boolean(),
    }),
  }),
  /** The live pack and the latest problems (display-safe). */
  'catalogue.contentStatus': defineCall({
    access: 'display',
    input: z.object({}),
    output: ContentStatus,
  }),
} as const;

export const catalogueEvents = {
  /**
   * After every load attempt that finishes (a local reload after a file change, a remote poll that
   * downloaded or failed): the live pack and the latest problems (display-safe, like 'catalogue.contentStatus').
   */
  'catalogue.contentStatusChanged': defineEvent({ access: 'display', payload: ContentStatus }),
} as const;

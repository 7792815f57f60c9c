import { z } from 'zod';
import {
  ContentPack, CitizenWord, EssentialService, InterconnectedGroup, LifeEvent, PackManifest, Procedure, ProcedureLayer,
  Sector, WardRules,
} from '../../../api/content';
import { applyLayer, orphanLayers } from './kiosk-layer';
import { words } from '../search/fold';
import { type ContentProblem, hasErrors, problem, warning, zodProblems } from './problems';

/** The parts a pack is made of, each a JSON array except the manifest. */
export const packParts = {
  manifest: PackManifest,
  procedures: Procedure,
  essentialServices: EssentialService,
  lifeEvents: LifeEvent,
  sectors: Sector,
  groups: InterconnectedGroup,
  citizenWords: CitizenWord,
  kioskLayer: ProcedureLayer,
  wardRules: WardRules,
} as const;
export type PackPartName = keyof typeof packParts;

/** One piece of raw pack data as read from a file: a part (or some items of it) with where it came from. */
export interface RawPart {
  readonly part: PackPartName;
  /** File the data came from, relative to the pack location (for problems). */
  readonly file: string;
  /** Path prefix inside the file ("" for a file that is just this part, "procedures" inside a single file). */
  readonly prefix: string;
  readonly data: unknown;
}

export type PackValidation =
  | { readonly ok: true; readonly pack: ContentPack; readonly problems: ContentProblem[] }
  | { readonly ok: false; readonly problems: ContentProblem[] };

/**
 * Validates raw parts into a pack: each item against its schema (problems name the file and the item),
 * then the references between parts. Items that fail are dropped only to keep checking the rest: any
 * error makes the whole pack invalid, since a half pack must never replace a good one.
 */
export function validatePack(raw: readonly RawPart[], readProblems: readonly ContentProblem[] = []): PackValidation {
  const problems: ContentProblem[] = [...readProblems];
  const manifests = raw.filter((r) => r.part === 'manifest');
  if (manifests.length === 0 && !readProblems.some((p) => p.file === 'manifest.json')) {
    problems.push(problem('manifest.json', '', 'the pack has no manifest'));
  }
  let manifest: PackManifest | undefined;
  for (const m of manifests) {
    const r = PackManifest.safeParse(m.data);
    if (r.success) manifest = r.data;
    else problems.push(...zodProblems(m.file, m.prefix, r.error));
  }
  const items = {
    procedures: collect(raw, 'procedures', Procedure, problems),
    essentialServices: collect(raw, 'essentialServices', EssentialService, problems),
    lifeEvents: collect(raw, 'lifeEvents', LifeEvent, problems),
    sectors: collect(raw, 'sectors', Sector, problems),
    groups: collect(raw, 'groups', InterconnectedGroup, problems),
    citizenWords: collect(raw, 'citizenWords', CitizenWord, problems),
    kioskLayer: collect(raw, 'kioskLayer', ProcedureLayer, problems),
  };
  let wardRules: WardRules | undefined;
  for (const w of raw.filter((r) => r.part === 'wardRules')) {
    const r = WardRules.safeParse(w.data);
    if (r.success) wardRules = r.data;
    else problems.push(...zodProblems(w.file, w.prefix, r.error));
  }
  if (!manifest) return { ok: false, problems };
  // The kiosk's layer goes on top of the facts before anything else reads them (search, references).
  const layers = new Map(items.kioskLayer.map((l) => [l.value.code, l.value]));
  items.procedures = items.procedures.map((i) => ({ ...i, value: applyLayer(i.value, layers.get(i.value.code)) }));
  // A procedure that an essential service names by code is that service (the star on the faces, the ranking).
  const serviceOf = new Map(items.essentialServices.flatMap((s) => [...(s.value.codes ?? []), ...(s.value.code ? [s.value.code] : [])].map((c) => [c, s.value.n] as const)));
  items.procedures = items.procedures.map((i) => (i.value.essentialService === undefined && serviceOf.has(i.value.code)
    ? { ...i, value: { ...i.value, essentialService: serviceOf.get(i.value.code)! } } : i));
  const pack: ContentPack = {
    manifest,
    procedures: items.procedures.map((i) => i.value),
    essentialServices: items.essentialServices.map((i) => i.value),
    lifeEvents: items.lifeEvents.map((i) => i.value),
    sectors: items.sectors.map((i) => i.value),
    groups: items.groups.map((i) => i.value),
    citizenWords: items.citizenWords.map((i) => i.value),
    kioskLayer: items.kioskLayer.map((i) => i.value),
    ...(wardRules ? { wardRules } : {}),
  };
  problems.push(...crossCheck(items));
  for (const orphan of orphanLayers(pack.procedures, pack.kioskLayer)) {
    const at = items.kioskLayer.find((i) => i.value === orphan)!;
    problems.push(warning(at.file, at.path, `procedure ${orphan.code} is not in this pack: its kiosk layer is unused`));
  }
  if (pack.procedures.length === 0 && !hasErrors(problems)) {
    problems.push(problem('procedures', '', 'the pack has no procedures'));
  }
  return hasErrors(problems) ? { ok: false, problems } : { ok: true, pack, problems };
}

/** Parses a whole single-file pack object into raw parts. */
export function splitSingleFile(file: string, data: unknown): { parts: RawPart[]; problems: ContentProblem[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { parts: [], problems: [problem(file, '', 'a single-file pack must be a JSON object with "manifest" and "procedures"')] };
  }
  const parts: RawPart[] = [];
  const problems: ContentProblem[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key in packParts) parts.push({ part: key as PackPartName, file, prefix: key, data: value });
    else problems.push(warning(file, key, 'unknown part, ignored'));
  }
  return { parts, problems };
}

interface Located<T> { readonly value: T; readonly file: string; readonly path: string }

function collect<S extends z.ZodType>(
  raw: readonly RawPart[], part: PackPartName, schema: S, problems: ContentProblem[],
): Located<z.infer<S>>[] {
  const out: Located<z.infer<S>>[] = [];
  for (const r of raw.filter((x) => x.part === part)) {
    const list = Array.isArray(r.data) ? r.data : (part === 'procedures' || part === 'kioskLayer') && isObject(r.data) ? [r.data] : undefined;
    if (!list) {
      problems.push(problem(r.file, r.prefix, 'must be a JSON array'));
      continue;
    }
    const single = !Array.isArray(r.data);
    list.forEach((item, i) => {
      const path = single ? r.prefix : `${r.prefix}[${i}]`;
      const res = schema.safeParse(part === 'procedures' || part === 'kioskLayer' ? normaliseProcedureCode(item) : item);
      if (res.success) out.push({ value: res.data as z.infer<S>, file: r.file, path });
      else problems.push(...zodProblems(r.file, path, res.error));
    });
  }
  return out;
}

/** Provincial portals append suffixes ("1.004772.000.00.00.H54"): the first 8 characters are the national code. */
function normaliseProcedureCode(item: unknown): unknown {
  if (!isObject(item) || typeof item.code !== 'string') return item;
  const m = /^\s*(\d\.\d{6})(\.[\w.]*)?\s*$/.exec(item.code);
  return m ? { ...item, code: m[1] } : item;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Items = {
  procedures: Located<Procedure>[];
  essentialServices: Located<EssentialService>[];
  lifeEvents: Located<LifeEvent>[];
  sectors: Located<Sector>[];
  groups: Located<InterconnectedGroup>[];
  citizenWords: Located<CitizenWord>[];
  kioskLayer: Located<ProcedureLayer>[];
};

/** The references between parts: ids unique, every id used is defined. */
function crossCheck(items: Items): ContentProblem[] {
  const out: ContentProblem[] = [];
  const unique = <T>(list: Located<T>[], key: (t: T) => string | number, what: string): Set<string> => {
    const seen = new Set<string>();
    for (const i of list) {
      const k = String(key(i.value));
      if (seen.has(k)) out.push(problem(i.file, i.path, `duplicate ${what} "${k}"`));
      seen.add(k);
    }
    return seen;
  };
  const codes = unique(items.procedures, (p) => p.code, 'procedure code');
  const sectors = unique(items.sectors, (s) => s.id, 'sector id');
  const events = unique(items.lifeEvents, (e) => e.id, 'life event id');
  const groups = unique(items.groups, (g) => g.id, 'group id');
  const services = unique(items.essentialServices, (s) => s.n, 'essential service number');
  for (const { value: p, file, path } of items.procedures) {
    if (!sectors.has(p.sector)) out.push(problem(file, at(path, 'sector'), `unknown sector "${p.sector}" (not in sectors)`));
    p.lifeEvents.forEach((e, i) => {
      if (!events.has(e)) out.push(problem(file, at(path, `lifeEvents[${i}]`), `unknown life event "${e}" (not in lifeEvents)`));
    });
    if (p.interconnectedGroup && !groups.has(p.interconnectedGroup)) {
      out.push(problem(file, at(path, 'interconnectedGroup'), `unknown group "${p.interconnectedGroup}" (not in groups)`));
    }
    if (p.essentialService !== undefined && !services.has(String(p.essentialService))) {
      out.push(warning(file, at(path, 'essentialService'), `no essential service number ${p.essentialService} in essentialServices`));
    }
  }
  for (const { value: g, file, path } of items.groups) {
    g.procedures.forEach((c, i) => {
      if (!codes.has(c)) out.push(warning(file, at(path, `procedures[${i}]`), `procedure ${c} is not in this pack`));
    });
  }
  for (const { value: s, file, path } of items.essentialServices) {
    if (s.group && !groups.has(s.group)) out.push(problem(file, at(path, 'group'), `unknown group "${s.group}" (not in groups)`));
  }
  const names = items.procedures.map((p) => ` ${words(p.value.name).join(' ')} `)
    .concat(items.essentialServices.map((s) => ` ${words(s.value.name).join(' ')} `));
  for (const { value: w, file, path } of items.citizenWords) {
    const means = ` ${words(w.means).join(' ')} `;
    if (!names.some((n) => n.includes(means))) {
      out.push(warning(file, at(path, 'means'), `"${w.means}" is in no procedure or service name, so "${w.phrase}" finds nothing`));
    }
  }
  return out;
}

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

import type { DossierCase, Procedure, ProcedureLayer } from '../../../api/content';
import { foldPlain } from '../../../api/fold-vietnamese';

/**
 * Puts the kiosk's own layer on top of the published facts. Lists the kiosk adds to (life events, citizen
 * words) are joined without repeats; lists the kiosk writes (online entries, guide, plain steps) replace
 * the procedure's own only when the layer has some. Published facts are never changed, except that a
 * paper gains "where to get it" when the layer names it. Idempotent: merging twice changes nothing.
 */
export function applyLayer(p: Procedure, layer: ProcedureLayer | undefined): Procedure {
  if (!layer) return p;
  return {
    ...p,
    ...(layer.nameEn ? { nameEn: layer.nameEn } : {}),
    ...(layer.essentialService !== undefined ? { essentialService: layer.essentialService } : {}),
    ...(layer.interconnectedGroup ? { interconnectedGroup: layer.interconnectedGroup } : {}),
    ...(layer.onlineServiceCode ? { onlineServiceCode: layer.onlineServiceCode } : {}),
    ...(layer.note ? { note: layer.note } : {}),
    lifeEvents: union(p.lifeEvents, layer.lifeEvents),
    citizenWords: union(p.citizenWords, layer.citizenWords),
    onlineEntries: layer.onlineEntries.length > 0 ? layer.onlineEntries : p.onlineEntries,
    onlineGuide: layer.onlineGuide.length > 0 ? layer.onlineGuide : p.onlineGuide,
    plainSteps: layer.plainSteps.length > 0 ? layer.plainSteps : p.plainSteps,
    documents: layer.obtain.length > 0 ? withObtain(p.documents, layer.obtain) : p.documents,
  };
}

/** Layer entries whose code has no procedure in the pack (reported as warnings by validation). */
export function orphanLayers(procedures: readonly Procedure[], layers: readonly ProcedureLayer[]): ProcedureLayer[] {
  const codes = new Set(procedures.map((p) => p.code));
  return layers.filter((l) => !codes.has(l.code));
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/** Folded, punctuation-free start of a paper's name: "- Tờ khai…" and "Tờ khai…" are the same paper. */
const paperKey = (name: string): string => foldPlain(name);

function withObtain(cases: readonly DossierCase[], obtain: ProcedureLayer['obtain']): DossierCase[] {
  const keyed = obtain.map(({ paper, ...o }) => ({ key: paperKey(paper), o }));
  return cases.map((c) => ({
    ...c,
    documents: c.documents.map((d) => {
      if (d.obtain) return d;
      const hit = keyed.find((k) => k.key.length > 0 && paperKey(d.name).startsWith(k.key));
      return hit ? { ...d, obtain: hit.o } : d;
    }),
  }));
}

import type { Procedure } from '../../../api/content';

/** What a re-import changes, by national code. */
export interface CatalogueChanges {
  readonly added: string[];
  readonly removed: string[];
  /** Codes whose published facts differ (any part). */
  readonly changed: string[];
}

/** Stable JSON (keys sorted) so that two procedures with the same facts compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Codes added, removed and changed between two lists of procedures. Pure. */
export function diffProcedures(before: readonly Procedure[], after: readonly Procedure[]): CatalogueChanges {
  const old = new Map(before.map((p) => [p.code, canonical(p)]));
  const now = new Map(after.map((p) => [p.code, canonical(p)]));
  return {
    added: [...now.keys()].filter((c) => !old.has(c)).sort(),
    removed: [...old.keys()].filter((c) => !now.has(c)).sort(),
    changed: [...now].filter(([c, j]) => old.has(c) && old.get(c) !== j).map(([c]) => c).sort(),
  };
}

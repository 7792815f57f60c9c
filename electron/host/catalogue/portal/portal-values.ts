/*
 * Reading values out of a portal record (JSON of unknown quality) without trusting its shape: every
 * getter returns undefined for a missing or wrongly typed value, and texts come back trimmed with the
 * portal's non-breaking and repeated spaces made plain ("UBND cấp\u00a0 xã" is "UBND cấp xã"), nothing else
 * changed. What cannot be read becomes a problem of that record (see map-record.ts), never an exception.
 */

export type Json = Record<string, unknown>;

export const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A published text with whitespace made plain; undefined when absent or blank. */
export function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
  return t.length > 0 ? t : undefined;
}

/** A multi-line published text (steps, conditions): lines kept, each line's spaces made plain. */
export function longText(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.split(/\r?\n/).map((l) => l.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()).filter((l) => l.length > 0).join('\n');
  return t.length > 0 ? t : undefined;
}

export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A list of objects; non-objects inside are dropped (counted by the caller when it matters). */
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);

/** A millisecond timestamp as yyyy-mm-dd in Vietnam's time (UTC+7, no daylight saving), as the portal shows dates. */
export function vnDate(ms: unknown): string | undefined {
  const n = num(ms);
  if (n === undefined || n <= 0) return undefined;
  return new Date(n + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Distinct texts in their first order. */
export const distinct = (texts: readonly (string | undefined)[]): string[] =>
  [...new Set(texts.filter((t): t is string => t !== undefined))];

import type { WardRules } from '../../../api/content';
import { foldPlain } from '../../../api/fold-vietnamese';
import { type Json, distinct, list, text } from './portal-values';

/**
 * Agencies live in three places of a portal record (procedures.md): the departments
 * (departmentsExecuting/Authority), the agency groups (unitGroupsExecuting/Authority, e.g. "Ủy ban nhân
 * dân cấp xã": đăng ký khai sinh names its agency only there) and the free text executingAgencies.
 * Names are kept as published, only their spaces made plain; a name repeated in two places is kept once.
 */
export interface Agencies {
  readonly executing: string[];
  readonly competent: string[];
}

const names = (v: unknown): (string | undefined)[] => list(v).map((x) => text(x.name));

export function recordAgencies(d: Json): Agencies {
  return {
    executing: distinct([...names(d.departmentsExecuting), ...names(d.unitGroupsExecuting), text(d.executingAgencies)]),
    competent: distinct([...names(d.departmentsAuthority), ...names(d.unitGroupsAuthority)]),
  };
}

/** The folded form the ward rules match: lowercase, no marks, đ→d, anything but letters and digits a space. */
export const agencyKey = (name: string): string => foldPlain(name);

/**
 * Which ward rule keeps a record, or null: the record must carry the commune-level flag (when the rules
 * require it) and one of its agencies must match a rule. Rules are tried in order; the first that
 * matches is the one reported.
 */
export function wardRuleFor(rules: WardRules, communeFlag: boolean, agencies: Agencies): string | null {
  if (rules.requireCommuneFlag && !communeFlag) return null;
  const keys = [...agencies.executing, ...agencies.competent].map(agencyKey);
  for (const rule of rules.rules) {
    const re = new RegExp(rule.agency);
    if (keys.some((k) => re.test(k))) return rule.id;
  }
  return null;
}

/**
 * The province of a province's own procedure, from who published it: "UBND tỉnh Bắc Ninh" → "tỉnh Bắc
 * Ninh", "UBND Thành phố Huế" → "Thành phố Huế"; undefined for a ministry's (national) procedure.
 */
export function provinceOf(publisher: string | undefined): string | undefined {
  if (!publisher) return undefined;
  const m = /^\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+((?:tỉnh|thành phố)\s+.+)$/iu.exec(publisher);
  return m ? m[1]!.trim() : undefined;
}

/** A province name compared loosely: "Tỉnh Bắc Ninh", "tỉnh Bắc Ninh", "UBND tỉnh Bắc Ninh" and "Bac Ninh" are one. */
export const provinceKey = (name: string): string =>
  agencyKey(name).replace(/^(ubnd |uy ban nhan dan )/, '').replace(/^(tinh |thanh pho |tp )/, '').trim();

import type { Procedure, ProcedureLevel, WardRules } from '../../../api/content';
import { fold } from '../search/fold';
import { brief, mapCaseCodes, mapChannels } from './map-channels';
import { mapDocuments } from './map-documents';
import { provinceOf, recordAgencies, wardRuleFor } from './map-agencies';
import { type Json, distinct, isJson, list, longText, text, vnDate } from './portal-values';

/** The official page of a record on the national portal (procedures.md: the address public copies carry). */
export const officialPage = (recordId: string): string => `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${recordId}`;

export interface MapOptions {
  /** Keep the portal's long texts (steps, conditions, descriptions, notes): a deployment's own download. */
  readonly keepTexts: boolean;
  readonly wardRules: WardRules;
  /** Life topics by national code (topics-by-code.json), added to the procedure's life events. */
  readonly topics?: ReadonlyMap<string, readonly string[]>;
}

export type RecordMapping =
  | { readonly ok: true; readonly procedure: Procedure; readonly wardRule: string | null; readonly communeFlag: boolean; readonly problems: string[]; readonly sectorName: string }
  | { readonly ok: false; readonly code: string; readonly problems: string[] };

/** A sector id from the portal's sector name ("Hộ tịch" → "ho-tich"). */
export const sectorId = (name: string): string => fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'khac';

/**
 * One portal record (a line of the portal's JSONL) → a procedure of the content model. Pure; never
 * throws: what it cannot read is a problem of this record, and the record is left out only when it has
 * no usable national code or name. Everything else is kept as published, never "fixed".
 */
export function mapPortalRecord(raw: unknown, options: MapOptions): RecordMapping {
  const problems: string[] = [];
  const rec = isJson(raw) ? raw : {};
  const d = isJson(rec.detail) ? rec.detail : undefined;
  const rawCode = text(rec.code) ?? (d ? text(d.code) : undefined) ?? '';
  if (!d) return { ok: false, code: rawCode, problems: ['the record has no "detail" object'] };
  if (!/^\d\.\d{6}$/.test(rawCode)) return { ok: false, code: rawCode, problems: [`code ${brief(rec.code)} is not a national procedure code x.xxxxxx`] };
  const name = text(rec.name) ?? text(d.name);
  if (!name) return { ok: false, code: rawCode, problems: ['the record has no name'] };
  const recordId = text(rec.id) ?? text(d.id);
  if (!recordId || !/^[\w-]+$/.test(recordId)) problems.push(`record id ${brief(rec.id)} unusable: no official page address`);

  const docs = mapDocuments(d.executionCases, options.keepTexts);
  const channels = mapChannels(d.executionMethods, options.keepTexts);
  const caseCodes = mapCaseCodes(d.cases);
  problems.push(...docs.problems, ...channels.problems, ...caseCodes.problems);
  const agencies = recordAgencies(d);
  if (agencies.executing.length === 0 && agencies.competent.length === 0) problems.push('no agency named anywhere in the record');
  const levels: ProcedureLevel[] = [
    ...(d.isWard === true ? ['ward' as const] : []), ...(d.isProvince === true ? ['province' as const] : []),
    ...(d.isMinistry === true ? ['ministry' as const] : []),
  ];
  const category = isJson(d.category) ? d.category : list(d.categoriesDetails)[0];
  const sectorName = (category && text(category.name)) ?? 'Khác';
  if (!category) problems.push('no sector (category) published: filed under "Khác"');
  const publisher = text(d.departmentPromulgateName) ?? (isJson(d.procedureProposal) && isJson(d.procedureProposal.issuingAgency) ? text(d.procedureProposal.issuingAgency.name) : undefined);
  const decision = text(d.decisionNo) ?? (isJson(d.procedureProposal) ? text(d.procedureProposal.proposalNumber) : undefined);
  const province = provinceOf(publisher);
  const results = list(d.resultsDetails).flatMap((r) => {
    const n = text(r.name);
    const c = text(r.code);
    return n ? [{ name: n, ...(c ? { code: c } : {}) }] : [];
  });
  const legalBases = list(d.legalBasisesDetails).flatMap((l) => {
    const title = text(l.name) ?? text(l.code);
    const number = text(l.code);
    return title ? [{ title, ...(number ? { number } : {}) }] : [];
  });
  const subjects = distinct(list(d.subjectTypesDetails).map((s) => text(s.name)));
  const hasOnline = channels.channels.some((c) => c.kind === 'online');
  const onlineLevel = d.isFullProcess === true ? 'full' as const : hasOnline ? 'partial' as const : undefined;
  const updatedAt = vnDate(d.updatedAt);
  const steps = options.keepTexts ? list(d.executionSteps).map((s) => longText(s.description)).filter((s): s is string => !!s) : [];
  const conditions = options.keepTexts ? longText(d.requirementsAndConditions) : undefined;
  const where = options.keepTexts ? longText(d.dossierReceivingAddresses) : undefined;
  const wardRule = wardRuleFor(options.wardRules, d.isWard === true, agencies);

  const procedure: Procedure = {
    code: rawCode,
    name,
    ...(decision ? { decision } : {}),
    ...(levels[0] ? { level: levels[0] } : {}),
    levels,
    sector: sectorId(sectorName),
    steps,
    channels: channels.channels,
    documents: docs.cases,
    ...(subjects.length > 0 ? { who: subjects.join('; ') } : {}),
    ...(agencies.executing.length > 0 ? { agency: agencies.executing.join('; ') } : {}),
    executingAgencies: agencies.executing,
    competentAgencies: agencies.competent,
    ...(publisher ? { publisher } : {}),
    ...(province ? { province } : {}),
    ...(where ? { where } : {}),
    ...(conditions ? { conditions } : {}),
    legalBasis: [],
    legalBases,
    ...(results.length > 0 ? { result: results.map((r) => r.name).join('; ') } : {}),
    results,
    caseCodes: caseCodes.caseCodes,
    ...(onlineLevel ? { onlineLevel } : {}),
    ...(recordId && /^[\w-]+$/.test(recordId) ? { source: { recordId, ...(updatedAt ? { updatedAt } : {}), page: officialPage(recordId) } } : {}),
    lifeEvents: [...(options.topics?.get(rawCode) ?? [])],
    citizenWords: [],
    onlineEntries: [],
    onlineGuide: [],
  };
  return { ok: true, procedure, wardRule, communeFlag: d.isWard === true, problems, sectorName };
}

import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ContentPack, PackManifest, Procedure, Sector, WardRules } from '../../../api/content';
import { type PackPartName, type PackValidation, type RawPart, validatePack } from '../pack/validate-pack';
import { writePackFolder } from '../pack/write-pack';
import { defaultWardRules } from './default-ward-rules';
import { provinceKey } from './map-agencies';
import { mapPortalRecord, officialPage } from './map-record';
import { diffProcedures, type CatalogueChanges } from './diff-procedures';
import { type ExistingPack, readExistingPack } from './existing-pack';
import { readRecords, recordFiles } from './read-records';
import { portalTopics } from './topic-names';

export interface PortalImportOptions {
  /** A .jsonl / .jsonl.gz file or a folder of them. */
  readonly source: string;
  /** The pack folder to write (its kiosk layer, services, groups and ward rules are kept). */
  readonly out: string;
  /** Keep only national procedures and this province's own ("UBND tỉnh X", "tỉnh X" or "X"). */
  readonly province?: string;
  /** `ward`: the ward's procedures and those citizens ask the ward about; `all`: every record. */
  readonly level: 'ward' | 'all';
  /** Keep the portal's long texts (a deployment importing its own download). */
  readonly keepTexts: boolean;
  /** topics-by-code.json; default: the one beside the source, when there is one. */
  readonly topicsFile?: string;
  /** Capture date of the download (yyyy-mm-dd); default: a date in the file name. */
  readonly capturedAt?: string;
  /** Check and report only, write nothing. */
  readonly dryRun?: boolean;
  readonly now?: () => Date;
}

/** What one record could not map (or why it was left out). */
export interface RecordProblem { readonly file: string; readonly line: number; readonly code: string; readonly problems: string[]; readonly skipped: boolean }

export interface PortalImportReport {
  readonly records: number;
  readonly kept: number;
  readonly skipped: number;
  /** How many records each ward rule kept (the first matching rule counts). */
  readonly rules: Record<string, number>;
  /** Records flagged commune level that no rule keeps (customs, tax, …). */
  readonly communeFlagWithoutRule: number;
  /** Procedures of other levels kept because citizens ask the ward about them (the 25 services). */
  readonly askedAtWard: string[];
  /** Province-specific procedures kept, by province. */
  readonly provinces: Record<string, number>;
  /** Procedures of the pack kept as they were: not portal records (entered by hand). */
  readonly keptByHand: string[];
  readonly problems: RecordProblem[];
  readonly changes: CatalogueChanges;
  /** The pack's validation (written only when it is valid). */
  readonly validation: PackValidation;
  readonly written: boolean;
}

/**
 * Turns a download of the national portal's records into the content pack of a ward kiosk: maps every
 * record (never stopping on a bad one), keeps the ward's procedures by the pack's ward rules plus the
 * procedures of other levels that citizens ask the ward about, keeps the pack's own layer, validates the
 * whole pack and writes it only when it is valid. Reports what it could not map, record by record.
 */
export async function importPortal(options: PortalImportOptions): Promise<PortalImportReport> {
  const existing = await readExistingPack(options.out);
  const wardRules: WardRules = existing.wardRules ?? defaultWardRules;
  const topics = await readTopics(options.topicsFile ?? await besideSource(options.source));
  // Procedures citizens come to the ward asking about although another office handles them: the
  // essential services, and every procedure the kiosk has its own layer for.
  const asked = new Set([
    ...existing.essentialServices.flatMap((s) => [...(s.codes ?? []), ...(s.code ? [s.code] : [])]),
    ...existing.kioskLayer.map((l) => l.code),
  ]);
  const wantProvince = options.province ? provinceKey(options.province) : undefined;

  const byCode = new Map<string, Procedure>();
  const sectorNames = new Map<string, string>();
  const problems: RecordProblem[] = [];
  /** The ward rule that kept each code (counted at the end, so a code published twice counts once). */
  const ruleOf = new Map<string, string>();
  const provinces: Record<string, number> = {};
  let records = 0;
  let communeFlagWithoutRule = 0;
  for (const file of await recordFiles(options.source)) {
    for await (const line of readRecords(file)) {
      records += 1;
      const where = { file: basename(line.file), line: line.line };
      if (!line.ok) {
        problems.push({ ...where, code: '', problems: [line.problem], skipped: true });
        continue;
      }
      const m = mapPortalRecord(line.value, { keepTexts: options.keepTexts, wardRules, topics });
      if (!m.ok) {
        problems.push({ ...where, code: m.code, problems: m.problems, skipped: true });
        continue;
      }
      const p = m.procedure;
      if (m.communeFlag && !m.wardRule) communeFlagWithoutRule += 1;
      const ofProvince = p.province && wantProvince !== undefined && provinceKey(p.province) !== wantProvince;
      const keep = !ofProvince && (options.level === 'all' || m.wardRule !== null || asked.has(p.code));
      if (m.problems.length > 0) problems.push({ ...where, code: p.code, problems: m.problems, skipped: false });
      if (!keep) continue;
      const previous = byCode.get(p.code);
      if (previous && (previous.source?.updatedAt ?? '') > (p.source?.updatedAt ?? '')) {
        problems.push({ ...where, code: p.code, problems: ['the code appears twice: the other record, updated later, is kept'], skipped: true });
        continue;
      }
      if (previous) problems.push({ ...where, code: p.code, problems: ['the code appears twice: this record, updated later, replaces the earlier one'], skipped: false });
      if (m.wardRule) ruleOf.set(p.code, m.wardRule);
      else ruleOf.delete(p.code);
      byCode.set(p.code, { ...p, atWard: m.wardRule !== null });
      sectorNames.set(p.sector, m.sectorName);
    }
  }
  // Procedures the pack holds that are not portal records (entered by hand, e.g. from a newer public page
  // than the download) stay: an import replaces only what a download can replace.
  const byHand = existing.procedures.filter((p) => !byCode.has(p.code) && !isPortalRecord(p));
  for (const p of byHand) byCode.set(p.code, p);
  const procedures = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  const rules: Record<string, number> = Object.fromEntries(wardRules.rules.map((r) => [r.id, 0]));
  for (const rule of ruleOf.values()) rules[rule] = (rules[rule] ?? 0) + 1;
  for (const p of procedures) if (p.province) provinces[p.province] = (provinces[p.province] ?? 0) + 1;
  const askedAtWard = procedures.filter((p) => p.atWard === false).map((p) => p.code);
  const pack = assemble(existing, procedures, sectorNames, wardRules, options);
  const raw: RawPart[] = Object.entries(pack).map(([part, data]) => ({ part: part as PackPartName, file: `(import) ${part}`, prefix: '', data }));
  const validation = validatePack(raw);
  const changes = diffProcedures(existing.procedures, procedures);
  const written = validation.ok && !options.dryRun;
  if (written) await writePackFolder(options.out, pack, { pruneProcedures: true, keepLayer: true });
  return {
    records, kept: procedures.length, skipped: problems.filter((p) => p.skipped).length, rules, communeFlagWithoutRule,
    askedAtWard, provinces, keptByHand: byHand.map((p) => p.code), problems, changes, validation, written,
  };
}

/** Whether a procedure came from a portal record (its source is a record page the download replaces). */
const isPortalRecord = (p: Procedure): boolean => p.source?.page.startsWith(officialPage('')) ?? false;

function assemble(existing: ExistingPack, procedures: Procedure[], sectorNames: Map<string, string>, wardRules: WardRules, options: PortalImportOptions): ContentPack {
  const oldSectors = new Map(existing.sectors.map((s) => [s.id, s]));
  const sectors: Sector[] = [...sectorNames].sort((a, b) => a[1].localeCompare(b[1], 'vi')).map(([id, name]) => ({ ...oldSectors.get(id), id, name }));
  // Sectors of procedures kept by hand that no record uses any more stay as the pack had them.
  for (const id of new Set(procedures.map((p) => p.sector))) {
    const old = oldSectors.get(id);
    if (!sectorNames.has(id) && old) sectors.push(old);
  }
  const events = new Map(portalTopics.map((e) => [e.id, e]));
  for (const e of existing.lifeEvents) events.set(e.id, e);
  const capturedAt = options.capturedAt ?? /(\d{4}-\d{2}-\d{2})/.exec(basename(options.source))?.[1];
  const today = (options.now?.() ?? new Date()).toISOString().slice(0, 10);
  const manifest: PackManifest = {
    format: 1,
    packId: existing.manifest?.packId ?? 'vn-ward-catalogue',
    version: `portal-${capturedAt ?? today}${options.province ? `-${provinceKey(options.province).replace(/ /g, '-')}` : ''}`,
    publisher: existing.manifest?.publisher ?? 'Ward kiosk',
    date: today,
    sample: false,
    description: existing.manifest?.description,
    ...(capturedAt ? { capturedAt } : {}),
    source: `Cổng Dịch vụ công quốc gia (dichvucong.gov.vn): ${procedures.length} thủ tục${capturedAt ? `, dữ liệu ngày ${capturedAt}` : ''}${options.keepTexts ? '' : '; lời văn dài xem trên trang chính thức'}`,
  };
  return {
    manifest, procedures, essentialServices: existing.essentialServices, lifeEvents: [...events.values()], sectors,
    groups: existing.groups, citizenWords: existing.citizenWords, kioskLayer: existing.kioskLayer, wardRules,
  };
}

async function besideSource(source: string): Promise<string | undefined> {
  const info = await stat(source).catch(() => undefined);
  const dir = info?.isDirectory() ? source : dirname(source);
  const file = join(dir, 'topics-by-code.json');
  return (await stat(file).catch(() => undefined)) ? file : undefined;
}

async function readTopics(file: string | undefined): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!file) return out;
  const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
  if (typeof data !== 'object' || data === null) return out;
  const known = new Set(portalTopics.map((t) => t.id));
  for (const [code, ids] of Object.entries(data)) {
    if (Array.isArray(ids)) out.set(code.trim(), ids.filter((i): i is string => typeof i === 'string' && known.has(i)));
  }
  return out;
}


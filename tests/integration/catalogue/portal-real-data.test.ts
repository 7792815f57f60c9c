import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Procedure } from '../../../electron/api/content';
import { importPortal, type PortalImportReport } from '../../../electron/host/catalogue/portal/import-portal';
import { mapPortalRecord } from '../../../electron/host/catalogue/portal/map-record';
import { readRecords } from '../../../electron/host/catalogue/portal/read-records';
import { text } from '../../../electron/host/catalogue/portal/portal-values';
import { hasPortalData, noPortalData, portalFile, portalTopicsFile } from '../../../electron/host/catalogue/portal/testing/portal-fixtures';
import { loadPack } from '../../../electron/host/catalogue/pack/read-pack';
import { shippedPackDir } from '../../../electron/host/catalogue/testing/pack-fixture';
import { WardRules } from '../../../electron/api/content';

/*
 * The national portal's own records (../shared/data/portal, never committed): the whole download is
 * imported, each quirk procedures.md names is checked on the record where it was seen, and the shipped
 * pack is compared with its source records. Skipped, with the reason in the title, in a clean clone.
 */

type Raw = { code: string; name: string; id: string; detail: Record<string, any> };
let records: Map<string, Raw>;

beforeAll(async () => {
  records = new Map();
  if (!hasPortalData) return;
  for await (const line of readRecords(portalFile)) {
    if (line.ok) {
      const r = line.value as Raw;
      records.set(String(r.code).trim(), r);
    }
  }
}, 60_000);

const title = (what: string): string => (hasPortalData ? what : `${what} (${noPortalData})`);
if (!hasPortalData) console.info(`portal-real-data.test.ts: ${noPortalData}`);

describe.skipIf(!hasPortalData)(title('importing the whole national download'), () => {
  let all: PortalImportReport;
  let ward: PortalImportReport;
  beforeAll(async () => {
    all = await importPortal({ source: portalFile, out: '/nonexistent-pack-for-dry-run', level: 'all', keepTexts: true, dryRun: true });
    ward = await importPortal({ source: portalFile, out: shippedPackDir, level: 'ward', keepTexts: false, dryRun: true });
  }, 120_000);

  it('reads all 5,665 records without a crash, leaves out only the unusable codes, and says why for each', () => {
    expect(all.records).toBe(5665);
    expect(all.validation.ok).toBe(true);
    const left = all.problems.filter((p) => p.skipped);
    expect(left.map((p) => p.code).sort()).toEqual(['1.0133611', '1.014955-Xoa', '2.009182739']);
    // One code is published twice (once with a leading space): the record updated later is kept, and said so.
    expect(all.problems.filter((p) => p.code === '1.014325').flatMap((p) => p.problems)).toContainEqual(expect.stringMatching(/appears twice/));
    for (const p of all.problems) {
      expect(p.line).toBeGreaterThan(0);
      expect(p.problems.length).toBeGreaterThan(0);
    }
    expect(all.kept).toBe(5665 - 3 - 1);
  });

  it('keeps the ward\'s procedures by the pack\'s rules, reports each rule\'s count, and leaves customs and tax to their offices', () => {
    const kept = Object.values(ward.rules).reduce((a, b) => a + b, 0);
    expect(kept).toBeGreaterThan(650);
    expect(ward.rules['cong-an-cap-xa']).toBeGreaterThan(50);
    expect(ward.communeFlagWithoutRule).toBeGreaterThan(300);
    expect(ward.kept).toBe(kept + ward.askedAtWard.length + ward.keptByHand.length);
    expect(ward.askedAtWard).toEqual(expect.arrayContaining(['1.001456', '3.000333', '3.000347']));
    expect(ward.changes).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe.skipIf(!hasPortalData)(title('the quirks of real records (procedures.md), on the records they were seen in'), () => {
  const rules = async () => WardRules.parse(JSON.parse(await readFile(join(shippedPackDir, 'ward-rules.json'), 'utf8')));
  const map = async (code: string, keepTexts = true) => {
    const m = mapPortalRecord(records.get(code), { keepTexts, wardRules: await rules() });
    if (!m.ok) throw new Error(m.problems.join('; '));
    return m;
  };

  it('đăng ký kết hôn: papers to show apart, a case of notes only, note rows as notes, OTHER unit with the case codes\' days', async () => {
    const p = (await map('1.000894')).procedure;
    const show = p.documents.find((c) => c.present)!;
    expect(show.title).toBe('* Giấy tờ phải xuất trình:');
    expect(show.documents.length).toBe(2);
    expect(p.documents.find((c) => c.title === '* Lưu ý :')).toMatchObject({ documents: [], notes: expect.any(Array) });
    expect(p.channels.every((c) => c.time?.unit === 'other' && c.time.value === 1)).toBe(true);
    expect(p.caseCodes).toEqual(expect.arrayContaining([expect.objectContaining({ code: '1.000894.02', time: { value: 1, unit: 'workingDay' } })]));
  });

  it('đăng ký khai sinh names its agency only in the agency groups, and is the ward\'s', async () => {
    const m = await map('1.001193');
    expect(records.get('1.001193')!.detail.departmentsExecuting).toEqual([]);
    expect(m.procedure.executingAgencies).toEqual(['Ủy ban nhân dân cấp xã']);
    expect(m.wardRule).toBe('ubnd-cap-xa');
  });

  it('a customs procedure flagged commune level is not the ward\'s', async () => {
    const customs = [...records.values()].find((r) => r.detail.isWard && (r.detail.departmentsExecuting ?? []).some((d: { name: string }) => /Hải quan/.test(d.name)))!;
    expect((await map(customs.code.trim())).wardRule).toBeNull();
  });

  it('a 0 amount keeps the rule its description states (set by the province\'s council)', async () => {
    const withRule = [...records.values()].find((r) => (r.detail.executionMethods ?? []).some((m: any) => (m.fees ?? []).some((f: any) => f.value === 0 && /HĐND/.test(f.description ?? ''))))!;
    const p = (await map(withRule.code.trim())).procedure;
    expect(p.channels.flatMap((c) => c.feeItems ?? []).some((f) => f.amount === 0 && /HĐND/.test(f.appliesTo ?? ''))).toBe(true);
  });

  it('a paper\'s name of 300+ characters is kept whole', async () => {
    const long = [...records.values()].find((r) => (r.detail.executionCases ?? []).some((c: any) => (c.profileComponents ?? []).some((d: any) => (d.originalQty || d.copyQty) && String(d.name).length > 300)))!;
    const p = (await map(long.code.trim())).procedure;
    expect(Math.max(...p.documents.flatMap((c) => c.documents).map((d) => d.name.length))).toBeGreaterThan(300);
  });

  it('gia hạn tạm trú and đăng ký thường trú are shown as published, papers under the cases the portal put them in', async () => {
    for (const code of ['1.002755', '1.004222']) {
      const raw = records.get(code)!.detail;
      const p = (await map(code)).procedure;
      const rawCases = (raw.executionCases as any[]).map((c) => (c.profileComponents as any[]).filter((d) => d.originalQty || d.copyQty).map((d) => text(d.name)));
      expect(p.documents.map((c) => c.documents.map((d) => d.name))).toEqual(rawCases.filter((c, i) => c.length > 0 || text(raw.executionCases[i].name) || (raw.executionCases[i].profileComponents ?? []).length > 0));
      const rawFees = (raw.executionMethods as any[]).map((m) => (m.fees as any[]).map((f) => [f.value, text(f.description)]));
      expect(p.channels.map((c) => (c.feeItems ?? []).map((f) => [f.amount, f.appliesTo]))).toEqual(rawFees);
    }
  });
});

describe.skipIf(!hasPortalData)(title('the shipped pack against its source records'), () => {
  let shipped: Procedure[];
  beforeAll(async () => {
    const dir = join(shippedPackDir, 'procedures');
    const pack = await loadPack(shippedPackDir);
    if (!pack.ok) throw new Error('the shipped pack is invalid');
    const codes = pack.pack.procedures.filter((p) => p.source?.page.startsWith('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/')).map((p) => p.code);
    shipped = await Promise.all(codes.map(async (c) => JSON.parse(await readFile(join(dir, `${c}.json`), 'utf8')) as Procedure));
  });

  it('every procedure file is what the importer makes of its record (nothing edited by hand)', async () => {
    const wardRules = WardRules.parse(JSON.parse(await readFile(join(shippedPackDir, 'ward-rules.json'), 'utf8')));
    const topicsRaw = JSON.parse(await readFile(portalTopicsFile, 'utf8')) as Record<string, string[]>;
    const topics = new Map(Object.entries(topicsRaw).map(([k, v]) => [k.trim(), v.filter((t) => /^[a-z-]+$/.test(t))]));
    for (const p of shipped) {
      const m = mapPortalRecord(records.get(p.code), { keepTexts: false, wardRules, topics });
      if (!m.ok) throw new Error(p.code);
      expect(JSON.parse(JSON.stringify({ ...m.procedure, atWard: p.atWard })), p.code).toEqual(p);
    }
  });

  it('names, papers with their counts, amounts and time limits equal the raw records\' values', () => {
    for (const p of shipped) {
      const raw = records.get(p.code)!;
      expect(p.name, p.code).toBe(text(raw.name));
      expect(p.source!.recordId, p.code).toBe(raw.id);
      const rawPapers = (raw.detail.executionCases as any[]).flatMap((c) => (c.profileComponents as any[]).filter((d) => text(d.name) && !(d.originalQty === 0 && d.copyQty === 0)).map((d) => [text(d.name), d.originalQty, d.copyQty]));
      expect(p.documents.flatMap((c) => c.documents.map((d) => [d.name, d.originals, d.copies])), p.code).toEqual(rawPapers);
      const rawAmounts = (raw.detail.executionMethods as any[]).flatMap((m) => (m.fees as any[]).filter((f) => typeof f.value === 'number').map((f) => f.value));
      expect(p.channels.flatMap((c) => (c.feeItems ?? []).map((f) => f.amount)), p.code).toEqual(rawAmounts);
      const rawTimes = (raw.detail.executionMethods as any[]).filter((m) => typeof m.processingTime === 'number').map((m) => m.processingTime);
      expect(p.channels.filter((c) => c.time).map((c) => c.time!.value), p.code).toEqual(rawTimes);
    }
  });
});

import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPortal } from '../../../electron/host/catalogue/portal/import-portal';
import { birthRecord, customsRecord, marriageRecord } from '../../../electron/host/catalogue/portal/testing/portal-fixtures';
import { loadPack } from '../../../electron/host/catalogue/pack/read-pack';
import { samplePackDir } from '../../../electron/host/catalogue/testing/pack-fixture';
import { portalCommands } from '../../../electron/host/cli/portal-commands';
import { runCli } from '../../../electron/host/cli/run-cli';

let dir: string;
let pack: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-portal-'));
  pack = join(dir, 'pack');
  // Start from the sample pack's kiosk parts (services, events, groups, words) and its kiosk layer.
  await mkdir(pack);
  for (const f of ['manifest.json', 'essential-services.json', 'life-events.json', 'groups.json', 'citizen-words.json', 'sectors.json']) {
    await cp(join(samplePackDir, f), join(pack, f));
  }
  await mkdir(join(pack, 'kiosk-layer'));
  await writeFile(join(pack, 'kiosk-layer', '1.000894.json'), JSON.stringify({
    code: '1.000894', citizenWords: ['lấy vợ'], plainSteps: ['Hai bạn cùng đến Trung tâm.'],
    obtain: [{ paper: 'Tờ khai đăng ký kết hôn', where: 'Có sẵn tại Trung tâm Phục vụ hành chính công' }],
  }));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const jsonl = (records: unknown[]): string => records.map((r) => JSON.stringify(r)).join('\n');

async function kiosk(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(portalCommands, argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('kiosk content import-portal', () => {
  it('imports a gzip download, keeps the ward\'s records, reports the rest record by record and never stops on a bad one', async () => {
    const file = join(dir, 'procedures-2026-07-18.jsonl.gz');
    const lines = [jsonl([marriageRecord(), customsRecord()]), '{"code": "1.000', jsonl([{ code: '1.0133611', detail: {} }, birthRecord()])];
    await writeFile(file, gzipSync(lines.join('\n')));
    const r = await kiosk('content', 'import-portal', file, '--out', pack);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain('records read: 5; kept: 2; left out as unreadable: 2');
    expect(text).toContain('ward rule ubnd-cap-xa: 2');
    expect(text).toContain('commune-level flag but no ward agency (not the ward\'s): 1');
    expect(text).toMatch(/procedures-2026-07-18\.jsonl\.gz:3 \(no code\) LEFT OUT: not valid JSON/);
    expect(text).toMatch(/procedures-2026-07-18\.jsonl\.gz:4 1\.0133611 LEFT OUT: code "1\.0133611" is not a national procedure code/);
    const loaded = await loadPack(pack);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.pack.manifest).toMatchObject({ capturedAt: '2026-07-18', sample: false, version: 'portal-2026-07-18' });
    expect(loaded.pack.procedures.map((p) => p.code)).toEqual(['1.000894', '1.001193']);
    // The kiosk's layer is on top of the facts.
    const marriage = loaded.pack.procedures[0]!;
    expect(marriage.citizenWords).toContain('lấy vợ');
    expect(marriage.plainSteps).toEqual(['Hai bạn cùng đến Trung tâm.']);
    expect(marriage.documents[2]!.documents[0]!.obtain?.where).toBe('Có sẵn tại Trung tâm Phục vụ hành chính công');
    // The facts files hold no kiosk words; the ward rules are written into the pack as data.
    const facts = JSON.parse(await readFile(join(pack, 'procedures', '1.000894.json'), 'utf8'));
    expect(facts.citizenWords).toEqual([]);
    expect(JSON.parse(await readFile(join(pack, 'ward-rules.json'), 'utf8')).rules.map((x: { id: string }) => x.id)).toContain('cong-an-cap-xa');
  });

  it('re-imports a newer download without losing the kiosk layer, and reports added, removed and changed codes', async () => {
    const first = join(dir, 'a.jsonl');
    await writeFile(first, jsonl([marriageRecord(), birthRecord()]));
    expect((await kiosk('content', 'import-portal', first, '--out', pack)).code).toBe(0);
    const newer = join(dir, 'downloads');
    await mkdir(newer);
    const changed = marriageRecord({}, { executionMethods: [{ submissionMethod: 'ONLINE', processingTime: 2, processingTimeUnit: 'WORKING_DAY', fees: [] }] });
    const death = marriageRecord({ id: 'rec-death', code: '1.000656', name: 'Thủ tục đăng ký khai tử' });
    await writeFile(join(newer, 'part-1.jsonl'), jsonl([changed]));
    await writeFile(join(newer, 'part-2.jsonl.gz'), gzipSync(jsonl([death])));
    await writeFile(join(newer, 'README.md'), 'not records');
    const r = await kiosk('content', 'import-portal', newer, '--out', pack, '--captured', '2026-11-30');
    expect(r.code).toBe(0);
    expect(r.out).toContain('changes: 1 added, 1 removed, 1 changed');
    expect(r.out).toContain('  added: 1.000656');
    expect(r.out).toContain('  removed: 1.001193');
    expect(r.out).toContain('  changed: 1.000894');
    expect((await readdir(join(pack, 'procedures'))).sort()).toEqual(['1.000656.json', '1.000894.json']);
    const loaded = await loadPack(pack);
    if (!loaded.ok) throw new Error('invalid');
    expect(loaded.pack.manifest.capturedAt).toBe('2026-11-30');
    expect(loaded.pack.procedures.find((p) => p.code === '1.000894')!.citizenWords).toContain('lấy vợ');
  });

  it('keeps national procedures and only the named province\'s own with --province', async () => {
    const file = join(dir, 'p.jsonl');
    const bacNinh = marriageRecord({ id: 'rec-bn', code: '1.014001' }, { departmentPromulgateName: 'UBND tỉnh Bắc Ninh' });
    const hue = marriageRecord({ id: 'rec-hue', code: '1.014002' }, { departmentPromulgateName: 'UBND Thành phố Huế' });
    await writeFile(file, jsonl([marriageRecord(), bacNinh, hue]));
    const all = await importPortal({ source: file, out: pack, level: 'ward', keepTexts: false, dryRun: true });
    expect(all.provinces).toEqual({ 'tỉnh Bắc Ninh': 1, 'Thành phố Huế': 1 });
    const one = await importPortal({ source: file, out: pack, level: 'ward', keepTexts: false, province: 'Tỉnh Bắc Ninh' });
    expect(one.validation.ok).toBe(true);
    expect((await readdir(join(pack, 'procedures'))).sort()).toEqual(['1.000894.json', '1.014001.json']);
  });

  it('keeps the portal\'s long texts only with --full-text, and every record with --level all', async () => {
    const file = join(dir, 'p.jsonl');
    await writeFile(file, jsonl([marriageRecord(), customsRecord()]));
    const r = await kiosk('content', 'import-portal', file, '--out', pack, '--level', 'all', '--full-text');
    expect(r.code).toBe(0);
    const p = JSON.parse(await readFile(join(pack, 'procedures', '1.000894.json'), 'utf8'));
    expect(p.steps).toEqual(['Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.']);
    expect(p.documents[1].notes).toEqual(['+ Người tiếp nhận có trách nhiệm…']);
    const customs = JSON.parse(await readFile(join(pack, 'procedures', '1.007659.json'), 'utf8'));
    expect(customs.atWard).toBe(false);
  });

  it('writes nothing when the result would not be a valid pack, and says why', async () => {
    await writeFile(join(pack, 'groups.json'), JSON.stringify([{ id: 'Bad Id', name: 'x' }]));
    const file = join(dir, 'p.jsonl');
    await writeFile(file, jsonl([marriageRecord()]));
    const r = await kiosk('content', 'import-portal', file, '--out', pack);
    expect(r.code).toBe(1);
    expect(r.err.at(-1)).toBe('kiosk content import-portal: the resulting pack is not valid: nothing written');
    await expect(readdir(join(pack, 'procedures'))).rejects.toThrow(/ENOENT/);
  });

  it('reports a damaged gzip file and keeps what it read before the damage', async () => {
    const file = join(dir, 'p.jsonl.gz');
    const gz = gzipSync(jsonl([marriageRecord(), birthRecord()]));
    await writeFile(file, gz.subarray(0, gz.length - 20));
    const r = await importPortal({ source: file, out: pack, level: 'ward', keepTexts: false, dryRun: true });
    expect(r.problems.some((p) => p.skipped && /damaged/.test(p.problems[0]!))).toBe(true);
  });

  it('refuses bad usage with exit code 2 and a missing source with 1', async () => {
    expect((await kiosk('content', 'import-portal', join(dir, 'x.jsonl'))).code).toBe(2);
    expect((await kiosk('content', 'import-portal', join(dir, 'x.jsonl'), '--out', pack, '--level', 'district')).code).toBe(2);
    const missing = await kiosk('content', 'import-portal', join(dir, 'none.jsonl'), '--out', pack);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/no such file or folder/);
  });
});

describe('kiosk content show', () => {
  it('prints every part of a procedure as the kiosk holds it, and JSON with --json', async () => {
    const file = join(dir, 'p.jsonl');
    await writeFile(file, jsonl([marriageRecord()]));
    await importPortal({ source: file, out: pack, level: 'ward', keepTexts: false });
    const r = await kiosk('content', 'show', '1.000894.000.00.00.H54', '--content', pack);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(expect.arrayContaining([
      '1.000894  Thủ tục đăng ký kết hôn',
      'level: ward; handled at the ward: yes; online: partial',
      'published by: Bộ Tư pháp; decision: 163/QĐ-BTP',
      '  case 1: * Giấy tờ phải xuất trình: [papers to SHOW, not to hand in]',
      '    - - Tờ khai đăng ký kết hôn theo mẫu [1 original, 0 copies; required; form files: TK-ket-hon.docx]',
      '  in person: time limit 1 (unit not published)',
      '      phí 0 đ: Miễn lệ phí.',
      '  1.000894.02 1 working day',
      '  60/2014/QH13: Luật 60/2014/QH13',
      'results: Giấy chứng nhận kết hôn (KQ.G15.000032)',
    ]));
    const json = await kiosk('content', 'show', '1.000894', '--json', '--content', pack);
    const parsed = JSON.parse(json.out[0]!);
    expect(parsed.procedure.source.page).toBe('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fac-7489-b53b-a15eb239a6fe');
    expect((await kiosk('content', 'show', '9.999999', '--content', pack)).code).toBe(1);
    expect((await kiosk('content', 'show', 'ket hon', '--content', pack)).code).toBe(2);
  });
});

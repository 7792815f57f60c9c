import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack, Procedure } from '../../../api/content';
import { formatProblem } from '../pack/problems';
import { loadPack } from '../pack/read-pack';
import { writePackFolder } from '../pack/write-pack';
import { samplePackDir } from '../testing/pack-fixture';
import { exportSpreadsheet, importSpreadsheet, packToRows, rowsToPack } from './import-spreadsheet';

let shipped: ContentPack;
let dir: string;
beforeAll(async () => {
  const r = await loadPack(samplePackDir);
  if (!r.ok) throw new Error('shipped pack invalid');
  shipped = r.pack;
  dir = await mkdtemp(join(tmpdir(), 'kiosk-import-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const order = { inPerson: 0, online: 1, postal: 2 } as const;
const canonical = (ps: readonly Procedure[]) =>
  ps.map((p) => ({ ...p, channels: [...p.channels].sort((a, b) => order[a.kind] - order[b.kind]) }));

describe('spreadsheet import', () => {
  it.each(['csv', 'xlsx'])('round-trips every procedure of the shipped pack through %s', async (ext) => {
    const file = join(dir, `procedures.${ext}`);
    await exportSpreadsheet(file, shipped.procedures);
    const r = await importSpreadsheet(file, { base: shipped, packId: 'ward-x', version: '1', publisher: 'UBND phường X', date: '2025-11-01' });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(canonical(r.pack.procedures)).toEqual(canonical(shipped.procedures));
    expect(r.pack.manifest).toEqual({ format: 1, packId: 'ward-x', version: '1', publisher: 'UBND phường X', date: '2025-11-01', sample: false });
    expect(r.pack.essentialServices).toEqual(shipped.essentialServices);
  });

  it('round-trips where to get each paper, with English, online addresses and per-case places, through CSV and XLSX', async () => {
    for (const ext of ['csv', 'xlsx']) {
      const base = shipped.procedures.find((p) => p.code === '1.001193')!;
      const birth: Procedure = {
        ...base,
        documents: [
          { title: 'Sinh tại cơ sở y tế', documents: [
            { name: 'Tờ khai đăng ký khai sinh', obtain: { where: 'Mẫu có sẵn tại Trung tâm Phục vụ hành chính công hoặc trên Cổng Dịch vụ công' } },
            { name: 'Giấy chứng sinh', originals: 1, obtain: { where: 'Cơ sở y tế nơi trẻ được sinh ra', whereEn: 'The health facility where the child was born' } },
          ] },
          { title: 'Sinh ngoài cơ sở y tế', documents: [
            { name: 'Giấy chứng sinh', obtain: { where: 'Văn bản xác nhận của người làm chứng' } },
            { name: 'Bản sao trích lục hộ tịch', obtain: { where: 'UBND cấp xã nơi đã đăng ký hộ tịch', online: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000635' } },
            { name: 'Văn bản ủy quyền' },
          ] },
        ],
      };
      const file = join(dir, `obtain.${ext}`);
      await exportSpreadsheet(file, [birth]);
      const r = await importSpreadsheet(file, { base: shipped, date: '2025-11-01' });
      if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
      expect(r.pack.procedures[0]!.documents).toEqual(birth.documents);
    }
  });

  it('writes "Nơi lấy giấy tờ" next to the documents column, filled from the shipped pack', () => {
    const [header, ...body] = packToRows(shipped.procedures);
    const at = header!.indexOf('Nơi lấy giấy tờ');
    expect(header![at - 1]).toBe('documents');
    const residence = body.find((r) => r[0] === '1.004194')!;
    expect(residence[at]!.split('\n').map((l) => l.split(' | ')[0])).toEqual(['Tờ khai thay đổi thông tin cư trú', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp']);
  });

  it('names the row of a "Nơi lấy giấy tờ" line that matches no document, and refuses plain http', () => {
    const r = rowsToPack([
      ['code', 'name', 'sector', 'documents', 'Nơi lấy giấy tờ'],
      ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Giấy chứng sinh', 'Giấy chứng tử | UBND'],
      ['1.000656', 'Đăng ký khai tử', 'Hộ tịch', 'Giấy báo tử', 'giấy báo tử | Cơ sở y tế | http://example.org'],
    ], 'sheet.csv', { base: shipped });
    expect(r.ok).toBe(false);
    expect(r.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'error: sheet.csv: row 2.documents_obtain: line 1: no document "Giấy chứng tử" in the documents column',
      'error: sheet.csv: row 3.documents[0].documents[0].obtain.online: must be an https address',
    ]);
  });

  it('writes a folder that loads as the same pack', async () => {
    const file = join(dir, 'again.csv');
    await exportSpreadsheet(file, shipped.procedures);
    const r = await importSpreadsheet(file, { base: shipped, date: '2025-11-01' });
    if (!r.ok) throw new Error('import failed');
    const out = join(dir, 'pack');
    await writePackFolder(out, r.pack);
    const back = await loadPack(out);
    expect(back.ok && back.pack.procedures.length).toBe(shipped.procedures.length);
  });

  it('accepts names for sectors and life events, Vietnamese level words and ";" lists', () => {
    const r = rowsToPack([
      ['Code', 'Name', 'Sector', 'Level', 'Life events', 'Online level', 'Citizen words', 'Documents'],
      ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Cấp xã', 'Sinh con; Chuyển nhà', 'Toàn trình', 'khai sinh cho con;giấy khai sinh',
        '## Trường hợp thông thường\nTờ khai | Mẫu 01 | 1 | 0\nGiấy chứng sinh | | 1'],
    ], 'sheet.csv', { base: shipped });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const p = r.pack.procedures[0]!;
    expect(p).toMatchObject({ sector: 'ho-tich', level: 'ward', onlineLevel: 'full', lifeEvents: ['sinh-con', 'chuyen-nha'] });
    expect(p.citizenWords).toEqual(['khai sinh cho con', 'giấy khai sinh']);
    expect(p.documents).toEqual([{ title: 'Trường hợp thông thường', documents: [
      { name: 'Tờ khai', form: 'Mẫu 01', originals: 1, copies: 0 }, { name: 'Giấy chứng sinh', originals: 1 },
    ] }]);
  });

  it('names the spreadsheet row of each problem', () => {
    const r = rowsToPack([
      ['code', 'name', 'sector', 'level', 'color'],
      ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'ward', 'red'],
      ['1001193', '', 'Hộ tịch', 'district', ''],
    ], 'sheet.csv', { base: shipped });
    expect(r.ok).toBe(false);
    const lines = r.problems.map(formatProblem);
    expect(lines).toContain('warning: sheet.csv: column 5: unknown column "color", ignored');
    expect(lines.some((l) => l.startsWith('error: sheet.csv: row 3.code: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('error: sheet.csv: row 3.name: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('error: sheet.csv: row 3.level: '))).toBe(true);
  });

  it('refuses other file types and broken CSV', async () => {
    expect((await importSpreadsheet(join(dir, 'x.ods'))).problems.map(formatProblem)).toEqual(['error: x.ods: must be a .xlsx or .csv file']);
    await writeFile(join(dir, 'bad.csv'), 'code,name\n"1.001193,x\n');
    expect((await importSpreadsheet(join(dir, 'bad.csv'))).problems.map(formatProblem)).toEqual(['error: bad.csv: line 2: a quoted cell is never closed']);
    expect((await readFile(join(dir, 'bad.csv'), 'utf8')).length).toBeGreaterThan(0);
  });
});

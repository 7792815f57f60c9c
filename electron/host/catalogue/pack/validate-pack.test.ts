import { writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySamplePack, editJson, shippedPackDir } from '../testing/pack-fixture';
import { formatProblem } from './problems';
import { loadPack, parseSingleFilePack } from './read-pack';

describe('the shipped pack: the real catalogue (national portal data of 18 Jul 2026)', () => {
  const shipped = async () => {
    const r = await loadPack(shippedPackDir);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    return r;
  };

  it('loads without errors, is not a sample, and says where its data came from and when', async () => {
    const r = await shipped();
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.pack.manifest).toMatchObject({ sample: false, capturedAt: '2026-07-18' });
    expect(r.pack.manifest.source).toMatch(/dichvucong\.gov\.vn/);
    expect(r.pack.essentialServices.map((s) => s.n)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(r.pack.procedures.length).toBeGreaterThan(700);
  });

  it('holds every ward-level procedure of procedures.md with its published papers, and the kiosk\'s guide on top', async () => {
    const r = await shipped();
    const codes = ['1.001193', '1.000656', '1.000894', '1.004873', '1.004884', '1.004222', '1.004194',
      '1.002755', '1.003677', '2.001159', '1.010038', '2.000815', '2.000884', '2.001019'];
    for (const code of codes) {
      const p = r.pack.procedures.find((x) => x.code === code)!;
      expect(p, code).toBeDefined();
      expect([code, p.level, p.atWard]).toEqual([code, 'ward', true]);
      expect(p.documents.flatMap((c) => c.documents).length, code).toBeGreaterThan(0);
      expect(p.source?.page, code).toMatch(/^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
      expect(p.onlineGuide.length, code).toBeGreaterThanOrEqual(5);
    }
  });

  it('has a procedure for every code of the 25 essential services, those of other offices marked as not the ward\'s', async () => {
    const r = await shipped();
    const byCode = new Map(r.pack.procedures.map((p) => [p.code, p]));
    for (const s of r.pack.essentialServices) for (const c of s.codes ?? []) expect(byCode.has(c), `${s.n} ${c}`).toBe(true);
    expect(byCode.get('1.001456')!.atWard).toBe(false); // passport: the province's police
    expect(byCode.get('3.000333')!.atWard).toBe(false); // criminal record
  });

  it('invents nothing: only the two new group procedures are entered by hand, and 2.002913 holds only its name and code', async () => {
    const r = await shipped();
    expect(r.pack.procedures.filter((p) => !p.source?.page.startsWith('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/')).map((p) => p.code).sort())
      .toEqual(['2.002913', '3.000722']);
    const death = r.pack.procedures.find((p) => p.code === '2.002913')!;
    expect([death.channels, death.documents, death.steps]).toEqual([[], [], []]);
    expect(r.pack.groups.map((g) => g.procedures[0])).toEqual(['3.000722', '2.002913']);
  });

  it('ships facts only: no published long texts (steps, conditions, addresses, note rows)', async () => {
    const r = await shipped();
    for (const p of r.pack.procedures) {
      expect([p.code, p.steps, p.conditions, p.where]).toEqual([p.code, [], undefined, undefined]);
      for (const c of p.documents) expect(c.notes ?? []).toEqual([]);
    }
  });
});

describe('broken packs yield readable problems', () => {
  let pack: Awaited<ReturnType<typeof copySamplePack>>;
  beforeEach(async () => {
    pack = await copySamplePack();
  });
  afterEach(() => pack.dispose());

  const problemsOf = async () => {
    const r = await loadPack(pack.dir);
    expect(r.ok).toBe(false);
    return r.problems.filter((p) => p.severity === 'error').map(formatProblem);
  };

  it('names a file that is not JSON', async () => {
    await writeFile(join(pack.dir, 'sectors.json'), '[{"id": "ho-tich",');
    expect((await problemsOf())[0]).toMatch(/^error: sectors\.json: not valid JSON/);
  });

  it('says when the manifest is missing', async () => {
    await rm(join(pack.dir, 'manifest.json'));
    expect(await problemsOf()).toEqual(['error: manifest.json: the pack has no manifest']);
  });

  it('points at a bad manifest field', async () => {
    await editJson(join(pack.dir, 'manifest.json'), (m) => void (m.date = '1/10/2025'));
    expect(await problemsOf()).toEqual(['error: manifest.json: date: must be a date yyyy-mm-dd that exists']);
    await editJson(join(pack.dir, 'manifest.json'), (m) => void (m.date = '2025-13-45'));
    expect(await problemsOf()).toEqual(['error: manifest.json: date: must be a date yyyy-mm-dd that exists']);
  });

  it('points at a procedure field with the wrong value', async () => {
    await editJson(join(pack.dir, 'procedures/1.004222.json'), (p) => void (p.channels[0].kind = 'byPost'));
    expect((await problemsOf())[0]).toMatch(/^error: procedures\/1\.004222\.json: channels\[0\]\.kind: /);
  });

  it('says when a required part is missing', async () => {
    await editJson(join(pack.dir, 'procedures/1.001193.json'), (p) => void delete p.name);
    expect((await problemsOf())[0]).toMatch(/^error: procedures\/1\.001193\.json: name: /);
  });

  it('rejects a malformed code', async () => {
    await editJson(join(pack.dir, 'procedures/1.001193.json'), (p) => void (p.code = '1001193'));
    expect(await problemsOf()).toEqual(['error: procedures/1.001193.json: code: must be a national procedure code like 1.001193']);
  });

  it('rejects duplicate codes', async () => {
    await editJson(join(pack.dir, 'procedures/1.004884.json'), (p) => void (p.code = '1.001193'));
    expect(await problemsOf()).toEqual(['error: procedures/1.004884.json: duplicate procedure code "1.001193"']);
  });

  it('rejects references to unknown sectors, life events and groups', async () => {
    await editJson(join(pack.dir, 'procedures/1.001193.json'), (p) => {
      p.sector = 'dat-dai';
      p.lifeEvents = ['sinh-con', 'di-hoc'];
      p.interconnectedGroup = 'no-such-group';
    });
    expect(await problemsOf()).toEqual([
      'error: procedures/1.001193.json: sector: unknown sector "dat-dai" (not in sectors)',
      'error: procedures/1.001193.json: lifeEvents[1]: unknown life event "di-hoc" (not in lifeEvents)',
      'error: procedures/1.001193.json: interconnectedGroup: unknown group "no-such-group" (not in groups)',
    ]);
  });

  it('points at a "where to get it" without a place or with a plain http address', async () => {
    await editJson(join(pack.dir, 'procedures/1.004194.json'), (p) => {
      p.documents[0].documents[0].obtain = { where: '  ' };
      p.documents[0].documents[1].obtain.online = 'http://dichvucong.gov.vn';
    });
    expect(await problemsOf()).toEqual([
      'error: procedures/1.004194.json: documents[0].documents[0].obtain.where: must say where to get the paper',
      'error: procedures/1.004194.json: documents[0].documents[1].obtain.online: must be an https address',
    ]);
  });

  it('rejects a part that is not a list', async () => {
    await writeFile(join(pack.dir, 'life-events.json'), '{"id": "sinh-con"}');
    expect((await problemsOf())[0]).toBe('error: life-events.json: must be a JSON array');
  });

  it('says when the location does not exist', async () => {
    const r = await loadPack(join(pack.dir, 'nope'));
    expect(r.problems.map(formatProblem)).toEqual(['error: nope: no pack here (not found or not readable)']);
  });
});

describe('single-file packs', () => {
  const minimal = () => ({
    manifest: { format: 1, packId: 'tiny', version: '1', publisher: 'Test', date: '2025-01-01' },
    sectors: [{ id: 'ho-tich', name: 'Hộ tịch' }],
    procedures: [{ code: '1.004772.000.00.00.H54', name: 'Thủ tục thử', sector: 'ho-tich' }],
  });

  it('loads, applying defaults and cutting provincial code suffixes', () => {
    const r = parseSingleFilePack('pack.json', minimal());
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.pack.procedures[0]!.code).toBe('1.004772');
    expect(r.pack.procedures[0]!.steps).toEqual([]);
    expect(r.pack.manifest.sample).toBe(false);
  });

  it('keeps packs without "where to get it" valid, and keeps it where stated', () => {
    const pack = minimal();
    const documents = [{ documents: [
      { name: 'Giấy chứng sinh' },
      { name: 'Bản sao trích lục', obtain: { where: 'UBND cấp xã nơi đã đăng ký', whereEn: 'The ward where it was registered', online: 'https://dichvucong.gov.vn' } },
    ] }];
    const r = parseSingleFilePack('pack.json', { ...pack, procedures: [{ ...pack.procedures[0], documents }] });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.pack.procedures[0]!.documents).toEqual(documents);
  });

  it('warns about unknown parts and fails without procedures', () => {
    const r = parseSingleFilePack('pack.json', { ...minimal(), procedures: [], extra: 1 });
    expect(r.problems.map(formatProblem)).toEqual([
      'warning: pack.json: extra: unknown part, ignored',
      'error: procedures: the pack has no procedures',
    ]);
  });

  it('never throws on arbitrary JSON', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const r = parseSingleFilePack('x.json', v);
      return typeof r.ok === 'boolean' && Array.isArray(r.problems);
    }));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../api/catalogue';
import type { ContentPack } from '../../../api/content';
import { loadPack } from '../pack/read-pack';
import { samplePackDir } from '../testing/pack-fixture';
import { SearchIndex } from './search-index';

let pack: ContentPack;
let index: SearchIndex;
beforeAll(async () => {
  const r = await loadPack(samplePackDir);
  if (!r.ok) throw new Error('shipped pack invalid');
  pack = r.pack;
  index = SearchIndex.build(pack);
});
afterAll(() => index.close());

const first = (q: string) => index.search(q, {}, 5)[0];
const refOf = (q: string) => {
  const h = first(q);
  return h?.ref.kind === 'procedure' ? h.ref.code : h ? `es${h.ref.n}` : undefined;
};

describe('citizen-style queries find the right procedure first', () => {
  it.each([
    ['lam giay khai sinh cho con', '1.001193'],
    ['xac nhan doc than', '1.004873'],
    ['giay xac nhan doc than', '1.004873'],
    ['dang ky tam tru', '1.004194'],
    ['bao tu', '1.000656'],
    ['chung thuc ban sao', '2.000815'],
    ['nhap ho khau', '1.004222'],
    ['chuyen ho khau', '1.004222'],
    ['cong chung giay to', '2.000815'],
    ['dang ky tam tru cho nguoi thue tro', '1.004194'],
    ['thong bao luu tru', '2.001159'],
    ['khai bao tam vang', '1.003677'],
    ['dang ky ket hon', '1.000894'],
    ['tach ho khau', '1.010038'],
    ['tien mai tang', '1.000656'],
    ['lam lai cccd', 'es2'],
    ['lam can cuoc', 'es2'],
    ['dang ki tam tru', '1.004194'],
  ])('"%s" → %s', (query, expected) => {
    expect(refOf(query)).toBe(expected);
  });

  it('folds the query the same way with diacritics, in upper case and with đ', () => {
    expect(refOf('Đăng ký khai tử')).toBe('1.000656');
    expect(refOf('ĐĂNG KÝ KHAI TỬ')).toBe('1.000656');
    expect(refOf('đăng ky khai tu')).toBe('1.000656');
  });

  it('tolerates one wrong, missing or extra letter in longer words', () => {
    expect(refOf('chunh thuc ban sao')).toBe('2.000815'); // wrong letter
    expect(refOf('dang ky thuongg tru')).toBe('1.004222'); // extra letter
    expect(refOf('dang ky thuog tru')).toBe('1.004222'); // missing letter
    expect(refOf('dang ky thoung tru')).toBe('1.004222'); // letters swapped
    expect(first('chunh thuc ban sao')!.why.corrections).toEqual([{ typed: 'chunh', used: 'chung' }]);
  });

  it('does not "correct" short syllables', () => {
    expect(index.search('tam tri xyz', {}, 5).every((h) => h.why.corrections.length === 0)).toBe(true);
  });
});

describe('as the citizen types', () => {
  it('finds the procedure from a prefix of the last word', () => {
    expect(refOf('dang ky tam t')).toBe('1.004194');
    expect(refOf('thong bao luu')).toBe('2.001159');
    expect(refOf('chung thuc di ch')).toBe('2.001019');
  });

  it('keeps the target in the top three for every prefix from the second word on', () => {
    const query = 'dang ky ket hon';
    for (let i = 'dang k'.length; i <= query.length; i++) {
      const top = index.search(query.slice(0, i), {}, 3).map((h) => (h.ref.kind === 'procedure' ? h.ref.code : ''));
      expect(top, query.slice(0, i)).toContain('1.000894');
    }
  });

  it('answers a one-letter prefix with essential services first', () => {
    const hits = index.search('d', {}, 10);
    expect(hits.length).toBe(10);
    expect(hits[0]!.essentialService).toBeDefined();
  });

  it('finds by procedure code, provincial suffix or not', () => {
    expect(index.search('1.0011', {}, 5).map((h) => h.ref)).toEqual([{ kind: 'procedure', code: '1.001193' }]);
    expect(first('1.0011')!.why.byCode).toBe(true);
  });
});

describe('ranking', () => {
  it('puts name matches above body matches', () => {
    const hits = index.search('tam tru', {}, 10);
    const rank = (code: string) => hits.findIndex((h) => h.ref.kind === 'procedure' && h.ref.code === code);
    expect(rank('1.004194')).toBeLessThan(rank('1.004222')); // "tạm trú" in the name vs only in the text
    expect(rank('1.002755')).toBeLessThan(rank('1.004222'));
  });

  it('puts essential services first on ties', () => {
    const hits = index.search('dang ky', {}, 30).filter((h) => h.why.inName.length === 2);
    const firstPlain = hits.findIndex((h) => h.essentialService === undefined);
    expect(firstPlain).toBeGreaterThan(0);
    expect(hits.slice(firstPlain).every((h) => h.essentialService === undefined)).toBe(true);
  });
});

describe('ranking on the issue\'s queries: whole words first, then what the ward does', () => {
  const codeOf = (h: SearchHit): string => (h.ref.kind === 'procedure' ? h.ref.code : `es${h.ref.n}`);
  const notAtWard = (h: SearchHit): boolean => !h.atWard || (h.level ?? 'ward') !== 'ward';
  // No trailing space: the citizen is still typing the last word, which then also matches word starts
  // ("tru" → "trung" of "trung học phổ thông", essential service 22, not done at the ward).
  it.each<{ query: string; first: string; wardBeforeOthers?: string; corrections?: { typed: string; used: string }[] }>([
    { query: 'dang ky tam tru', first: '1.004194', wardBeforeOthers: '1.004222' },
    { query: 'dang ky tam tru ', first: '1.004194' }, // word finished: "tru" is whole, ★22 not found at all
    { query: 'dang ky thong tru', first: '1.004222', corrections: [{ typed: 'thong', used: 'thuong' }] }, // one letter missing
    { query: 'dang ky thong tru ', first: '1.004222', corrections: [{ typed: 'thong', used: 'thuong' }] },
    { query: 'dang ky tam', first: '1.004194' }, // still typing
    { query: 'dang ky ket hon', first: '1.000894' },
    { query: 'khai sinh', first: '1.001193' },
    { query: 'lam giay khai tu', first: '1.000656' },
    { query: 'xac nhan tinh trang hon nhan', first: '1.004873' },
  ])('"$query" → $first first', ({ query, first: expected, wardBeforeOthers, corrections }) => {
    const hits = index.search(query, {}, 20);
    expect(hits.map(codeOf)[0]).toBe(expected);
    if (corrections) expect(hits[0]!.why.corrections).toEqual(corrections);
    if (wardBeforeOthers) {
      const at = hits.findIndex((h) => codeOf(h) === wardBeforeOthers);
      const others = hits.flatMap((h, i) => (notAtWard(h) ? [i] : []));
      expect(at).toBeGreaterThan(0);
      expect(others.length).toBeGreaterThan(0); // the rule is tested, not vacuous: ★22 is in the list
      expect(others.every((i) => i > at)).toBe(true);
    }
  });

  it('highlights the slip\'s correction in the name, not the typed word', () => {
    const h = first('dang ky thong tru')!;
    expect(h.nameParts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Đăng', 'ký', 'thường', 'trú']);
  });
});

describe('results say why they matched', () => {
  it('highlights the name with its diacritics', () => {
    const h = first('dang ky khai sinh')!;
    expect(h.nameParts.map((p) => p.text).join('')).toBe('Đăng ký khai sinh');
    expect(h.nameParts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Đăng', 'ký', 'khai', 'sinh']);
  });

  it('marks only the typed start of a word', () => {
    expect(first('thong bao luu tr')!.nameParts.filter((p) => p.hit).map((p) => p.text)).toEqual(['Thông', 'báo', 'lưu', 'tr']);
  });

  it('names the citizen words that matched', () => {
    expect(first('bao tu')!.why.citizenWords).toContain('báo tử');
    expect(first('nhap ho khau')!.why.citizenWords).toEqual(['nhập hộ khẩu']);
  });
});

describe('filters', () => {
  it('by sector, life event and level', () => {
    expect(index.search('dang ky', { sector: 'cu-tru' }, 20).every((h) => h.sector === 'cu-tru')).toBe(true);
    const renting = index.search('', { lifeEvent: 'thue-tro' }, 20).map((h) => (h.ref.kind === 'procedure' ? h.ref.code : ''));
    expect(renting.sort()).toEqual(['1.002755', '1.004194', '2.001159']);
    expect(index.search('dang ky', { level: 'province' }, 20)).toEqual([]);
  });

  it('by "can be done fully online"', () => {
    const online = structuredClone(pack);
    online.procedures.find((p) => p.code === '2.001159')!.onlineLevel = 'full';
    const idx = SearchIndex.build(online);
    expect(idx.search('thong bao', { fullyOnline: true }, 10).map((h) => h.ref)).toEqual([{ kind: 'procedure', code: '2.001159' }]);
    expect(idx.browse({ fullyOnline: true }).length).toBe(1);
    idx.close();
  });

  it('browse lists essential services first, by number', () => {
    const items = index.browse({ sector: 'cu-tru' });
    expect(items.map((i) => i.essentialService).slice(0, 4)).toEqual([3, 4, 5, 6]);
    expect(items.length).toBe(6);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../../electron/host/catalogue/pack/read-pack';
import { SearchIndex } from '../../../electron/host/catalogue/search/search-index';
import { samplePackDir } from '../../../electron/host/catalogue/testing/pack-fixture';
import { generateLargePack } from '../../bench/generate-procedures';

// The citizen queries must still find the right procedure first among a province's 2,000 procedures.
let index: SearchIndex;
beforeAll(async () => {
  const r = await loadPack(samplePackDir);
  if (!r.ok) throw new Error('shipped pack invalid');
  index = SearchIndex.build(generateLargePack(r.pack, 2_000));
});
afterAll(() => index.close());

describe('search in a 2,000-procedure catalogue', () => {
  it.each([
    ['lam giay khai sinh cho con', '1.001193'],
    ['xac nhan doc than', '1.004873'],
    ['dang ky tam tru', '1.004194'],
    ['bao tu', '1.000656'],
    ['chung thuc ban sao', '2.000815'],
    ['nhap ho khau', '1.004222'],
    ['cong chung giay to', '2.000815'],
    ['chunh thuc ban sao', '2.000815'],
  ])('"%s" → %s', (query, code) => {
    expect(index.search(query, {}, 5)[0]?.ref).toEqual({ kind: 'procedure', code });
  });

  // Whole words before word starts and one-letter slips; the ward's own before what it does not do.
  it.each([
    ['dang ky tam tru', '1.004194'],
    ['dang ky thong tru', '1.004222'],
    ['dang ky tam', '1.004194'],
    ['dang ky ket hon', '1.000894'],
    ['khai sinh', '1.001193'],
    ['lam giay khai tu', '1.000656'],
    ['xac nhan tinh trang hon nhan', '1.004873'],
  ])('ranking: "%s" → %s', (query, code) => {
    expect(index.search(query, {}, 5)[0]?.ref).toEqual({ kind: 'procedure', code });
  });

  it('ranks "Đăng ký thường trú" above every hit the ward does not do for "dang ky tam tru"', () => {
    const hits = index.search('dang ky tam tru', {}, 20);
    const at = hits.findIndex((h) => h.ref.kind === 'procedure' && h.ref.code === '1.004222');
    const others = hits.flatMap((h, i) => (!h.atWard || (h.level ?? 'ward') !== 'ward' ? [i] : []));
    expect(at).toBe(1);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((i) => i > at)).toBe(true);
  });

  it('answers every keystroke of a query', () => {
    const q = 'giay phep xay dung nha o';
    for (let i = 1; i <= q.length; i++) expect(index.search(q.slice(0, i), {}, 20).length).toBeGreaterThan(0);
  });
});

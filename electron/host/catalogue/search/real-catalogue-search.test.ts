import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../pack/read-pack';
import { shippedPackDir } from '../testing/pack-fixture';
import { SearchIndex } from './search-index';

/*
 * Citizens' queries on the real catalogue (the shipped pack: 700+ procedures of the national portal):
 * typed without marks, in old words ("hộ khẩu", "CMND"), in the words people use ("báo tử", "công chứng")
 * and with typos. Each names the procedure that must come first, or within the first three where two
 * published procedures are equally right (the kiosk then shows both).
 */
let index: SearchIndex;
beforeAll(async () => {
  const r = await loadPack(shippedPackDir);
  if (!r.ok) throw new Error('the shipped pack is invalid');
  index = SearchIndex.build(r.pack);
}, 30_000);
afterAll(() => index.close());

const codes = (query: string, n: number): string[] =>
  index.search(query, {}, n).map((h) => (h.ref.kind === 'procedure' ? h.ref.code : `service ${h.ref.n}`));

const first: [query: string, code: string][] = [
  ['dang ky ket hon', '1.000894'],
  ['lam giay khai sinh cho con', '1.001193'],
  ['khai sinh', '1.001193'],
  ['bao tu', '1.000656'],
  ['dang ky khai tu', '1.000656'],
  ['nhap ho khau', '1.004222'],
  ['chuyen ho khau', '1.004222'],
  ['dang ky tam tru cho nguoi thue tro', '1.004194'],
  ['tam tru', '1.004194'],
  ['khai bao tam vang', '1.003677'],
  ['thong bao luu tru', '2.001159'],
  ['giay xac nhan doc than', '1.004873'],
  ['cong chung giay to', '2.000815'],
  ['chung thuc chu ky', '2.000884'],
  ['chung thuc di chuc', '2.001019'],
  ['tach ho', '1.010038'],
  ['gia han tam tru', '1.002755'],
  ['trich luc ho tich', '2.000635'],
  ['khai sinh lai', '1.004884'],
  ['dang ky lai ket hon', '1.004746'],
  ['dang ky lai khai tu', '1.005461'],
  ['nhan cha con', '1.001022'],
  ['cai chinh ho tich', '1.004859'],
  ['giam ho', '1.004837'],
  ['xoa thuong tru', '1.003197'],
  ['xoa tam tru', '1.010028'],
  ['xac nhan cu tru', '1.010041'],
  ['ly lich tu phap', '3.000333'],
  ['cap dien', '3.000001'],
  ['tro cap that nghiep', '1.014748'],
  ['xac nhan so cmnd', '1.012566'],
  ['ho ngheo', '1.011606'],
];

const withinThree: [query: string, code: string][] = [
  ['lam ho chieu', '1.001456'],
  ['doi bang lai xe', '3.000347'],
  ['lam can cuoc', '1.014063'],
  ['dang ky xe may', '1.013067'],
  ['mai tang phi', '1.001731'],
  ['tro cap xa hoi', '1.014027'],
  ['dang ky bien dong dat dai', '1.013833'],
];

const typos: [query: string, code: string][] = [
  ['dang ky ket hun', '1.000894'],
  ['dang ky thong tru', '1.004222'],
  ['dang ki tam tru', '1.004194'],
  ['khai bao tam vangg', '1.003677'],
  ['chung thuc ban sao', '2.000815'],
];

describe('search on the real catalogue, as citizens type', () => {
  it.each(first)('"%s" brings %s first', (query, code) => {
    expect(codes(query, 1)).toEqual([code]);
  });

  it.each(withinThree)('"%s" has %s among the first three', (query, code) => {
    expect(codes(query, 3)).toContain(code);
  });

  it.each(typos)('a typo: "%s" still brings %s first', (query, code) => {
    expect(codes(query, 1)).toEqual([code]);
  });

  it('covers at least 30 different procedures', () => {
    expect(new Set([...first, ...withinThree, ...typos].map(([, c]) => c)).size).toBeGreaterThanOrEqual(30);
  });

  it('marks procedures the ward does not handle, and still finds them', () => {
    const passport = index.search('ho chieu', {}, 5).find((h) => h.ref.kind === 'procedure' && h.ref.code === '1.001456');
    expect(passport?.atWard).toBe(false);
    expect(passport?.essentialService).toBe(12);
  });
});

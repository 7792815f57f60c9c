import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentPack, type ContentPackInput } from '../../../api/content';
import { parseQuery } from './query';
import { compareMatches, type EntryMatch, matchEntry } from './rank';
import { SearchIndex } from './search-index';

/*
 * The ordering rules of compareMatches (rank.ts), one row per rule, on a small made-up pack. In every row
 * bm25 favours the hit that must come second, so each rule is shown to decide before bm25 does.
 */

type ProcedureInput = ContentPackInput['procedures'][number];
type ServiceInput = NonNullable<ContentPackInput['essentialServices']>[number];
const procedure = (code: string, name: string, extra: Partial<ProcedureInput> = {}): ProcedureInput =>
  ({ code, name, sector: 'test', level: 'ward', ...extra });
const service = (n: number, name: string, atWard: boolean): ServiceInput => ({ n, name, sector: 'Test', atWard, description: 'test' });

const input: ContentPackInput = {
  manifest: { format: 1, packId: 'rank-test', version: '1', publisher: 'test', date: '2025-07-01' },
  procedures: [
    procedure('1.004222', 'Đăng ký thường trú', { essentialService: 3, conditions: 'Người đang đăng ký tạm trú' }),
    procedure('9.000001', 'Đăng ký trung tâm'),
    procedure('9.000002', 'Chuyển trường cho học sinh'),
    procedure('9.000003', 'Chuyển trung tâm bảo trợ'),
    procedure('1.002755', 'Gia hạn tạm trú'),
    procedure('1.000894', 'Đăng ký kết hôn', { essentialService: 11 }),
    procedure('9.000004', 'Trích lục kết quả đăng ký hôn nhân'),
    procedure('1.001193', 'Đăng ký khai sinh', { essentialService: 9 }),
    procedure('1.004884', 'Đăng ký lại khai sinh'),
    procedure('9.000005', 'Đăng ký lại nhãn hiệu', { level: 'province' }),
    procedure('9.000006', 'Chuyển hộ khẩu', { conditions: 'Nộp tại Trung tâm phục vụ hành chính công' }),
  ],
  essentialServices: [service(18, 'Đăng ký thuế lần đầu', false), service(22, 'Đăng ký dự thi tốt nghiệp trung học phổ thông', false)],
};

let index: SearchIndex;
beforeAll(() => {
  index = SearchIndex.build(ContentPack.parse(input));
});
afterAll(() => index.close());

/** matchEntry for the entry named `name`, with a made-up bm25 rank (lower is better). */
function match(query: string, name: string, rank: number): EntryMatch {
  const entry = index.entries.find((e) => e.item.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  return matchEntry(entry, parseQuery(query, index.vocabulary, index.nameVocabulary).terms, rank);
}

describe('compareMatches: each rule decides before bm25', () => {
  // Queries without a trailing space are still being typed: their last word matches word starts.
  it.each([
    ['3. a whole word beats the start of a longer word', 'dang ky tru', 'Đăng ký thường trú', 'Đăng ký trung tâm'],
    ['3. a whole word beats a one-letter slip onto another word', 'chuyen truong ', 'Chuyển trường cho học sinh', 'Chuyển trung tâm bảo trợ'],
    ['2. a name match beats a body match', 'tam tru ', 'Gia hạn tạm trú', 'Đăng ký thường trú'],
    ['4. words together beat words apart', 'ket hon ', 'Đăng ký kết hôn', 'Trích lục kết quả đăng ký hôn nhân'],
    ['5. an essential service beats another procedure', 'dang ky ', 'Đăng ký khai sinh', 'Đăng ký lại khai sinh'],
    ['5 above 6. an essential service done elsewhere beats a plain ward procedure', 'dang ky ', 'Đăng ký thuế lần đầu', 'Đăng ký lại khai sinh'],
    ['6. among essential services, the ward\'s own first', 'dang ky ', 'Đăng ký khai sinh', 'Đăng ký thuế lần đầu'],
    ['6. a ward procedure beats a provincial one', 'dang ky lai ', 'Đăng ký lại khai sinh', 'Đăng ký lại nhãn hiệu'],
  ])('%s ("%s": %s before %s)', (_rule, query, better, worse) => {
    const b = match(query, better, 0);
    const w = match(query, worse, -10);
    expect(compareMatches(b, w)).toBeLessThan(0);
    expect(compareMatches(w, b)).toBeGreaterThan(0);
  });

  it('on the issue\'s query: whole words first, then words together, whatever bm25 says', () => {
    const ranked = ['Đăng ký dự thi tốt nghiệp trung học phổ thông', 'Đăng ký thường trú', 'Đăng ký trung tâm']
      .map((name, i) => match('dang ky tru', name, -i))
      .sort(compareMatches)
      .map((m) => m.entry.item.name);
    expect(ranked).toEqual(['Đăng ký thường trú', 'Đăng ký trung tâm', 'Đăng ký dự thi tốt nghiệp trung học phổ thông']);
  });
});

describe('matchEntry: how each word matched', () => {
  it('counts whole words apart from word starts', () => {
    const whole = match('dang ky tru', 'Đăng ký thường trú', 0);
    const start = match('dang ky tru', 'Đăng ký trung tâm', 0);
    expect([whole.matched, whole.inNameOrWords, whole.whole]).toEqual([3, 3, 3]);
    expect([start.matched, start.inNameOrWords, start.whole]).toEqual([3, 3, 2]);
  });

  it('takes a known word one letter from a name word as a correction, said in why and highlighted', () => {
    const m = match('chuyen truong ', 'Chuyển trung tâm bảo trợ', 0);
    expect(m.why.corrections).toEqual([{ typed: 'truong', used: 'trung' }]);
    expect([m.matched, m.inNameOrWords, m.whole]).toEqual([2, 2, 1]);
    expect(m.shown.flatMap((t) => t.forms)).toContain('trung');
  });

  it('looks for such near words in names and citizen words only, never in the body', () => {
    // "trung" is a name word one letter from "truong", but this entry has it only in its conditions.
    const m = match('chuyen truong ', 'Chuyển hộ khẩu', 0);
    expect([m.matched, m.inNameOrWords, m.whole]).toEqual([1, 1, 1]);
    expect(m.why).toMatchObject({ inName: ['chuyen'], inText: [], corrections: [] });
  });

  it('adds near words only to finished words, not to the word being typed', () => {
    const typing = parseQuery('chuyen truong', index.vocabulary, index.nameVocabulary).terms;
    const done = parseQuery('chuyen truong ', index.vocabulary, index.nameVocabulary).terms;
    expect(typing.at(-1)!.near).toEqual([]);
    expect(done.at(-1)!.near).toContain('trung');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../../electron/api/fold-vietnamese';
import { restoreMarks } from './restore-marks';
import { telex } from './telex';

const BIRTH = 'Đăng ký khai sinh';
/** Names of the sample pack's procedures (kiosk-config/content), as search hits would carry them. */
const PACK = [
  BIRTH, 'Đăng ký tạm trú', 'Đăng ký thường trú', 'Đăng ký kết hôn', 'Khai báo tạm vắng',
  'Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  'Cấp điện mới từ lưới điện hạ áp (220/380V)', 'Cấp lại, đổi thẻ căn cước công dân',
];

describe('restoreMarks: table', () => {
  const cases: [string, readonly string[], string][] = [
    ['dang ký ', [BIRTH], 'đăng ký '],
    ['dang ký khai sinh ', [BIRTH], 'đăng ký khai sinh '],
    ['dang ky khai sinh ký ', [BIRTH], 'đăng ký khai sinh ký '], // one typed mark anywhere is enough
    ['Dang ký ', [BIRTH], 'Đăng ký '], // the typed case of each letter is kept
    ['DANG KÝ ', [BIRTH], 'ĐĂNG KÝ '],
    ['dang kỳ ', [BIRTH], 'đăng kỳ '], // "kỳ" is not "ký" (the huyền is not in it): only "dang" is restored
    ['dáng ký ', [BIRTH], 'dáng ký '], // the acute is not in "đăng": "dáng" stays, and "ký" is already whole
    ['dang ký tam tru ', PACK, 'đăng ký tạm trú '],
    ['dang ký thuong tru ', PACK, 'đăng ký thường trú '],
    ['dang ký xe ', PACK, 'đăng ký xe '], // "xe" is in no phrase
    ['ký dang ', PACK, 'ký đăng '], // one word: every phrase writes "dang" as "đăng"
    ['ký dang', [BIRTH], 'ký dang'], // the word being typed (no space after it yet) is left alone
    ['dang ký khai', [BIRTH], 'đăng ký khai'], // … while the finished ones before it are restored
    ['dang ký khai sinh', [BIRTH], 'đăng ký khai sinh'], // "sinh" is still being typed, and needs nothing
    ['dang ky khai sinh ', [BIRTH], 'dang ky khai sinh '], // no mark typed anywhere: kept as typed
    ['caps diện ', PACK, 'caps điện '], // "caps" is in no phrase; "diện" alone can only be "điện"
    ['cáp dien ', PACK, 'cấp điện '], // "caps" through Telex: the acute is in "cấp", only the circumflex was missing
    ['dien 220 ha áp ', PACK, 'điện 220 hạ áp '], // a number is not a word: runs on either side are restored apart
    ['dang, ký ', [BIRTH], 'đăng, ký '], // punctuation separates runs; single words still match
    ['', [BIRTH], ''],
    ['dang ký ', [], 'dang ký '],
  ];
  it.each(cases)('%j with %j → %j', (text, phrases, expected) => {
    expect(restoreMarks(text, phrases)).toBe(expected);
  });

  it('a run two phrases mark differently stays as typed', () => {
    expect(restoreMarks('dang ký ', ['Đăng ký khai sinh', 'Đang ký gửi'])).toBe('dang ký ');
    // … while a longer run that only one phrase has is restored.
    expect(restoreMarks('dang ký khai ', ['Đăng ký khai sinh', 'Đang ký gửi'])).toBe('đăng ký khai ');
  });

  it('keeps unmarked text as typed unless told to restore it', () => {
    expect(restoreMarks('dang ky tam tru ', PACK)).toBe('dang ky tam tru ');
    expect(restoreMarks('dang ky tam tru ', PACK, { unmarkedText: 'restore' })).toBe('đăng ký tạm trú ');
  });

  it('restores "dang kys khai sinh" as Telex types it, word by word as spaces finish them', () => {
    // Telex alone: "dang" needs "dd" and "aw", so the citizen gets "dang ký".
    expect(telex('dang kys ')).toBe('dang ký ');
    expect(restoreMarks(telex('dang kys '), [BIRTH])).toBe('đăng ký ');
    expect(restoreMarks(telex('dang kys khai sinh '), [BIRTH])).toBe('đăng ký khai sinh ');
  });

  it('accepts decomposed (NFD) input and writes the restored words composed', () => {
    expect(restoreMarks('dang ký '.normalize('NFD'), [BIRTH.normalize('NFD')])).toBe('đăng ký ');
  });
});

// ── properties ──────────────────────────────────────────────────────────────────────────────────

const PACK_WORDS = [...new Set(PACK.flatMap((p) => p.split(/[^\p{L}]+/u)).filter(Boolean))];
/** A word of the pack as a citizen might type it: some letters folded, sometimes a wrong tone, sometimes in capitals. */
const typedWord = fc
  .record({
    word: fc.constantFrom(...PACK_WORDS),
    fold: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    wrong: fc.constantFrom('', '', '', '', '\u0301', '\u0300'),
    upper: fc.boolean(),
  })
  .map(({ word, fold, wrong, upper }) => {
    const w = [...word].map((c, i) => (fold[i] ? foldVietnamese(c) : c.toLowerCase())).join('');
    const marked = wrong ? w.replace(/[aeiouy]/, (v) => (v + wrong).normalize('NFC')) : w;
    return upper ? marked.toUpperCase() : marked;
  });
/** Random letters (marked and plain), spaces and a little punctuation. */
const noise = fc.string({ unit: fc.constantFrom(...'adgknhtuyioăâđêôơưáàảãạýỳấềểễộớửự ,.-1'), maxLength: 12 });
/** What a citizen types: pack words (mostly), noise, separated by spaces, commas or numbers. */
const vietnameseText = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: typedWord }, { weight: 1, arbitrary: noise }), fc.constantFrom(' ', ' ', ' ', ', ', ' 12 ', '')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
/** Phrases: mostly the pack's names, some noise, and a few that make runs ambiguous ("Đang ký", "dạng"). */
const phrases = fc.array(
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PACK) }, { weight: 1, arbitrary: noise }, { weight: 1, arbitrary: fc.constantFrom('Đang ký gửi', 'định kỳ', 'dạng') }),
  { minLength: 1, maxLength: 6 },
);

/** Marks of each letter (NFC), for "never removes a mark". */
const marksOf = (text: string) =>
  [...text.normalize('NFC')].map((c) => [...c.normalize('NFD')].slice(1).join('') + (/[đĐ]/.test(c) ? 'đ' : ''));

describe('restoreMarks properties', () => {
  it('are not vacuous: the generated texts often get marks restored', () => {
    const samples = fc.sample(fc.tuple(vietnameseText, phrases), { numRuns: 500, seed: 42 });
    const changed = samples.filter(([text, ps]) => restoreMarks(text, ps) !== text).length;
    expect(changed).toBeGreaterThan(100);
  });

  it('never changes the folded text', () => {
    fc.assert(
      fc.property(vietnameseText, phrases, (text, ps) => {
        expect(foldVietnamese(restoreMarks(text, ps))).toBe(foldVietnamese(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(vietnameseText, phrases, (text, ps) => {
        const once = restoreMarks(text, ps);
        expect(restoreMarks(once, ps)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every mark the citizen typed, and the word being typed as it is', () => {
    fc.assert(
      fc.property(vietnameseText, phrases, (text, ps) => {
        const out = restoreMarks(text, ps);
        const before = marksOf(text);
        const after = marksOf(out);
        expect(after).toHaveLength(before.length);
        before.forEach((m, i) => {
          for (const mark of m) expect(after[i]).toContain(mark);
        });
        const tail = /\S*$/u.exec(text)![0];
        expect(out.endsWith(tail)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('restores a finished name typed with its marks left out (one mark kept), whatever was before it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PACK.slice(1, 5)), fc.constantFrom('', 'xe ', '1.0 '), (name, lead) => {
        const words = name.split(' ');
        // Everything folded except the last word, which keeps its marks (as "kys" → "ký" does).
        const typed = `${lead}${words.slice(0, -1).map(foldVietnamese).join(' ')} ${words.at(-1)!.toLowerCase()} `;
        expect(restoreMarks(typed, PACK)).toBe(`${lead}${name.toLowerCase()} `);
      }),
    );
  });

  it('never throws on any text or phrases', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 4 }), (text, ps) => {
        const out = restoreMarks(text, ps, { unmarkedText: 'restore' });
        expect(foldVietnamese(out)).toBe(foldVietnamese(text));
      }),
      { numRuns: 1000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldWithMap, words } from './fold';

// Every letter of the Vietnamese alphabet with every tone, upper and lower case (Unicode NFC).
const VIET = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const vietChar = fc.constantFrom(...[...VIET], ...[...VIET.toUpperCase()], ' ', '-', ',', '0', '9');
const vietText = fc.array(vietChar, { maxLength: 40 }).map((a) => a.join(''));

describe('fold', () => {
  it('folds tone marks and đ to plain ASCII', () => {
    expect(fold('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(fold('Giấy xác nhận độc thân')).toBe('giay xac nhan doc than');
    expect(fold('ĐĂNG KÝ TẠM TRÚ')).toBe('dang ky tam tru');
    expect(fold('Chứng thực bản sao')).toBe('chung thuc ban sao');
    expect(fold('Thường trú, ưu tiên, ơn')).toBe('thuong tru, uu tien, on');
  });

  it('gives the same result for NFC and NFD input', () => {
    fc.assert(fc.property(vietText, (s) => fold(s.normalize('NFD')) === fold(s.normalize('NFC'))));
  });

  it('turns any Vietnamese text into ASCII', () => {
    fc.assert(fc.property(vietText, (s) => /^[\x20-\x7e]*$/.test(fold(s))));
  });

  it('is idempotent and case-blind on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => fold(fold(s)) === fold(s)));
    fc.assert(fc.property(vietText, (s) => fold(s.toUpperCase()) === fold(s)));
  });

  it('keeps one folded letter per Vietnamese letter', () => {
    fc.assert(fc.property(vietText, (s) => fold(s).length === [...s].length));
  });
});

describe('words', () => {
  it('splits folded text on anything but letters and digits', () => {
    expect(words('Cấp bản sao trích lục hộ tịch (CT01), 1.001193')).toEqual([
      'cap', 'ban', 'sao', 'trich', 'luc', 'ho', 'tich', 'ct01', '1', '001193',
    ]);
  });
});

describe('foldWithMap', () => {
  it('maps folded characters back to the original string, NFC or NFD', () => {
    fc.assert(
      fc.property(vietText, fc.boolean(), (s0, nfd) => {
        const s = nfd ? s0.normalize('NFD') : s0;
        const { folded, origin } = foldWithMap(s);
        expect(folded).toBe(fold(s));
        expect(origin).toHaveLength(folded.length + 1);
        for (let i = 0; i < folded.length; i++) {
          // The original code point at origin[i] folds to the folded character.
          const cp = String.fromCodePoint(s.codePointAt(origin[i]!)!);
          expect(fold(cp)).toContain(folded[i]);
        }
      }),
    );
  });
});

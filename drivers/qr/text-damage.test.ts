import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { personTextDamage, textDamage } from './text-damage';

// Every Vietnamese letter, NFC, both cases: 12 vowel bases × 6 tones, consonants and đ.
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const LOWER = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))),
  ...'bcdghklmnpqrstvx'.split(''),
  'đ',
];
const VIETNAMESE_LETTERS = [...LOWER, ...LOWER.map((c) => c.toUpperCase())];

const utf8AsCp1252 = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));
const utf8AsLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));

describe('textDamage', () => {
  it('finds nothing in correct Vietnamese text, upper case included (Ã, Ì are real capitals)', () => {
    for (const s of ['NGUYỄN THỊ NGÃ', 'HÌNH ẢNH ĐẸP', 'Phường Bến Nghé, Quận 1', 'Ấp Mỹ Hòa, Xã Ông Văn', 'line 1\nline\t2']) {
      expect(textDamage(s)).toEqual([]);
    }
  });

  it('finds nothing in any string of Vietnamese letters and spaces', () => {
    const word = fc.array(fc.constantFrom(...VIETNAMESE_LETTERS, ' ', ',', '.', '0', '9'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(word, (s) => textDamage(s).length === 0));
  });

  it('finds mojibake in every Vietnamese word read as Windows-1252 or Latin-1, NFC or NFD', () => {
    const word = fc
      .array(fc.constantFrom(...VIETNAMESE_LETTERS), { minLength: 1, maxLength: 12 })
      .map((a) => a.join(''))
      .filter((s) => /[^\x00-\x7F]/.test(s));
    fc.assert(
      fc.property(word, fc.boolean(), fc.boolean(), (s, nfd, latin1) => {
        const source = nfd ? s.normalize('NFD') : s;
        const damaged = latin1 ? utf8AsLatin1(source) : utf8AsCp1252(source);
        const reasons = textDamage(damaged);
        return reasons.includes('mojibake') || reasons.includes('control-character');
      }),
    );
  });

  it.each([
    ['Huá»³nh', 'mojibake'],
    ['PhÆ°á»ng', 'mojibake'],
    ['Ä‘Æ°á»ng', 'mojibake'],
    ['ÃƒÂ¡', 'mojibake'], // double-encoded
    ['Hu廙軟h', 'cjk-in-latin-word'],
    ['Ng\uFFFDn', 'replacement-character'],
    ['ab\u001Bcd', 'control-character'],
    ['ab\u0085cd', 'control-character'],
  ])('%j → %s', (text, reason) => {
    expect(textDamage(text)).toContain(reason);
  });

  it('accepts CJK text standing on its own', () => {
    expect(textDamage('北京 Beijing')).toEqual([]);
  });
});

describe('personTextDamage', () => {
  it.each([
    ['Hu廙軟h Văn A', 'Phường 1', ['cjk-in-name']],
    ['Nguy?n V?n A', 'Phường 1', ['question-mark-substitution']],
    ['Nguyen Van A', 'Phuong 1, Quan 3', ['diacritics-lost']],
    ['Nguyễn Văn A', 'Phuong 1, Quan 3', []],
    ['Lo Van A', 'Xã Mường Lát', []],
    ['', '', []],
  ])('%j / %j → %j', (name, address, reasons) => {
    expect(personTextDamage(name, address)).toEqual(reasons);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsOne, Vocabulary } from './vocabulary';

const vocab = new Vocabulary([['chung', 5], ['chinh', 2], ['thuong', 9], ['thuc', 4], ['khai', 3]]);

describe('Vocabulary.corrections', () => {
  it('finds words one letter wrong, missing, extra or swapped', () => {
    expect(vocab.corrections('chunh', { asPrefix: false })).toEqual(['chung', 'chinh']);
    expect(vocab.corrections('thuog', { asPrefix: false })).toEqual(['thuong']);
    expect(vocab.corrections('thuongg', { asPrefix: false })).toEqual(['thuong']);
    expect(vocab.corrections('htuong', { asPrefix: false })).toEqual(['thuong']);
  });

  it('leaves words under five letters alone', () => {
    expect(vocab.corrections('thuk', { asPrefix: false })).toEqual([]);
  });

  it('corrects word starts while typing', () => {
    expect(vocab.hasPrefix('thuon')).toBe(true); // a known start: parseQuery does not ask for corrections
    expect(vocab.corrections('thuin', { asPrefix: true })).toEqual(['thuon']);
  });

  it('every candidate of editsOne is one edit away', () => {
    const lev = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j++) d[0]![j] = j;
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j] + 1, d[i]![j - 1] + 1, d[i - 1]![j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j], d[i - 2]![j - 2] + 1);
      }
      return d[a.length]![b.length];
    };
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{1,7}$/), (w) => {
      for (const c of editsOne(w)) expect(lev(w, c)).toBeLessThanOrEqual(1);
    }), { numRuns: 30 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typingDiff } from './portal-typing';

/** What a field shows after receiving typed text with \b as Backspace. */
function applyTyping(field: string, typed: string): string {
  let chars = [...field];
  for (const c of typed) chars = c === '\b' ? chars.slice(0, -1) : [...chars, c];
  return chars.join('');
}

describe('typing into the portal', () => {
  it.each([
    ['', 'a', 'a'],
    ['a', 'â', '\bâ'],
    ['tiê', 'tiế', '\bế'],
    ['toá', 'toán', 'n'],
    ['toán', 'toá', '\b'],
    ['abc', 'abc', ''],
  ])('%s → %s sends %j', (before, after, sent) => {
    expect(typingDiff(before, after)).toBe(sent);
  });

  it('the field always ends with the keyboard text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, after) => {
      expect(applyTyping(before, typingDiff(before, after))).toBe(after);
    }));
  });
});

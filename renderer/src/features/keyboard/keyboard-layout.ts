/** The on-screen keyboard's rows: QWERTY (Telex is typed on it), digits on top. */
export const KEY_ROWS: readonly (readonly string[])[] = [
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', '.', '-'],
];

/** Letters with marks as direct keys, for those who do not know Telex. */
export const VIETNAMESE_LETTERS = ['ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư'] as const;

/** Tone buttons, shown with the tone mark on "a" so the shape is recognisable. */
export const TONE_BUTTONS = [
  { tone: 's', sample: 'á', nameKey: 'keyboard.tone.s' },
  { tone: 'f', sample: 'à', nameKey: 'keyboard.tone.f' },
  { tone: 'r', sample: 'ả', nameKey: 'keyboard.tone.r' },
  { tone: 'x', sample: 'ã', nameKey: 'keyboard.tone.x' },
  { tone: 'j', sample: 'ạ', nameKey: 'keyboard.tone.j' },
] as const;

/** One step of typing into the portal: text to insert, or a key to press. */
export type TypingStep = { text: string } | { key: 'Backspace' | 'Enter' | 'Tab' };

const KEYS: Record<string, 'Backspace' | 'Enter' | 'Tab'> = { '\b': 'Backspace', '\n': 'Enter', '\r': 'Enter', '\t': 'Tab' };

/**
 * Splits what the kiosk's on-screen keyboard sends for `portal.typeText` into steps: plain text goes
 * to `webContents.insertText` (which handles Vietnamese diacritics as composed text), and the three
 * control characters the keyboard uses become key presses: "\b" Backspace, "\n" (or "\r") Enter,
 * "\t" Tab. Other control characters are dropped.
 */
export function typingSteps(input: string): TypingStep[] {
  const steps: TypingStep[] = [];
  let text = '';
  for (const ch of input) {
    const key = KEYS[ch];
    if (key) {
      if (text) steps.push({ text });
      text = '';
      steps.push({ key });
    } else if (!/[\u0000-\u001f\u007f]/.test(ch)) {
      text += ch;
    }
  }
  if (text) steps.push({ text });
  return steps;
}

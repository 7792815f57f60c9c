/**
 * What to send to the embedded portal's focused field when the on-screen keyboard changes its text
 * from `before` to `after`: one "\b" (Backspace) per character to take back, then the new characters.
 * Telex rewrites letters already typed ("a" → "â" → "ấ"), so a key may retract and retype a few.
 */
export function typingDiff(before: string, after: string): string {
  const a = [...before];
  const b = [...after];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return '\b'.repeat(a.length - common) + b.slice(common).join('');
}

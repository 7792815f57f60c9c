/**
 * The one-line answer to "did it go live?": green when the content in use has no errors, red when
 * a new version was refused (or nothing usable is live). Text, not colour alone, carries the meaning.
 */
export function Verdict({ ok, text, testId }: { ok: boolean; text: string; testId: string }) {
  return (
    <p className={`content-status-verdict ${ok ? 'verdict-clean' : 'verdict-refused'}`} role={ok ? 'status' : 'alert'} data-testid={testId} data-ok={ok}>
      <span aria-hidden="true" className="content-status-mark">{ok ? '✓' : '!'}</span>
      {text}
    </p>
  );
}

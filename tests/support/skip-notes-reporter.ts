import type { Reporter, TestCase } from 'vitest/node';

/**
 * Prints one line per skip reason at the end of a run ("7 test(s) skipped: needs ../shared/…"), since the
 * default reporter shows a `ctx.skip(condition, note)` note only in verbose mode. A newcomer whose clean
 * clone skips tests sees why without digging.
 */
export default class SkipNotesReporter implements Reporter {
  private readonly byNote = new Map<string, { count: number; files: Set<string> }>();

  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    if (result.state !== 'skipped' || !result.note) return;
    const seen = this.byNote.get(result.note) ?? { count: 0, files: new Set<string>() };
    seen.count += 1;
    seen.files.add(testCase.module.relativeModuleId);
    this.byNote.set(result.note, seen);
  }

  onTestRunEnd(): void {
    for (const [note, { count, files }] of this.byNote) console.log(`${count} test(s) ${note} [${[...files].join(', ')}]`);
  }
}

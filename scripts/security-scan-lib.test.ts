import { describe, expect, it } from 'vitest';
import { compareWithAllowlist, formatFinding, isScannedFile, parseAllowlist, toFinding } from './security-scan-lib.mjs';

const finding = (id: string, file: string) => ({ id, file, line: 3, column: 7, severity: 'MEDIUM', confidence: 'FIRM', description: 'd' });
const reason = 'Reviewed: the value is a constant of our own code, see the test.';

describe('security scan helpers', () => {
  it('scans sources but not tests, fixtures or node_modules', () => {
    expect(isScannedFile('electron/main.ts')).toBe(true);
    expect(isScannedFile('renderer/src/app/App.tsx')).toBe(true);
    expect(isScannedFile('electron/shell/shell.test.ts')).toBe(false);
    expect(isScannedFile('renderer/src/x.test.tsx')).toBe(false);
    expect(isScannedFile('renderer/node_modules/x/index.js')).toBe(false);
  });

  it('turns an electronegativity issue into a plain finding with a project path', () => {
    const issue = { id: 'SANDBOX_JS_CHECK', file: '.\\electron\\main.ts', location: { line: 5, column: 2 }, severity: { name: 'MEDIUM' }, confidence: { name: 'FIRM' }, description: 'Use  sandbox\n for untrusted origins' };
    const f = toFinding(issue);
    expect(f).toEqual({ id: 'SANDBOX_JS_CHECK', file: 'electron/main.ts', line: 5, column: 2, severity: 'MEDIUM', confidence: 'FIRM', description: 'Use sandbox for untrusted origins' });
    expect(formatFinding(f)).toBe('SANDBOX_JS_CHECK electron/main.ts:5:2 [MEDIUM/FIRM] Use sandbox for untrusted origins');
  });

  it('requires every allowlist entry to carry an id, a file and a real reason', () => {
    expect(parseAllowlist({ findings: [{ id: 'CSP_GLOBAL_CHECK', file: 'N/A', reason }] })).toMatchObject({ ok: true });
    expect(parseAllowlist({ findings: [{ id: 'x', file: '', reason: 'ok' }] })).toEqual({
      ok: false,
      problems: [
        'findings.0.id: expected a check id such as CSP_GLOBAL_CHECK',
        'findings.0.file: expected the file the finding is in ("N/A" for global checks)',
        'findings.0.reason: expected the reviewed reason (30 characters or more)',
      ],
    });
    expect(parseAllowlist([])).toMatchObject({ ok: false });
  });

  it('fails on findings not in the allowlist and on stale entries', () => {
    const entries = [{ id: 'CSP_GLOBAL_CHECK', file: 'N/A', reason }, { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/old.ts', reason }];
    const v = compareWithAllowlist([finding('CSP_GLOBAL_CHECK', 'N/A'), finding('SANDBOX_JS_CHECK', 'electron/main.ts'), finding('CSP_GLOBAL_CHECK', 'electron/main.ts')], entries);
    expect(v.accepted.map((a) => a.finding.file)).toEqual(['N/A']);
    expect(v.unexpected.map((f) => `${f.id} ${f.file}`)).toEqual(['SANDBOX_JS_CHECK electron/main.ts', 'CSP_GLOBAL_CHECK electron/main.ts']);
    expect(v.stale).toEqual([entries[1]]);
    expect(v.ok).toBe(false);
    expect(compareWithAllowlist([finding('CSP_GLOBAL_CHECK', 'N/A')], entries.slice(0, 1)).ok).toBe(true);
    expect(compareWithAllowlist([], []).ok).toBe(true);
  });

  it('accepts only as many findings of a check in a file as were reviewed', () => {
    const entry = { id: 'DANGEROUS_FUNCTIONS_JS_CHECK', file: 'electron/shell/contents-lockdown.ts', reason };
    const two = [finding(entry.id, entry.file), finding(entry.id, entry.file)];
    const once = compareWithAllowlist(two, [entry]);
    expect([once.accepted.length, once.unexpected.length, once.ok]).toEqual([1, 1, false]);
    expect(compareWithAllowlist(two, [{ ...entry, count: 2 }]).ok).toBe(true);
    expect(parseAllowlist({ findings: [{ ...entry, count: 0 }] })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^findings\.0\.count: /)] });
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The scan itself runs over the project in `npm test` (scripts/security-scan.mjs). Here it runs over a
 * deliberately insecure fixture app, to show that it finds real problems and fails the build on them.
 */
const REPO = resolve(import.meta.dirname, '..', '..', '..');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'insecure-app');

function scan(root: string, allowlist: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-scan-test-'));
  try {
    const file = join(dir, 'allowlist.json');
    writeFileSync(file, JSON.stringify(allowlist));
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'security-scan.mjs'), '--root', root, '--allowlist', file], { encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('security scan', () => {
  it('finds the insecure settings of a bad Electron app and fails', () => {
    const r = scan(FIXTURE, { findings: [] });
    expect(r.status).toBe(1);
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'OPEN_EXTERNAL_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK', 'AUXCLICK_JS_CHECK']) {
      expect(r.output).toMatch(new RegExp(`FINDING +${id} electron/main\\.js:\\d+`));
    }
    // The global checks the kiosk's own code passes: navigation limits and a permission handler.
    expect(r.output).toMatch(/FINDING +LIMIT_NAVIGATION_GLOBAL_CHECK N\/A/);
    expect(r.output).toMatch(/FINDING +PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK N\/A/);
    expect(r.output).toMatch(/security scan: FAILED/);
  });

  it('refuses an allowlist entry without a reason before scanning', () => {
    const r = scan(FIXTURE, { findings: [{ id: 'NODE_INTEGRATION_JS_CHECK', file: 'electron/main.js', reason: 'fine' }] });
    expect(r.status).toBe(2);
    expect(r.output).toMatch(/findings\.0\.reason: expected the reviewed reason/);
  });
});

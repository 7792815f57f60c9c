import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { skipWithoutVnCsca, VN_CSCA_PATH } from '../../../drivers/emrtd/pa/vn-csca.fixtures';
import { allCommands } from './registry';
import { runCli } from './run-cli';

const DEMO_TRUST = fileURLToPath(new URL('../../../kiosk-config/sim/trust-store', import.meta.url));

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(allCommands, argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function storeWithVnCsca(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-trust-'));
  dirs.push(dir);
  copyFileSync(VN_CSCA_PATH, join(dir, 'vn-csca-epassport.der'));
  writeFileSync(join(dir, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
  return dir;
}

describe('kiosk trust list', () => {
  it('lists the real VN CSCA with its explicit brainpoolP512r1 key, dates, and the file it could not use', async (ctx) => {
    skipWithoutVnCsca(ctx);
    const r = await run('trust', 'list', storeWithVnCsca());
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 usable CSCA certificate(s), 1 rejected file(s)');
    expect(r.out).toContain('subject:  CN=CSCA ePassport Vietnam, O=Vietnam Government Information Security Commission, C=VN');
    expect(r.out).toContain('key:      EC brainpoolP512r1 (explicit parameters)');
    expect(r.out).toContain('valid:    2022-06-29T01:37:07.000Z to 2037-10-01T01:37:06.000Z');
    expect(r.out).toContain('self-signature verified');
    expect(r.out).toMatch(/NO {2}broken\.pem: trust\.not-a-certificate: /);
  });

  it('prints JSON with --json', async (ctx) => {
    skipWithoutVnCsca(ctx);
    const r = await run('trust', 'list', storeWithVnCsca(), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.certificates).toEqual([
      expect.objectContaining({ file: 'vn-csca-epassport.der', keyAlgorithm: 'EC', curve: 'brainpoolP512r1', explicitParameters: true, notAfter: '2037-10-01T01:37:06.000Z', selfSignatureValid: true }),
    ]);
    expect(json.rejected).toEqual([expect.objectContaining({ file: 'broken.pem', code: 'trust.not-a-certificate' })]);
  });

  it('lists the demo trust store: the simulator TEST CSCA, README skipped', async () => {
    const r = await run('trust', 'list', DEMO_TRUST);
    expect(r.code).toBe(0);
    expect(r.out).toContain('CN=TEST CSCA — NOT A REAL AUTHORITY');
    expect(r.out).toContain('--  README.md: skipped');
  });

  it('exits 1 for a missing directory and 2 without one', async () => {
    const missing = await run('trust', 'list', join(tmpdir(), 'no-such-trust-store-dir'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('trust.dir-unreadable');
    const usage = await run('trust', 'list');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('usage: kiosk trust list <dir> [--json]');
  });
});

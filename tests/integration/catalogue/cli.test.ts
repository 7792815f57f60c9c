import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueCommands } from '../../../electron/host/cli/catalogue-commands';
import { runCli } from '../../../electron/host/cli/run-cli';
import { verifyPackSignature } from '../../../electron/host/catalogue/remote/signature';
import { samplePackDir, shippedPackDir } from '../../../electron/host/catalogue/testing/pack-fixture';

async function kiosk(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(catalogueCommands, argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('kiosk search', () => {
  it('prints ranked results with highlights', async () => {
    const r = await kiosk('search', 'bao tu', '--limit', '2', '--content', shippedPackDir);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(' 1. 1.000656  Thủ [tụ]c đăng ký khai [tử]  (★10)');
    expect(r.out[1]).toContain('citizen words: báo tử');
  });

  it('prints one JSON object with --json', async () => {
    const r = await kiosk('search', 'xac nhan doc than', '--json', '--limit', '3', '--content', shippedPackDir);
    const parsed = JSON.parse(r.out.join('\n'));
    expect(parsed.hits.length).toBeGreaterThan(0);
    expect(parsed.hits.length).toBeLessThanOrEqual(3);
    expect(parsed.hits[0].ref).toEqual({ kind: 'procedure', code: '1.004873' });
  });

  it('reads the pack the kiosk configuration names when --content is not given', async () => {
    const config = JSON.parse(await readFile(join(shippedPackDir, '..', 'kiosk.json'), 'utf8')) as Record<string, unknown>;
    const file = join(dir, 'kiosk-elsewhere.json');
    await writeFile(file, JSON.stringify({ ...config, content: { dir: shippedPackDir } }));
    const r = await kiosk('search', 'bao tu', '--limit', '1', '--config', file);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(' 1. 1.000656  Thủ [tụ]c đăng ký khai [tử]  (★10)');
    await writeFile(file, JSON.stringify({ ...config, language: 'fr' }));
    const bad = await kiosk('search', 'bao tu', '--config', file);
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/configuration is not valid/);
    expect(bad.err.join('\n')).toMatch(/language: /);
  });

  it('rejects a bad --limit', async () => {
    expect((await kiosk('search', 'x', '--limit', '0', '--content', shippedPackDir)).code).toBe(2);
  });
});

describe('kiosk content', () => {
  it('check: OK for the shipped pack (the real catalogue, no sample warning) and for the sample fixture, with its warning', async () => {
    const r = await kiosk('content', 'check', shippedPackDir);
    expect(r.code).toBe(0);
    const ok = r.out.find((l) => l.startsWith('OK: vn-ward-catalogue'));
    expect(ok).toBeDefined();
    expect(ok).not.toContain('SAMPLE');
    const sample = await kiosk('content', 'check', samplePackDir);
    expect(sample.out.find((l) => l.startsWith('OK: vn-ward-sample'))).toContain('SAMPLE');
  });

  it('check: lists problems and exits 1 for a bad pack', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ manifest: { format: 1, packId: 'x', version: '1', publisher: 'p', date: '2025-01-01' }, procedures: [{ code: '1.001193' }] }));
    const r = await kiosk('content', 'check', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error: bad.json: procedures[0].name: Invalid input: expected string, received undefined');
  });

  it('export → import → check round-trips through a spreadsheet', async () => {
    const sheet = join(dir, 'ward.xlsx');
    expect((await kiosk('content', 'export', samplePackDir, '--out', sheet)).code).toBe(0);
    const out = join(dir, 'imported');
    const imp = await kiosk('content', 'import', sheet, '--out', out, '--base', samplePackDir, '--pack-id', 'phuong-x', '--date', '2025-11-01');
    expect(imp.out).toContain('wrote 15 procedures to ' + out);
    const check = await kiosk('content', 'check', out);
    expect(check.out[0]).toMatch(/^OK: phuong-x .* 2025-11-01$/);
    // Without --base the sectors and groups the rows name are unknown: the command says what is missing.
    const bare = await kiosk('content', 'import', sheet, '--out', join(dir, 'bare'));
    expect(bare.code).toBe(1);
    expect(bare.err).toContain('kiosk content import: the rows name sectors, life events or groups that only a pack defines: give --base <pack>, e.g. --base kiosk-config/content');
  });

  it('bundle + sign produce a pack a kiosk verifies', async () => {
    const file = join(dir, 'pack.json');
    expect((await kiosk('content', 'bundle', shippedPackDir, '--out', file)).code).toBe(0);
    expect((await kiosk('content', 'sign', '--new-key', join(dir, 'publisher'))).code).toBe(0);
    expect((await kiosk('content', 'sign', file, '--key', join(dir, 'publisher.secret'))).code).toBe(0);
    const ok = verifyPackSignature(
      new Uint8Array(await readFile(file)),
      await readFile(`${file}.sig`, 'utf8'),
      (await readFile(join(dir, 'publisher.public'), 'utf8')).trim(),
    );
    expect(ok).toEqual({ ok: true });
  });
});

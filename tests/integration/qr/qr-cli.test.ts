import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PAYLOADS } from '../../../drivers/sim/scanner';
import { qrCommands } from '../../../electron/host/cli/qr-commands';
import { runCli } from '../../../electron/host/cli/run-cli';
import { createPtyPairAt, type PtyPair } from '../support/pty-pair';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('kiosk qr parse', () => {
  it('prints the classification of a card QR', async () => {
    const c = capture();
    expect(await runCli(qrCommands, ['qr', 'parse', DEMO_PAYLOADS.card], c.io)).toBe(0);
    expect(c.out.slice(0, 3)).toEqual(['kind: cccd', 'integrity: ok', '  personalId: 001093012345']);
    expect(c.out).toContain('  dateOfBirth: 1993-01-05');
  });

  it('prints JSON with --json, naming the damage', async () => {
    const c = capture();
    expect(await runCli(qrCommands, ['qr', 'parse', 'PhÆ°á»ng Báº¿n NghÃ©', '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n'))).toEqual({
      kind: 'text',
      fields: { text: 'PhÆ°á»ng Báº¿n NghÃ©' },
      integrity: { status: 'damaged', reasons: ['mojibake'] },
    });
  });

  it('rejects missing text as bad usage', async () => {
    const c = capture();
    expect(await runCli(qrCommands, ['qr', 'parse'], c.io)).toBe(2);
  });
});

describe('kiosk qr listen + kiosk sim scanner over a pty pair', () => {
  let pair: PtyPair | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await pair?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the simulator sends a file of payloads and the listener prints each classified scan', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-qr-cli-'));
    pair = await createPtyPairAt(join(dir, 'sim'), join(dir, 'kiosk'));
    const file = join(dir, 'payloads.txt');
    writeFileSync(file, `# two scans\n${DEMO_PAYLOADS.card}\r\n${DEMO_PAYLOADS.portalLink}\n`);

    const listener = capture();
    const listening = runCli(qrCommands, ['qr', 'listen', '--port', pair.b, '--count', '2', '--json'], listener.io);
    const started = Date.now();
    while (!listener.err.some((l) => l.endsWith('connected'))) {
      if (Date.now() - started > 5000) throw new Error('listener did not connect');
      await new Promise((r) => setTimeout(r, 5));
    }

    const sim = capture();
    expect(await runCli(qrCommands, ['sim', 'scanner', '--link', pair.a, '--file', file], sim.io)).toBe(0);
    expect(sim.out).toEqual([`2 payload(s) sent to ${pair.a}`]);

    expect(await listening).toBe(0);
    const printed = listener.out.map((l) => JSON.parse(l) as { kind: string; source: string; integrity: { status: string } });
    expect(printed.map((p) => [p.kind, p.source, p.integrity.status])).toEqual([
      ['cccd', 'serial', 'ok'],
      ['url', 'serial', 'ok'],
    ]);
  });

  it('rejects a listen without a port or HID device', async () => {
    const c = capture();
    expect(await runCli(qrCommands, ['qr', 'listen'], c.io)).toBe(2);
    expect(await runCli(qrCommands, ['qr', 'listen', '--hid', 'zz'], c.io)).toBe(2);
  });
});

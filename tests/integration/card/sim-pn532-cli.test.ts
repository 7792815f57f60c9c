import { spawn } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CardProfile } from '../../../drivers/sim/card-profile/index';
import { cardCommands } from '../../../electron/host/cli/card-commands';
import { runCli } from '../../../electron/host/cli/run-cli';
import { createPtyPair, type PtyPair } from '../support/pty-pair';
import { DEMO_TRUST_DIR, REPO, shippedCard, spawnKiosk, type KioskChild } from './support';

/**
 * The real `kiosk sim pn532` as a child process on one end of a socat pty pair, driven through its
 * stdin, and `kiosk card read` on the other end.
 */

async function cardRead(port: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(cardCommands, ['card', 'read', '--port', port, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, json: () => JSON.parse(out.join('\n')) as Record<string, any> };
}

let an: CardProfile;
let pty: PtyPair | undefined;
let sim: KioskChild | undefined;

beforeAll(async () => {
  an = await shippedCard('nguyen-van-an');
});
afterEach(async () => {
  await sim?.stop();
  await pty?.close();
  sim = undefined;
  pty = undefined;
});

async function startSim(...extra: string[]): Promise<KioskChild> {
  pty = await createPtyPair();
  sim = spawnKiosk(['sim', 'pn532', '--card', 'nguyen-van-an', '--link', pty.b, ...extra]);
  await sim.waitFor('ready', 30_000);
  return sim;
}

// Each child starts through tsx (a few seconds on a busy 2-core machine): generous per-test time.
describe('kiosk sim pn532 (child process) + kiosk card read', { timeout: 120_000 }, () => {
  it('serves the card at start; stats, faults, remove, tap and quit over stdin', async () => {
    const s = await startSim();
    const first = await cardRead(pty!.a, '--id', an.idNumber, '--json', '--trust', DEMO_TRUST_DIR);
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({ accessMethod: 'PACE-CAN', card: { fullName: 'Nguyễn Văn An' }, passiveAuthentication: { status: 'verified' } });

    s.send('stats');
    const stats = JSON.parse(await s.waitFor(/^\{/)) as { apdus: number; bytesSent: number; bytesReceived: number; cardTimeMs: number };
    await s.waitFor('ok stats');
    expect(stats.apdus).toBe(first.json().stats.apdus);
    expect(stats.bytesSent).toBeGreaterThan(first.json().stats.bytesRead);
    expect(stats.cardTimeMs).toBeGreaterThan(0);

    s.send('fault drop-acks 2');
    await s.waitFor('ok fault');
    s.send('fault garbageFrames 4');
    await s.waitFor('ok fault');
    expect((await cardRead(pty!.a, '--id', an.idNumber, '--trust', DEMO_TRUST_DIR)).code).toBe(0);

    s.send('fault no-such-fault 1');
    expect(await s.waitFor(/^error fault: /)).toContain('unknown fault "no-such-fault"');

    s.send('remove');
    await s.waitFor('ok remove');
    const none = await cardRead(pty!.a, '--id', an.idNumber, '--wait-seconds', '0.5');
    expect(none.err).toEqual(['kiosk card read: no card on the reader within 0.5 s']);

    // Chip faults apply from the next tap: two SM failures mid-read, recovered by re-authentication.
    s.send('fault smFailureAfterProtectedApdus 3,8');
    await s.waitFor('ok fault');
    s.send('tap tran-thi-binh-60');
    await s.waitFor('ok tap');
    const binh = await shippedCard('tran-thi-binh-60');
    const again = await cardRead(pty!.a, '--id', binh.idNumber, '--json', '--trust', DEMO_TRUST_DIR);
    expect(again.json()).toMatchObject({ card: { idNumber: binh.idNumber, dateOfExpiry: null }, stats: { reauthentications: 2 }, passiveAuthentication: { status: 'verified' } });

    s.send('clear-faults');
    await s.waitFor('ok clear-faults');
    s.send('quit');
    await s.waitFor('ok quit');
    expect(await s.exited).toBe(0);
  });

  it('--no-card starts with an empty field; --tamper dg13 makes `card read` exit 3', async () => {
    const s = await startSim('--no-card', '--tamper', 'dg13');
    expect((await cardRead(pty!.a, '--id', an.idNumber, '--wait-seconds', '0.4')).code).toBe(1);
    s.send('tap');
    await s.waitFor('ok tap');
    // `card read` as a child process too: the exit code a script sees.
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli/main.ts', 'card', 'read', '--port', pty!.a, '--id', an.idNumber, '--trust', DEMO_TRUST_DIR], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(3);
    expect(stderr.trim()).toMatch(/^kiosk card read: passive authentication failed: pa\.dg-hash-mismatch: /);
  });

  it('--unknown-csca and --fault at start; ends when stdin closes, and on SIGTERM', async () => {
    const s = await startSim('--unknown-csca', '--fault', 'slowCardExtraMs=5');
    const r = await cardRead(pty!.a, '--id', an.idNumber, '--json', '--trust', DEMO_TRUST_DIR);
    expect(r.json().passiveAuthentication.status).toBe('not-checkable');
    s.child.stdin!.end();
    expect(await s.exited).toBe(0);
    await pty!.close();

    const t = await startSim();
    t.child.kill('SIGTERM');
    expect(await t.exited).toBe(0);
  });

  it('rejects bad usage with exit 2', async () => {
    const bad = spawnKiosk(['sim', 'pn532', '--card', 'nguyen-van-an', '--link', '/tmp/x', '--fault', 'dropAcks=many']);
    expect(await bad.exited).toBe(2);
    expect(bad.stderr()).toContain('--fault: dropAcks: expected a whole number');
  });
});

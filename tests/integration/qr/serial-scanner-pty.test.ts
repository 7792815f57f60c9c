import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyScannedPayload, ReconnectingScanner, SerialScanner, type ScannedPayload, type ScannerStatus } from '../../../drivers/qr';
import { DEMO_PAYLOADS, SimulatedScanner, runPtyScannerSim } from '../../../drivers/sim/scanner';
import { SerialLink } from '../../../drivers/transport';
import { createPtyPairAt, type PtyPair } from '../support/pty-pair';

/**
 * Polls until `check` holds (real ptys: no fake timers here), failing after `timeoutMs`. The ceiling is
 * generous because reconnect attempts back off and a loaded CI machine stretches them; the happy path
 * returns as soon as the condition holds.
 */
async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('SerialScanner over a real socat pty pair, fed by the simulated scanner', () => {
  let dir: string;
  let pair: PtyPair | undefined;
  const cleanups: (() => Promise<void>)[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-qr-'));
  });

  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    await pair?.close();
    pair = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  async function listen(options: ConstructorParameters<typeof SerialScanner>[1], kioskPath: string) {
    const scanner = new ReconnectingScanner(new SerialScanner(new SerialLink({ path: kioskPath, baudRate: 9600 }), options), {
      initialDelayMs: 50,
      maxDelayMs: 200,
    });
    const scans: ScannedPayload[] = [];
    const statuses: ScannerStatus[] = [];
    scanner.onScan((s) => scans.push(s));
    scanner.onStatus((s) => statuses.push(s));
    cleanups.push(() => scanner.close());
    await scanner.open();
    return { scanner, scans, statuses };
  }

  it('classifies clean and damaged payloads sent as lines (CR suffix)', async () => {
    pair = await createPtyPairAt(join(dir, 'sim'), join(dir, 'kiosk'));
    const { scans, statuses } = await listen({ suffix: 'cr' }, pair.b);
    expect(statuses).toEqual([{ state: 'connected', device: pair.b }]);

    const sent = await runPtyScannerSim({
      link: pair.a,
      lines: ['# demo payloads', DEMO_PAYLOADS.card, '', DEMO_PAYLOADS.portalLink, DEMO_PAYLOADS.dossierCode],
      suffix: 'cr',
    });
    expect(sent).toBe(3);
    await until(() => scans.length === 3);

    const sim = new SimulatedScanner(new SerialLink({ path: pair.a, baudRate: 9600 }), { suffix: 'cr' });
    await sim.open();
    cleanups.push(() => sim.close());
    await sim.emitDamaged(DEMO_PAYLOADS.card, 'cp1252');
    await sim.emitDamaged(DEMO_PAYLOADS.card, 'invalid-utf8');
    await until(() => scans.length === 5);

    const results = scans.map((s) => classifyScannedPayload(s));
    expect(results.map((r) => [r.kind, r.integrity.status])).toEqual([
      ['cccd', 'ok'],
      ['url', 'ok'],
      ['dossier-code', 'ok'],
      ['cccd', 'damaged'],
      ['cccd', 'damaged'],
    ]);
    expect(results[0]?.kind === 'cccd' && results[0].fields.fullName).toBe('Nguyễn Văn Minh');
    expect(results[3]?.integrity).toMatchObject({ reasons: expect.arrayContaining(['mojibake']) });
    expect(results[4]?.integrity).toMatchObject({ reasons: expect.arrayContaining(['invalid-utf8']) });
  });

  it('frames suffix-less payloads by inter-byte timeout, across a split write', async () => {
    pair = await createPtyPairAt(join(dir, 'sim'), join(dir, 'kiosk'));
    const { scans } = await listen({ suffix: 'none', interByteTimeoutMs: 150 }, pair.b);
    const sim = new SimulatedScanner(new SerialLink({ path: pair.a, baudRate: 9600 }), { suffix: 'none' });
    await sim.open();
    cleanups.push(() => sim.close());

    // Split inside "Nguyễn" (a multi-byte character) with a 30 ms gap: still one payload.
    await sim.emit(DEMO_PAYLOADS.card, { splitAt: [17, 30, 60], gapMs: 30 });
    await until(() => scans.length === 1);
    await new Promise((r) => setTimeout(r, 100));
    await sim.emit(DEMO_PAYLOADS.portalLink);
    await until(() => scans.length === 2);

    expect(scans.map((s) => s.text)).toEqual([DEMO_PAYLOADS.card, DEMO_PAYLOADS.portalLink]);
    expect(scans.every((s) => s.utf8 === 'valid')).toBe(true);
    expect(classifyScannedPayload(scans[0]!).kind).toBe('cccd');
  });

  it('reports an unplug and reconnects when the device reappears at the same path', async () => {
    pair = await createPtyPairAt(join(dir, 'sim'), join(dir, 'kiosk'));
    const { scans, statuses } = await listen({ suffix: 'crlf' }, pair.b);
    const kioskPath = pair.b;

    await pair.close(); // the cable is pulled
    pair = undefined;
    await until(() => statuses.some((s) => s.state === 'disconnected'));
    expect(statuses.find((s) => s.state === 'disconnected')).toMatchObject({ error: { code: 'qr.unplugged' } });
    await until(() => statuses.filter((s) => s.state === 'reconnecting').length >= 2);
    // While the path is gone, retries fail with the open error code.
    expect(statuses.filter((s) => s.state === 'reconnecting').at(-1)).toMatchObject({ error: { code: 'qr.open-failed' } });

    pair = await createPtyPairAt(join(dir, 'sim'), kioskPath); // plugged in again
    await until(() => statuses.at(-1)?.state === 'connected');
    expect(statuses.map((s) => s.state).slice(0, 2)).toEqual(['connected', 'disconnected']);

    await runPtyScannerSim({ link: pair.a, lines: [DEMO_PAYLOADS.cardWithoutOldId], suffix: 'crlf' });
    await until(() => scans.length === 1);
    const result = classifyScannedPayload(scans[0]!);
    expect(result.kind === 'cccd' && result.fields.oldIdNumber).toBeNull();
    expect(result.integrity).toEqual({ status: 'ok' });
  });
});

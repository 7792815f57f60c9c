import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceStatus } from '../../../electron/api/devices';
import { PcscCardReader } from '../../../electron/host/devices/pcsc-card-reader';
import { loadPcscBinding } from '../../../drivers/pcsc/pcsc-binding';
import { deriveChipAccess } from '../../../drivers/cccd/index';
import type { CardProfile } from '../../../drivers/sim/card-profile/index';
import { pcscdWithVpcd, pcscUnavailableReason, type Pcscd } from '../support/pcscd';
import { cardRead, DEMO_TRUST_DIR, shippedCard, spawnKiosk, testTrustStore, type KioskChild } from './support';

/**
 * The PC/SC path end to end: pcscd (started here, stopped by its PID) with vsmartcard's vpcd driver, and
 * `kiosk sim pcsc` putting the virtual CCCD chip in "Virtual PCD 00 00". The kiosk's PcscCardReader and
 * `kiosk card read --pcsc` read it through the real binding and daemon. Off CI the test skips (one line
 * why) where pcscd, vpcd or the compiled binding is missing; on CI their absence is a failure.
 */
const reason = pcscUnavailableReason();
if (reason !== undefined && process.env.CI) throw new Error(`PC/SC integration test cannot run on CI: ${reason}`);
const PORT = 35963 + 1000 + (process.pid % 500) * 2; // its own port pair, away from a system vpcd

describe.skipIf(reason !== undefined)(`PC/SC through pcscd and vpcd${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let pcscd: Pcscd;
  let an: CardProfile;
  let sim: KioskChild | undefined;
  let device: PcscCardReader;
  const statuses: DeviceStatus[] = [];

  const startSim = async (...extra: string[]) => {
    await sim?.stop();
    sim = spawnKiosk(['sim', 'pcsc', '--card', 'nguyen-van-an', '--port', String(PORT), ...extra]);
    await sim.waitFor('ready');
  };

  beforeAll(async () => {
    an = await shippedCard('nguyen-van-an');
    pcscd = pcscdWithVpcd(PORT);
    await pcscd.start();
    device = new PcscCardReader({ description: 'PC/SC', binding: loadPcscBinding(), reader: 'Virtual PCD 00 00', pollIntervalMs: 100, reconnectMs: 200, log: () => undefined });
    device.onStatus((s) => statuses.push(s));
    await device.start();
    await startSim();
  }, 60_000);

  afterAll(async () => {
    await device?.stop();
    await sim?.stop();
    await pcscd?.close();
  });

  it('reads DG1, DG13, DG2 and the SOD through PACE with passive authentication, in 2,048-byte reads', async () => {
    await expect.poll(() => device.cardPresent(), { timeout: 10_000 }).toBe(true);
    expect(device.status()).toMatchObject({ state: 'ready', description: 'PC/SC: Virtual PCD 00 00' });
    const r = await device.read({ can: an.idNumber.slice(-6), files: ['DG1', 'DG13', 'DG2', 'SOD'], trustStore: testTrustStore() });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail}`);
    expect(r.value.method).toBe('PACE-CAN');
    expect(r.value.dg13?.fullName).toBe('Nguyễn Văn An');
    expect(r.value.face?.image.length).toBe(an.portraitJpeg.length);
    expect(r.value.passiveAuthentication.status).toBe('verified');
    expect(r.value.stats.chunkSize).toBe(2048);
  });

  it('reads through BAC (wrong CAN, keys from the QR) with passive authentication', async () => {
    const access = deriveChipAccess({ personalId: an.idNumber, dateOfBirth: an.dateOfBirth, issueDate: an.dateOfIssue }, { today: '2026-11-23' });
    if (!access.ok) throw new Error(access.error.code);
    const r = await device.read({ can: '000000', mrzCandidates: access.value.bacCandidates, files: ['DG1', 'DG13', 'DG2', 'SOD'], trustStore: testTrustStore() });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail}`);
    expect(r.value.method).toBe('BAC');
    expect(r.value.passiveAuthentication.status).toBe('verified');
  });

  it('kiosk card read --pcsc <reader> reads the same card', async () => {
    const r = await cardRead('--pcsc', 'Virtual PCD 00 00', '--id', an.idNumber, '--trust', DEMO_TRUST_DIR, '--json');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, port: 'Virtual PCD 00 00', accessMethod: 'PACE-CAN', passiveAuthentication: { status: 'verified' }, link: null });
  });

  it('reports a card lifted mid-read (the simulator takes it out) as card.removed, in plain words on the CLI', async () => {
    await startSim('--no-card');
    sim!.send('fault removeAfterApdus 12');
    await sim!.waitFor('ok fault');
    sim!.send('tap');
    await sim!.waitFor('ok tap');
    await expect.poll(() => device.cardPresent(), { timeout: 10_000 }).toBe(true);
    const r = await device.read({ can: an.idNumber.slice(-6), files: ['DG1', 'DG13', 'DG2', 'SOD'] });
    expect(r.ok ? 'ok' : r.error.code).toBe('card.removed');
    await expect.poll(() => device.cardPresent(), { timeout: 10_000 }).toBe(false);

    sim!.send('tap'); // the same fault again for the CLI
    await sim!.waitFor('ok tap');
    const cli = await cardRead('--pcsc', 'Virtual PCD 00 00', '--id', an.idNumber, '--photo', '/dev/null');
    expect(cli.code).toBe(1);
    expect(cli.err).toEqual(['kiosk card read: the card was removed during the read']);
  });

  it('recovers when the simulator disconnects and comes back, and when pcscd stops and starts again', async () => {
    await startSim('--no-card');
    await expect.poll(() => device.cardPresent(), { timeout: 10_000 }).toBe(false);
    sim!.send('tap');
    await sim!.waitFor('ok tap');
    await expect.poll(() => device.cardPresent(), { timeout: 10_000 }).toBe(true);

    // The whole PC/SC service goes away (every reader with it), then comes back.
    await sim!.stop();
    await pcscd.stop();
    await expect.poll(() => device.status(), { timeout: 10_000 }).toMatchObject({ state: 'disconnected', problem: 'pcsc.no-service' });
    expect(device.cardPresent()).toBe(false);
    await pcscd.start();
    await expect.poll(() => device.status().state, { timeout: 10_000 }).toBe('ready');
    await startSim();
    await expect.poll(() => device.cardPresent(), { timeout: 10_000 }).toBe(true);
    const r = await device.read({ can: an.idNumber.slice(-6), trustStore: testTrustStore() });
    expect(r.ok && r.value.passiveAuthentication.status).toBe('verified');
    expect(statuses.some((s) => s.problem === 'pcsc.no-service')).toBe(true);
  });
});

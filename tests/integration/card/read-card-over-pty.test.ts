import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCard } from '../../../drivers/card/read-card';
import { deriveChipAccess } from '../../../drivers/cccd/index';
import type { Pn532Reader } from '../../../drivers/pn532/reader';
import type { CardProfile } from '../../../drivers/sim/card-profile/index';
import { cardQrPayload, type SimulatedCardOptions } from '../../../drivers/sim/simulated-card';
import { openReader, shippedCard, startSimOnPty, testTrustStore, type SimOnPty } from './support';

/**
 * readCard through the whole real stack: Pn532Reader on one end of a socat pty pair, the virtual PN532
 * (115200 baud, on a SerialLink) holding a virtual CCCD chip on the other. Every fault the simulator
 * can inject ends in recovery or in one typed error within its time bound.
 */

const APDU_TIMEOUT_MS = 1500;
const ABSENT_CARD_MS = 100;

let env: SimOnPty;
let reader: Pn532Reader;
let an: CardProfile;
const can = () => an.idNumber.slice(-6);

beforeAll(async () => {
  an = await shippedCard('nguyen-van-an');
  env = await startSimOnPty({ absentCardTimeoutMs: ABSENT_CARD_MS });
  reader = await openReader(env.pty.a, { apduTimeoutMs: APDU_TIMEOUT_MS });
});

afterAll(async () => {
  await reader?.close();
  await env?.close();
});

afterEach(() => env.sim.clearFaults());

/** Taps a fresh card, waits for it, and reads it; the target is released afterwards. */
async function tapAndRead(request: Parameters<typeof readCard>[1], card: SimulatedCardOptions = {}) {
  env.tap(an, card);
  const target = await reader.waitForCard({ pollIntervalMs: 20, signal: AbortSignal.timeout(3000) });
  const t0 = performance.now();
  try {
    const result = await readCard(target, { trustStore: testTrustStore(), ...request });
    return { result, ms: performance.now() - t0 };
  } finally {
    await target.release({ timeoutMs: 500 }).catch(() => undefined);
  }
}

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; detail: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail}`);
  return r.value;
};

describe('full reads over a pty', () => {
  it('PACE-CAN: DG1, DG13, DG2 and the SOD, verified', async () => {
    const { result } = await tapAndRead({ can: can(), files: ['DG1', 'DG13', 'DG2', 'SOD'] });
    const r = value(result);
    expect(r.method).toBe('PACE-CAN');
    expect(r.dg13).toMatchObject({ idNumber: an.idNumber, fullName: 'Nguyễn Văn An', dateOfBirth: '1993-01-05' });
    expect(r.dg13).not.toHaveProperty('ethnicity');
    expect(r.dg1?.mrz.documentNumber).toBe(an.idNumber.slice(-9));
    expect(r.face?.mimeType).toBe('image/jpeg');
    expect(Buffer.from(r.face!.image).equals(Buffer.from(an.portraitJpeg))).toBe(true);
    expect(r.passiveAuthentication.status).toBe('verified');
    expect(r.stats.reauthentications).toBe(0);
  });

  it('BAC with the MRZ data (document number, birth, expiry)', async () => {
    const mrz = { documentNumber: an.idNumber.slice(-9), dateOfBirth: '930105', dateOfExpiry: '330105' };
    const r = value((await tapAndRead({ mrzCandidates: [mrz] })).result);
    expect(r.method).toBe('BAC');
    expect(r.dg13?.fullName).toBe('Nguyễn Văn An');
    expect(r.passiveAuthentication.status).toBe('verified');
  });

  it('a wrong CAN falls back to BAC with the candidates derived from the card QR', async () => {
    const [id = '', , , dob = '', , , issued = ''] = cardQrPayload(an).split('|');
    const iso = (d: string) => `${d.slice(4)}-${d.slice(2, 4)}-${d.slice(0, 2)}`;
    const access = deriveChipAccess({ personalId: id, dateOfBirth: iso(dob), issueDate: iso(issued) }, { today: '2026-11-23' });
    if (!access.ok) throw new Error(access.error.code);
    const r = value((await tapAndRead({ can: '000000', mrzCandidates: access.value.bacCandidates })).result);
    expect(r.method).toBe('BAC');
    expect(r.stats.failedAccessAttempts).toBe(1);
    expect(r.passiveAuthentication.status).toBe('verified');
  });

  it('a wrong CAN alone is access.denied', async () => {
    const { result } = await tapAndRead({ can: '000000' });
    expect(result.ok ? 'ok' : result.error.code).toBe('access.denied');
  });

  it('a tampered DG13 fails passive authentication', async () => {
    const r = value((await tapAndRead({ can: can() }, { tamperDataGroup: 13 })).result);
    expect(r.passiveAuthentication.status).toBe('failed');
    expect(r.passiveAuthentication.reasonCode).toBe('pa.dg-hash-mismatch');
  });

  it('a card signed by an unknown CSCA is not checkable', async () => {
    const r = value((await tapAndRead({ can: can() }, { unknownCsca: true })).result);
    expect(r.passiveAuthentication.status).toBe('not-checkable');
    expect(r.passiveAuthentication.reasonCode).toBe('pa.no-trusted-csca');
  });
});

describe('faults of the simulator over a pty', () => {
  it('corrupt checksum: one damaged answer is NACKed and the read completes', async () => {
    env.sim.injectFaults({ corruptChecksumFrames: 1 });
    const nacks = env.sim.stats.nacksReceived;
    const r = value((await tapAndRead({ can: can() })).result);
    expect(r.passiveAuthentication.status).toBe('verified');
    expect(env.sim.stats.nacksReceived - nacks).toBe(1);
  });

  it('corrupt checksum on every retransmission mid-read: pn532.checksum, well within the APDU timeout', async () => {
    env.tap(an);
    const target = await reader.waitForCard({ pollIntervalMs: 20, signal: AbortSignal.timeout(3000) });
    let failingSince = 0;
    const result = await readCard(target, {
      can: can(),
      trustStore: testTrustStore(),
      onProgress: (p) => {
        // Damage every answer (and both retransmissions) once the chip is open and DG13 is being read.
        if (p.step === 'DG13' && failingSince === 0) {
          failingSince = performance.now();
          env.sim.injectFaults({ corruptChecksumFrames: 3 });
        }
      },
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('pn532.checksum');
    expect(performance.now() - failingSince).toBeLessThan(APDU_TIMEOUT_MS);
    await target.release().catch(() => undefined);
  });

  it('dropped ACKs: the answers still arrive and the read completes', async () => {
    env.sim.injectFaults({ dropAcks: 3 });
    const r = value((await tapAndRead({ can: can() })).result);
    expect(r.passiveAuthentication.status).toBe('verified');
    expect(env.sim.faults.dropAcks).toBe(0);
  });

  it('garbage bytes before frames are skipped', async () => {
    env.sim.injectFaults({ garbageFrames: 10 });
    const r = value((await tapAndRead({ can: can() })).result);
    expect(r.passiveAuthentication.status).toBe('verified');
    expect(env.sim.faults.garbageFrames).toBe(0);
  });

  it('card removed after N APDUs: card.timeout within the absent-card time, and the field is empty', async () => {
    env.tap(an);
    const target = await reader.waitForCard({ pollIntervalMs: 20, signal: AbortSignal.timeout(3000) });
    env.sim.injectFaults({ removeCardAfterApdus: 8 });
    const t0 = performance.now();
    const result = await readCard(target, { can: can(), trustStore: testTrustStore() });
    const ms = performance.now() - t0;
    expect(result.ok ? 'ok' : result.error.code).toBe('card.timeout');
    expect(await reader.cardPresent()).toBe(false);
    expect(ms).toBeLessThan(3000);
  });

  it('slow card: 40 ms more per APDU still reads, in proportionally more time', async () => {
    env.sim.injectFaults({ slowCardExtraMs: 40 });
    const { result, ms } = await tapAndRead({ can: can() });
    const r = value(result);
    expect(r.passiveAuthentication.status).toBe('verified');
    expect(ms).toBeGreaterThan(40 * r.stats.apdus);
  });

  it('a card slower than the APDU timeout gives card.timeout within that timeout', async () => {
    env.tap(an);
    const target = await reader.waitForCard({ pollIntervalMs: 20, signal: AbortSignal.timeout(3000) });
    env.sim.injectFaults({ slowCardExtraMs: APDU_TIMEOUT_MS + 1000 });
    const t0 = performance.now();
    const result = await readCard(target, { can: can(), trustStore: testTrustStore() });
    const ms = performance.now() - t0;
    expect(result.ok ? 'ok' : result.error.code).toBe('card.timeout');
    expect(ms).toBeGreaterThanOrEqual(APDU_TIMEOUT_MS);
    expect(ms).toBeLessThan(APDU_TIMEOUT_MS + 500);
    env.sim.clearFaults();
    await target.release().catch(() => undefined);
  });

  it('SM failure mid-read (6988): re-authenticates, resumes and verifies', async () => {
    const r = value((await tapAndRead({ can: can(), files: ['DG1', 'DG13', 'DG2', 'SOD'] }, { faults: { smFailureAfterProtectedApdus: [4, 12] } })).result);
    expect(r.stats.reauthentications).toBe(2);
    expect(r.passiveAuthentication.status).toBe('verified');
    expect(r.face?.image.length).toBe(an.portraitJpeg.length);
  });
});

import { describe, expect, it } from 'vitest';
import { deriveChipAccess } from '../cccd/index';
import { trustStoreFromFiles } from '../emrtd/pa/index';
import { shippedProfile } from '../sim/card-profile/shipped-profiles.fixtures';
import { defaultTestPki } from '../sim/card-profile/test-pki';
import { VirtualCardTransceiver } from '../sim/cccd-chip/index';
import { virtualCardFromProfile, cardQrPayload } from '../sim/simulated-card';
import { readCard } from './read-card';

const trustStore = () => trustStoreFromFiles([{ name: 'simulator-test-csca.der', bytes: defaultTestPki().csca.der }]);

async function setup(options: Parameters<typeof virtualCardFromProfile>[1] = {}, id: 'nguyen-van-an' | 'tran-thi-binh-60' = 'nguyen-van-an') {
  const profile = await shippedProfile(id);
  const chip = virtualCardFromProfile(profile, options);
  chip.reset();
  return { profile, chip, transceiver: new VirtualCardTransceiver(chip) };
}

describe('readCard', () => {
  it('reads DG1, DG13 and the SOD with PACE-CAN and verifies them against the trust store', async () => {
    const { transceiver, profile } = await setup();
    const progress: number[] = [];
    const r = await readCard(transceiver, { can: profile.idNumber.slice(-6), trustStore: trustStore(), onProgress: (p) => progress.push(p.fraction) });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.method).toBe('PACE-CAN');
    expect(r.value.dg13).toMatchObject({ idNumber: '001093012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1993-01-05', dateOfExpiry: '2033-01-05' });
    expect(r.value.dg13).not.toHaveProperty('ethnicity');
    expect(r.value.dg1?.mrz.documentNumber).toBe('093012345');
    expect(r.value.passiveAuthentication.status).toBe('verified');
    expect(r.value.face).toBeUndefined();
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(r.value.stats.apdus).toBeGreaterThan(5);
  });

  it('reads the portrait only when DG2 is asked for, and the sensitive fields only when asked', async () => {
    const { transceiver, profile } = await setup();
    const r = await readCard(transceiver, { can: profile.idNumber.slice(-6), files: ['DG1', 'DG13', 'DG2', 'SOD'], includeSensitive: true, trustStore: trustStore() });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.face?.mimeType).toBe('image/jpeg');
    expect(r.value.dg13?.ethnicity).toBe('Kinh');
    expect(r.value.passiveAuthentication.status).toBe('verified');
  });

  it('falls back to BAC with the QR-derived candidates when the CAN is wrong', async () => {
    const { transceiver, profile } = await setup();
    const qr = cardQrPayload(profile).split('|');
    const access = deriveChipAccess({ personalId: qr[0]!, dateOfBirth: profile.dateOfBirth, issueDate: profile.dateOfIssue }, { today: '2026-11-23' });
    if (!access.ok) throw new Error(access.error.code);
    const r = await readCard(transceiver, { can: '000000', mrzCandidates: access.value.bacCandidates, trustStore: trustStore() });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.method).toBe('BAC');
    expect(r.value.stats.failedAccessAttempts).toBeGreaterThanOrEqual(1);
  });

  it('reads a card with no expiry (an elderly citizen) and reports it as such', async () => {
    const { transceiver, profile } = await setup({}, 'tran-thi-binh-60');
    const r = await readCard(transceiver, { can: profile.idNumber.slice(-6), trustStore: trustStore() });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.dg13?.dateOfExpiry).toBeNull();
  });

  it('fails passive authentication on a tampered DG13 and is not-checkable with an unknown signer', async () => {
    const tampered = await setup({ tamperDataGroup: 13 });
    const t = await readCard(tampered.transceiver, { can: tampered.profile.idNumber.slice(-6), trustStore: trustStore() });
    expect(t.ok && t.value.passiveAuthentication.status).toBe('failed');
    expect(t.ok && t.value.passiveAuthentication.reasonCode).toBe('pa.dg-hash-mismatch');
    const unknown = await setup({ unknownCsca: true });
    const u = await readCard(unknown.transceiver, { can: unknown.profile.idNumber.slice(-6), trustStore: trustStore() });
    expect(u.ok && u.value.passiveAuthentication.status).toBe('not-checkable');
  });

  it('says access.denied for a wrong CAN without candidates, card.removed when lifted, card.cancelled when aborted', async () => {
    const wrong = await setup();
    expect(await readCard(wrong.transceiver, { can: '999999' })).toMatchObject({ ok: false, error: { code: 'access.denied' } });
    const lifted = await setup({ faults: { removeAfterApdus: 12 } });
    // 223-byte chunks: enough APDUs for the fault to fire mid-read (the chip would take 2,048-byte reads).
    expect(await readCard(lifted.transceiver, { can: lifted.profile.idNumber.slice(-6), chunkSize: 223 })).toMatchObject({ ok: false, error: { code: 'card.removed' } });
    const cancelled = await setup();
    const controller = new AbortController();
    controller.abort();
    expect(await readCard(cancelled.transceiver, { can: cancelled.profile.idNumber.slice(-6), signal: controller.signal })).toMatchObject({ ok: false, error: { code: 'card.cancelled' } });
  });

  it('re-authenticates and resumes after a secure-messaging failure mid-read', async () => {
    const { transceiver, profile } = await setup({ faults: { smFailureAfterProtectedApdus: 4 } });
    const r = await readCard(transceiver, { can: profile.idNumber.slice(-6), trustStore: trustStore(), chunkSize: 223 });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.stats.reauthentications).toBe(1);
    expect(r.value.passiveAuthentication.status).toBe('verified');
  });
});

import { describe, expect, it } from 'vitest';
import { bytesToHex, concatBytes, hexToBytes } from '../bytes';
import { encodeTlv } from '../lds/tlv';
import { readFile } from '../files/read-file';
import { buildMinimalFiles } from '../../sim/cccd-chip/testing/minimal-files';
import { makeTestChip, TEST_CAN, TEST_MRZ, TEST_MRZ_INFORMATION } from '../../sim/cccd-chip/testing/test-chip';
import { establishAccess } from './establish-access';
import { DriverFailure } from '../../result';

const files = buildMinimalFiles();
const wrongExpiry = { ...TEST_MRZ, dateOfExpiry: '290815' };

describe('establishAccess against the virtual CCCD chip', () => {
  it('opens with PACE-CAN and selects the application under SM', async () => {
    const { transceiver } = makeTestChip();
    const r = await establishAccess(transceiver, { can: TEST_CAN, mrzCandidates: [TEST_MRZ] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.method).toBe('PACE-CAN');
    expect(r.value.attempts).toEqual([{ method: 'PACE-CAN', outcome: 'granted' }]);
    expect(r.value.failedAttempts).toBe(0);
    expect(r.value.paceInfo).toMatchObject({ protocol: '0.4.0.127.0.7.2.2.4.2.2', parameterId: 13 });
    // no SELECT MF anywhere; the application is selected under SM (CLA 0C) as the last command
    expect(transceiver.commands.some((c) => c[1] === 0xa4 && c[2] === 0x00)).toBe(false);
    expect(bytesToHex(transceiver.commands.at(-1)!.subarray(0, 4))).toBe('0CA4040C');
    const dg1 = await readFile(r.value.session, 'DG1');
    expect(dg1.ok && bytesToHex(dg1.value.bytes)).toBe(bytesToHex(files.DG1!));
  });
  it('reads a VN-style EF.CardAccess with PACE, CA and TA infos and sends no parameter ID for one PACEInfo', async () => {
    const seq = (...parts: Uint8Array[]) => encodeTlv(0x30, concatBytes(...parts));
    const oid = (hex: string) => encodeTlv(0x06, hexToBytes(hex));
    const int = (n: number) => encodeTlv(0x02, Uint8Array.of(n));
    const cardAccess = encodeTlv(
      0x31,
      concatBytes(
        seq(oid('04007F00070202040202'), int(2), int(13)), // PACEInfo id-PACE-ECDH-GM-AES-CBC-CMAC-128 v2 brainpoolP256r1
        seq(oid('04007F00070202030202'), int(1), int(1)), // ChipAuthenticationInfo id-CA-ECDH-AES-CBC-CMAC-128
        seq(oid('04007F0007020202'), int(1)), // TerminalAuthenticationInfo
      ),
    );
    const { transceiver } = makeTestChip({ files: { ...files, CardAccess: cardAccess } });
    const r = await establishAccess(transceiver, { can: TEST_CAN });
    expect(r.ok && r.value.method).toBe('PACE-CAN');
    const mse = transceiver.commands.find((c) => c[1] === 0x22)!;
    expect(bytesToHex(mse)).toBe('0022C1A40F800A04007F00070202040202830102');
  });
  it('answers access.denied with the attempt counted for a wrong CAN and nothing else to try', async () => {
    const { transceiver } = makeTestChip();
    const r = await establishAccess(transceiver, { can: '999999' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('access.denied');
    expect(r.error.failedAttempts).toBe(1);
    expect(r.error.attempts).toEqual([{ method: 'PACE-CAN', outcome: 'denied', code: 'pace.denied' }]);
  });
  it('falls back to BAC over the MRZ candidates in order, counting refusals', async () => {
    const { transceiver } = makeTestChip();
    const r = await establishAccess(transceiver, { can: '999999', mrzCandidates: [wrongExpiry, TEST_MRZ] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.method).toBe('BAC');
    expect(r.value.failedAttempts).toBe(2);
    expect(r.value.attempts.map((a) => [a.method, a.candidate, a.outcome])).toEqual([
      ['PACE-CAN', undefined, 'denied'],
      ['BAC', 0, 'denied'],
      ['BAC', 1, 'granted'],
    ]);
    expect(r.value.session.algorithm).toBe('3DES');
  });
  it('uses BAC on a chip without EF.CardAccess even when a CAN is given', async () => {
    const { transceiver } = makeTestChip({ pace: null }, { cardAccess: false });
    const r = await establishAccess(transceiver, { can: TEST_CAN, mrzCandidates: [TEST_MRZ_INFORMATION] });
    expect(r.ok && r.value.method).toBe('BAC');
    expect(r.ok && r.value.paceInfo).toBeUndefined();
  });
  it('uses PACE-MRZ when asked to', async () => {
    const { transceiver } = makeTestChip();
    const r = await establishAccess(transceiver, { mrzCandidates: [TEST_MRZ], paceWithMrz: true });
    expect(r.ok && r.value.method).toBe('PACE-MRZ');
  });
  it('says access.no-credentials when there is nothing to try', async () => {
    const { transceiver } = makeTestChip({ pace: null }, { cardAccess: false });
    const r = await establishAccess(transceiver, { can: TEST_CAN, mrzCandidates: [{ documentNumber: 'bad!', dateOfBirth: '1', dateOfExpiry: '2' }] });
    expect(r.ok ? 'ok' : r.error.code).toBe('access.no-credentials');
  });
  it('stops at once when the card is removed, with the attempts so far', async () => {
    // CardAccess read (1) + PACE-CAN (5, denied) + SELECT application (1), then the card leaves at GET CHALLENGE.
    const { transceiver } = makeTestChip({ faults: { removeAfterApdus: 7 } });
    const r = await establishAccess(transceiver, { can: '999999', mrzCandidates: [wrongExpiry, TEST_MRZ] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('card.removed');
    expect(r.error.failedAttempts).toBe(1);
    expect(r.error.attempts.map((a) => a.outcome)).toEqual(['denied', 'failed']);
  });
  it.each(['pn532.checksum', 'link.disconnected', 'reader.closed'])(
    'treats a %s while reading EF.CardAccess as a transport failure, not as a chip without PACE',
    async (code) => {
      const failing = { transmit: async () => { throw new DriverFailure({ code, detail: 'injected' }); } };
      const r = await establishAccess(failing, { can: TEST_CAN, mrzCandidates: [TEST_MRZ] });
      expect(r).toMatchObject({ ok: false, error: { code } });
    },
  );

  it('gives a reauthenticate that repeats the winning method', async () => {
    const { transceiver } = makeTestChip();
    const r = await establishAccess(transceiver, { can: TEST_CAN });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    r.value.session.drop();
    const again = await r.value.reauthenticate();
    expect(again.ok && again.value.active).toBe(true);
    if (!again.ok) return;
    const com = await readFile(again.value, 'COM');
    expect(com.ok && bytesToHex(com.value.bytes)).toBe(bytesToHex(files.COM!));
  });
  it('reads a whole card after an injected SM failure using reauthenticate', async () => {
    const { transceiver } = makeTestChip({ faults: { smFailureAfterProtectedApdus: 20 } });
    const access = await establishAccess(transceiver, { can: TEST_CAN });
    if (!access.ok) throw new Error(access.error.code);
    let session = access.value.session;
    let reauths = 0;
    for (const name of ['COM', 'DG1', 'DG2', 'DG13', 'DG14', 'SOD'] as const) {
      const r = await readFile(session, name, { reauthenticate: access.value.reauthenticate });
      expect(r.ok, name).toBe(true);
      if (!r.ok) return;
      expect(bytesToHex(r.value.bytes)).toBe(bytesToHex(files[name]!));
      session = r.value.session;
      reauths += r.value.reauthentications;
    }
    expect(reauths).toBe(1);
  });
});

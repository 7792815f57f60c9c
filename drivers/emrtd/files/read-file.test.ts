import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../bytes';
import { performPace } from '../pace/pace';
import { buildMinimalFiles } from '../../sim/cccd-chip/testing/minimal-files';
import { makeTestChip, TEST_CAN } from '../../sim/cccd-chip/testing/test-chip';
import type { VirtualCccdChipOptions } from '../../sim/cccd-chip/chip-options';
import type { SmSession } from '../sm/session';
import { readFile } from './read-file';
import type { Result } from '../../result';

const PACE_PARAMS = { protocol: '0.4.0.127.0.7.2.2.4.2.2', parameterId: 13 };
const AID = hexToBytes('A0000002471001');
const files = buildMinimalFiles();

const setup = async (overrides: Partial<VirtualCccdChipOptions> = {}) => {
  const t = makeTestChip(overrides);
  const open = async (): Promise<Result<SmSession>> => {
    const r = await performPace(t.transceiver, { kind: 'can', can: TEST_CAN }, PACE_PARAMS);
    if (!r.ok) return r;
    const sel = await r.value.transmit({ cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
    return sel.ok ? r : sel;
  };
  const first = await open();
  if (!first.ok) throw new Error(first.error.code);
  let reauths = 0;
  const reauthenticate = () => {
    reauths++;
    return open();
  };
  return { ...t, session: first.value, reauthenticate, reauths: () => reauths };
};

/** INS and P1 of every protected READ BINARY the reader sent (INS is not masked under SM). */
const reads = (commands: Uint8Array[]) => commands.filter((c) => c[0] === 0x0c && (c[1] === 0xb0 || c[1] === 0xb1));

describe('readFile under secure messaging', () => {
  it('reads a 95-byte DG1 in one READ BINARY by SFI (no SELECT)', async () => {
    const { session, transceiver } = await setup();
    const before = transceiver.commands.length;
    const r = await readFile(session, 'DG1');
    expect(r.ok && bytesToHex(r.value.bytes)).toBe(bytesToHex(files.DG1!));
    expect(r.ok && r.value.commands).toBe(1);
    const cmd = transceiver.commands[before]!;
    expect([cmd[1], cmd[2]]).toEqual([0xb0, 0x81]); // READ BINARY, SFI 01
  });
  it('reads across 223-byte chunk boundaries and past offset 32767 with B1 / DO 54', async () => {
    const { session, transceiver } = await setup();
    const progress: number[] = [];
    const r = await readFile(session, 'DG2', { onProgress: (n) => progress.push(n) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.bytes.length).toBe(files.DG2!.length);
    expect(bytesToHex(r.value.bytes)).toBe(bytesToHex(files.DG2!));
    const sent = reads(transceiver.commands);
    expect(sent.some((c) => c[1] === 0xb1)).toBe(true);
    expect(sent.filter((c) => c[1] === 0xb0).length).toBe(Math.ceil(32768 / 223));
    expect(progress.at(-1)).toBe(files.DG2!.length);
  });
  it('selects by FID first when asked', async () => {
    const { session, transceiver } = await setup();
    const before = transceiver.commands.length;
    const r = await readFile(session, 'DG13', { selectBy: 'fid' });
    expect(r.ok && bytesToHex(r.value.bytes)).toBe(bytesToHex(files.DG13!));
    expect(transceiver.commands[before]![1]).toBe(0xa4);
  });
  it('refuses DG3 before sending anything', async () => {
    const { session, transceiver } = await setup();
    const before = transceiver.commands.length;
    const r = await readFile(session, 'DG3');
    expect(r.ok ? 'ok' : r.error.code).toBe('file.refused');
    const byFid = await readFile(session, { name: 'other', fid: 0x0103, sfi: 3 });
    expect(byFid.ok ? 'ok' : byFid.error.code).toBe('file.refused');
    expect(transceiver.commands.length).toBe(before);
    expect(session.active).toBe(true);
  });
  it('reports file.not-found for an absent file and keeps the session', async () => {
    const { session } = await setup();
    const r = await readFile(session, 'DG15');
    expect(r.ok ? 'ok' : r.error.code).toBe('file.not-found');
    expect(session.active).toBe(true);
  });
  it('re-authenticates after an injected SM failure and resumes from the offset reached', async () => {
    // Protected APDUs: 1 = SELECT application, then DG2 reads; fail the 40th, i.e. mid-file.
    const { session, transceiver, reauthenticate, reauths } = await setup({ faults: { smFailureAfterProtectedApdus: 40 } });
    const r = await readFile(session, 'DG2', { reauthenticate });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(bytesToHex(r.value.bytes)).toBe(bytesToHex(files.DG2!));
    expect(r.value.reauthentications).toBe(1);
    expect(reauths()).toBe(1);
    expect(r.value.session).not.toBe(session);
    expect(session.active).toBe(false);
    // Resumed, not restarted: one extra read (the failed one) and one SELECT by FID after re-authentication.
    const normal = Math.ceil(32768 / 223) + Math.ceil((files.DG2!.length - 32768) / 219);
    expect(reads(transceiver.commands).length).toBeLessThanOrEqual(normal + 2);
  });
  it('returns the SM error when no re-authentication is offered', async () => {
    const { session } = await setup({ faults: { smFailureAfterProtectedApdus: 3 } });
    const r = await readFile(session, 'DG2');
    expect(r.ok ? 'ok' : r.error.code).toBe('sm.card-error');
  });
  it('gives up after maxReauthentications', async () => {
    const { session, reauthenticate } = await setup({ faults: { smFailureAfterProtectedApdus: [3, 6, 9, 12, 15] } });
    const r = await readFile(session, 'DG2', { reauthenticate, maxReauthentications: 2 });
    expect(r.ok ? 'ok' : r.error.code).toBe('sm.card-error');
  });
  it('steps the chunk size down on 6700 (small-buffer chip)', async () => {
    const { session } = await setup({ faults: { smallBuffer: { maxLe: 100, answer: '6700' } } });
    const r = await readFile(session, 'DG13');
    expect(r.ok && bytesToHex(r.value.bytes)).toBe(bytesToHex(files.DG13!));
  });
  it('follows the exact length of 6Cxx (small-buffer chip)', async () => {
    const { session, transceiver } = await setup({ faults: { smallBuffer: { maxLe: 0x70, answer: '6Cxx' } } });
    const r = await readFile(session, 'SOD');
    expect(r.ok && bytesToHex(r.value.bytes)).toBe(bytesToHex(files.SOD!));
    // one refused read, then chunks of 0x70
    expect(reads(transceiver.commands).length).toBe(1 + Math.ceil(files.SOD!.length / 0x70));
  });
  it('stops with card.removed when the card leaves mid-read (no re-authentication attempted)', async () => {
    // PACE (MSE + 4 GENERAL AUTHENTICATE) + SELECT application = 6 APDUs; leave during the DG2 read.
    const { session, reauthenticate, reauths } = await setup({ faults: { removeAfterApdus: 6 + 10 } });
    const r = await readFile(session, 'DG2', { reauthenticate });
    expect(r.ok ? 'ok' : r.error.code).toBe('card.removed');
    expect(reauths()).toBe(0);
    expect(session.active).toBe(false);
  });
});

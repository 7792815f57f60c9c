import { describe, expect, it } from 'vitest';
import { performBac } from '../../emrtd/bac/bac';
import { bytesToHex, hexToBytes } from '../../emrtd/bytes';
import { readCardAccess, readFile } from '../../emrtd/files/read-file';
import { performPace } from '../../emrtd/pace/pace';
import { sendPlain } from '../../emrtd/plain-exchange';
import type { SmSession } from '../../emrtd/sm/session';
import { DEFAULT_CHIP_TIMING } from './chip-options';
import { buildMinimalFiles, VN_CARD_ACCESS } from './testing/minimal-files';
import { makeTestChip, TEST_CAN, TEST_MRZ_INFORMATION } from './testing/test-chip';

const PACE_PARAMS = { protocol: '0.4.0.127.0.7.2.2.4.2.2', parameterId: 13 };
const AID = hexToBytes('A0000002471001');
const files = buildMinimalFiles();

const openWithPace = async (t: ReturnType<typeof makeTestChip>['transceiver']): Promise<SmSession> => {
  const r = await performPace(t, { kind: 'can', can: TEST_CAN }, PACE_PARAMS);
  if (!r.ok) throw new Error(r.error.code);
  const sel = await r.value.transmit({ cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
  expect(sel.ok && sel.value.sw).toBe(0x9000);
  return r.value;
};

describe('VirtualCccdChip without authentication (cccd.md real-card behaviour)', () => {
  it('answers 6D00 to SELECT MF', async () => {
    const { transceiver } = makeTestChip();
    const r = await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 0, p2: 0x0c, data: hexToBytes('3F00') });
    expect(r.ok && r.value.sw).toBe(0x6d00);
  });
  it('gives EF.CardAccess by SFI and by SELECT 011C without SM', async () => {
    const { transceiver } = makeTestChip();
    const viaReader = await readCardAccess(transceiver);
    expect(viaReader.ok && bytesToHex(viaReader.value)).toBe(bytesToHex(VN_CARD_ACCESS));
    expect(bytesToHex(transceiver.commands[0]!)).toBe('00B09C00DF'); // READ BINARY, SFI 1C, no SELECT MF
    const sel = await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 2, p2: 0x0c, data: hexToBytes('011C') });
    expect(sel.ok && sel.value.sw).toBe(0x9000);
  });
  it('refuses data groups without secure messaging (6982)', async () => {
    const { transceiver } = makeTestChip();
    await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
    const r = await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 2, p2: 0x0c, data: hexToBytes('0101') });
    expect(r.ok && r.value.sw).toBe(0x6982);
  });
  it('reports file.not-found for a chip without EF.CardAccess', async () => {
    const { transceiver } = makeTestChip({ pace: null }, { cardAccess: false });
    const r = await readCardAccess(transceiver);
    expect(r.ok ? 'ok' : r.error.code).toBe('file.not-found');
  });
});

describe('full sessions between the protocol code and the chip', () => {
  it('PACE-CAN, SELECT application under SM, reads DG1', async () => {
    const { transceiver, link } = makeTestChip();
    const session = await openWithPace(transceiver);
    expect(session.algorithm).toBe('AES-128');
    const dg1 = await readFile(session, 'DG1');
    expect(dg1.ok && bytesToHex(dg1.value.bytes)).toBe(bytesToHex(files.DG1!));
    // PACE's two ECDH steps dominate the card time
    expect(link.cardTimeMs).toBeGreaterThan(2 * DEFAULT_CHIP_TIMING.ecdhStepMs);
  });
  it('PACE-MRZ', async () => {
    const { transceiver } = makeTestChip();
    const r = await performPace(transceiver, { kind: 'mrz', mrzInformation: TEST_MRZ_INFORMATION }, PACE_PARAMS);
    expect(r.ok).toBe(true);
  });
  it('BAC after selecting the application', async () => {
    const { transceiver } = makeTestChip();
    await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
    const r = await performBac(transceiver, TEST_MRZ_INFORMATION);
    expect(r.ok && r.value.algorithm).toBe('3DES');
    if (!r.ok) return;
    const com = await readFile(r.value, 'COM');
    expect(com.ok && bytesToHex(com.value.bytes)).toBe(bytesToHex(files.COM!));
  });
  it('BAC with a wrong MRZ is answered 6300 → bac.denied', async () => {
    const { transceiver } = makeTestChip();
    await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
    const r = await performBac(transceiver, '012345678879081533408169');
    expect(r.ok ? 'ok' : r.error.code).toBe('bac.denied');
  });
  it('PACE with a wrong CAN is refused at step 4 → pace.denied', async () => {
    const { transceiver } = makeTestChip();
    const r = await performPace(transceiver, { kind: 'can', can: '000000' }, PACE_PARAMS);
    expect(r.ok ? 'ok' : r.error.code).toBe('pace.denied');
    expect(transceiver.insList()).toEqual([0x22, 0x86, 0x86, 0x86, 0x86]);
  });
  it('works with every AES key length and with 3DES PACE on other curves', async () => {
    for (const [oid, id] of [['0.4.0.127.0.7.2.2.4.2.1', 12], ['0.4.0.127.0.7.2.2.4.2.3', 14], ['0.4.0.127.0.7.2.2.4.2.4', 16]] as const) {
      const { transceiver } = makeTestChip({ pace: { protocol: oid, parameterId: id } });
      const r = await performPace(transceiver, { kind: 'can', can: TEST_CAN }, { protocol: oid, parameterId: id });
      expect(r.ok, `${oid} on ${id}`).toBe(true);
      if (!r.ok) continue;
      const sel = await r.value.transmit({ cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
      expect(sel.ok && sel.value.sw).toBe(0x9000);
    }
  });
});

describe('secure messaging faults on the chip', () => {
  it('DG3 answers 6982 in plain and drops the SM session on both sides', async () => {
    const { transceiver, chip } = makeTestChip();
    const session = await openWithPace(transceiver);
    const r = await session.transmit({ cla: 0, ins: 0xa4, p1: 2, p2: 0x0c, data: hexToBytes('0103') });
    expect(r.ok ? 'ok' : [r.error.code, r.error.sw]).toEqual(['sm.plain-status', 0x6982]);
    expect(session.active).toBe(false);
    expect(chip.counters.secureMessaging).toBe(false);
  });
  it('a plain command while SM is up ends the session on the chip', async () => {
    const { transceiver, chip } = makeTestChip();
    await openWithPace(transceiver);
    expect(chip.counters.secureMessaging).toBe(true);
    await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
    expect(chip.counters.secureMessaging).toBe(false);
  });
  it('answers 6988 and drops keys after N protected APDUs when injected', async () => {
    const { transceiver, chip } = makeTestChip({ faults: { smFailureAfterProtectedApdus: 2 } });
    const session = await openWithPace(transceiver); // protected APDU 1
    const ok2 = await session.transmit({ cla: 0, ins: 0xa4, p1: 2, p2: 0x0c, data: hexToBytes('011E') });
    expect(ok2.ok).toBe(true);
    const third = await session.transmit({ cla: 0, ins: 0xb0, p1: 0, p2: 0, ne: 4 });
    expect(third.ok ? 'ok' : [third.error.code, third.error.sw]).toEqual(['sm.card-error', 0x6988]);
    expect(chip.counters.secureMessaging).toBe(false);
  });
  it('a tampered protected command is answered 6988 and drops the keys', async () => {
    const { transceiver, chip } = makeTestChip();
    await openWithPace(transceiver);
    const r = await sendPlain(transceiver, { cla: 0x0c, ins: 0xb0, p1: 0, p2: 0, data: hexToBytes('9701048E080102030405060708'), ne: 256 });
    expect(r.ok && r.value.sw).toBe(0x6988);
    expect(chip.counters.secureMessaging).toBe(false);
  });
  it('throws CardRemoved after N APDUs (card.removed through the transceiver) until reset', async () => {
    const { transceiver, chip } = makeTestChip({ faults: { removeAfterApdus: 1 } });
    expect((await readCardAccess(transceiver)).ok).toBe(true);
    const r = await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
    expect(r.ok ? 'ok' : r.error.code).toBe('card.removed');
    chip.reset();
    const again = await sendPlain(transceiver, { cla: 0, ins: 0xa4, p1: 4, p2: 0x0c, data: AID });
    expect(again.ok && again.value.sw).toBe(0x9000);
  });
  it('reports card time per APDU from its timing model', () => {
    const { chip } = makeTestChip({ timing: { perApduMs: 5, perByteMs: 0 } });
    const { cardTimeMs } = chip.transmit(hexToBytes('00A4000C023F00'));
    expect(cardTimeMs).toBe(5);
  });
});

describe('VirtualCccdChip on arbitrary command bytes (property)', () => {
  it('always answers with a status word and never throws, before and during SM', async () => {
    const fc = (await import('fast-check')).default;
    const { chip, transceiver } = makeTestChip();
    await openWithPace(transceiver);
    const apdu = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(fc.constantFrom(0x00, 0x0c, 0x10), fc.constantFrom(0xa4, 0xb0, 0xb1, 0x84, 0x82, 0x22, 0x86), fc.uint8Array({ minLength: 2, maxLength: 60 }))
        .map(([cla, ins, rest]) => Uint8Array.of(cla, ins, ...rest)),
    );
    fc.assert(
      fc.property(apdu, (bytes) => {
        const { response, cardTimeMs } = chip.transmit(bytes);
        expect(response.length).toBeGreaterThanOrEqual(2);
        expect(cardTimeMs).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('VirtualCardTransceiver', () => {
  it('rejects with card.cancelled when the signal is already aborted, without touching the card', async () => {
    const { chip, link } = makeTestChip();
    const controller = new AbortController();
    controller.abort();
    await expect(link.transmit(hexToBytes('00A4040C07A0000002471001'), { signal: controller.signal })).rejects.toMatchObject({
      error: { code: 'card.cancelled' },
    });
    expect(chip.counters.apdus).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pn532Reader } from '../../../drivers/pn532/reader';
import type { Pn532Target } from '../../../drivers/pn532/target';
import { DriverFailure } from '../../../drivers/result';
import { EchoCard } from '../../../drivers/sim/pn532/echo-card';
import { VirtualPn532 } from '../../../drivers/sim/pn532/virtual-pn532';
import { SerialLink } from '../../../drivers/transport/serial-link';
import { createPtyPair, type PtyPair } from '../support/pty-pair';

/**
 * Pn532Reader on one end of a real socat pty pair, the virtual PN532 (served through SerialLink, throttled
 * to 115200 baud) on the other: the same bytes a USB-serial PN532 board would carry.
 */

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof DriverFailure ? e.error.code : String(e);
  }
};
const timed = async <T>(p: Promise<T>) => {
  const t0 = performance.now();
  const value = await p;
  return { value, ms: performance.now() - t0 };
};
const echo = (...bytes: number[]) => Uint8Array.from([0x00, 0xee, 0x00, 0x00, bytes.length, ...bytes]);
const readBinary = (n: number) => Uint8Array.of(0x00, 0xb0, n >> 8, n & 0xff, 0x00);

const ABSENT_CARD_MS = 150;
const APDU_TIMEOUT_MS = 1500;

describe('PN532 over a real pty pair', () => {
  let pty: PtyPair;
  let sim: VirtualPn532;
  let reader: Pn532Reader;
  let card: EchoCard;
  let target: Pn532Target;

  beforeAll(async () => {
    pty = await createPtyPair();
    sim = new VirtualPn532(new SerialLink({ path: pty.b, baudRate: 115200 }), { baudRate: 115200, absentCardTimeoutMs: ABSENT_CARD_MS });
    await sim.start();
    reader = new Pn532Reader(new SerialLink({ path: pty.a, baudRate: 115200 }), { apduTimeoutMs: APDU_TIMEOUT_MS });
    await reader.open();
  });

  afterAll(async () => {
    await reader?.close();
    await sim?.stop();
    await pty?.close();
  });

  it('reads the firmware version', async () => {
    expect(await reader.firmware()).toMatchObject({ ic: 0x32, version: 1, revision: 6 });
  });

  it('waits for a card put on the reader', async () => {
    card = new EchoCard(2);
    setTimeout(() => sim.insertCard(card), 150);
    target = await reader.waitForCard({ pollIntervalMs: 50, signal: AbortSignal.timeout(3000) });
    expect(Array.from(target.uid)).toEqual(Array.from(card.uid));
    expect(target.ats).toBeDefined();
  });

  it('exchanges short APDUs', async () => {
    expect(Array.from(await target.transmit(echo(1, 2, 3)))).toEqual([1, 2, 3, 0x90, 0x00]);
    expect(Array.from(await target.transmit(Uint8Array.of(0x00, 0x12, 0, 0)))).toEqual([0x6d, 0x00]);
  });

  it('receives a 260-byte answer in one extended frame and a 1000-byte answer through MI chaining', async () => {
    let before = sim.stats.commands;
    const one = await target.transmit(readBinary(260));
    expect(one.length).toBe(262); // 262 bytes of DataIn: LEN 265, the largest extended frame (UM §6.2.1.2)
    expect(sim.stats.commands - before).toBe(1);
    before = sim.stats.commands;
    expect((await target.transmit(readBinary(261))).length).toBe(263);
    expect(sim.stats.commands - before).toBe(2); // 262 bytes with MI, then the last byte
    const long = await target.transmit(readBinary(1000));
    expect(long.length).toBe(1002);
    expect(long[999]).toBe(999 & 0xff);
    expect(Array.from(long.subarray(1000))).toEqual([0x90, 0x00]);
  });

  it('sends a 700-byte extended APDU through command chaining', async () => {
    const data = Array.from({ length: 700 }, (_, i) => (i * 13) & 0xff);
    const answer = await target.transmit(Uint8Array.from([0x00, 0xee, 0x00, 0x00, 0x00, 0x02, 0xbc, ...data]));
    expect(Array.from(answer.subarray(0, 700))).toEqual(data);
  });

  it('recovers from a damaged checksum by NACK', async () => {
    sim.injectFaults({ corruptChecksumFrames: 1 });
    const nacks = sim.stats.nacksReceived;
    expect(Array.from(await target.transmit(echo(9)))).toEqual([9, 0x90, 0x00]);
    expect(sim.stats.nacksReceived - nacks).toBe(1);
  });

  it('gives pn532.checksum when every retransmission is damaged, then works again', async () => {
    sim.injectFaults({ corruptChecksumFrames: 3 });
    const { value, ms } = await timed(codeOf(target.transmit(echo(1))));
    expect(value).toBe('pn532.checksum');
    expect(ms).toBeLessThan(APDU_TIMEOUT_MS);
    expect(Array.from(await target.transmit(echo(2)))).toEqual([2, 0x90, 0x00]);
  });

  it('survives a dropped ACK', async () => {
    sim.injectFaults({ dropAcks: 1 });
    expect(Array.from(await target.transmit(echo(3)))).toEqual([3, 0x90, 0x00]);
  });

  it('survives a dropped ACK on a slow card without running the APDU twice', async () => {
    sim.injectFaults({ dropAcks: 1, slowCardExtraMs: 150 });
    const aborts = sim.stats.abortsReceived;
    const apdus = card.apdus.length;
    expect(Array.from(await target.transmit(echo(4)))).toEqual([4, 0x90, 0x00]);
    expect(sim.stats.abortsReceived - aborts).toBe(0);
    expect(card.apdus.length - apdus).toBe(1);
    sim.injectFaults({ slowCardExtraMs: 0 });
  });

  it('skips garbage bytes on the line', async () => {
    sim.injectFaults({ garbageFrames: 3 });
    expect(Array.from(await target.transmit(echo(5)))).toEqual([5, 0x90, 0x00]);
  });

  it('a slow card past the APDU timeout gives card.timeout in time, and the reader recovers', async () => {
    sim.injectFaults({ slowCardExtraMs: 800 });
    const { value, ms } = await timed(codeOf(target.transmit(echo(6), { timeoutMs: 300 })));
    expect(value).toBe('card.timeout');
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThan(300 + 200);
    sim.injectFaults({ slowCardExtraMs: 0 });
    expect(Array.from(await target.transmit(echo(7)))).toEqual([7, 0x90, 0x00]);
  });

  it('a card lifted after N APDUs gives card.timeout, an empty field, then works when put back', async () => {
    sim.injectFaults({ removeCardAfterApdus: 1 });
    await target.transmit(echo(1));
    const { value, ms } = await timed(codeOf(target.transmit(echo(2))));
    expect(value).toBe('card.timeout');
    expect(ms).toBeLessThan(ABSENT_CARD_MS + 200);
    expect(await reader.cardPresent()).toBe(false);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    expect(await codeOf(reader.waitForCard({ signal: controller.signal, pollIntervalMs: 50 }))).toBe('card.cancelled');
    sim.insertCard(card);
    target = await reader.waitForCard({ pollIntervalMs: 50, signal: AbortSignal.timeout(3000) });
    expect(Array.from(await target.transmit(echo(8)))).toEqual([8, 0x90, 0x00]);
  });

  it('a card lifted mid-APDU (CardRemoved) gives card.timeout', async () => {
    card.removeOnNextApdu = true;
    expect(await codeOf(target.transmit(echo(1)))).toBe('card.timeout');
    expect(sim.card).toBeUndefined();
    sim.insertCard(card);
    target = (await reader.pollOnce())!;
    expect(target).toBeDefined();
  });

  it('counts link bytes and card time for the benchmark', () => {
    expect(sim.stats.bytesSent).toBeGreaterThan(2000);
    expect(sim.stats.bytesReceived).toBeGreaterThan(700);
    expect(sim.stats.cardTimeMs).toBeGreaterThan(0);
  });
});

describe('PN532 link unplugged', () => {
  it('reports reader.disconnected when the serial device disappears', async () => {
    const pty = await createPtyPair();
    const sim = new VirtualPn532(new SerialLink({ path: pty.b, baudRate: 115200 }), { baudRate: 0 });
    await sim.start();
    const hostLink = new SerialLink({ path: pty.a, baudRate: 115200 });
    const reader = new Pn532Reader(hostLink, { commandTimeoutMs: 500 });
    try {
      await reader.open();
      const closed = new Promise<Error | undefined>((resolve) => hostLink.onClose(resolve));
      await pty.close(); // socat exits: the pty's other side goes away like an unplugged adapter
      // Linux reports the hang-up on the next write (EIO); serialport then closes the port.
      expect(await codeOf(reader.firmware())).toBe('reader.disconnected');
      const error = await Promise.race([closed, new Promise<'still-open'>((r) => setTimeout(() => r('still-open'), 2000))]);
      expect(error).toBeInstanceOf(Error);
      expect(await codeOf(reader.firmware())).toBe('reader.disconnected');
    } finally {
      await reader.close().catch(() => undefined);
      await sim.stop().catch(() => undefined);
      await pty.close();
    }
  });
});

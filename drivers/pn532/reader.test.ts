import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DriverFailure } from '../result';
import { EchoCard } from '../sim/pn532/echo-card';
import { VirtualPn532 } from '../sim/pn532/virtual-pn532';
import { createMemoryLinkPair } from '../transport/memory-link';
import { Pn532Reader } from './reader';

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof DriverFailure ? e.error.code : String(e);
  }
};
const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));

/** Reader and virtual PN532 over a memory link; no line throttling so only card and protocol time pass. */
async function rig(simOptions = {}) {
  const [host, device] = createMemoryLinkPair();
  const sim = new VirtualPn532(device, { baudRate: 0, ...simOptions });
  await sim.start();
  const reader = new Pn532Reader(host, { pollTimeoutMs: 500, apduTimeoutMs: 1000 });
  return { host, device, sim, reader };
}

describe('Pn532Reader with the virtual PN532', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens, reads the firmware and configures the PN532', async () => {
    const { reader, sim } = await rig();
    await reader.open();
    expect(await reader.firmware()).toEqual({ ic: 0x32, version: 1, revision: 6, support: { iso14443a: true, iso14443b: true, iso18092: true } });
    expect(sim.stats.commands).toBe(5);
    expect(sim.stats.bytesReceived).toBeGreaterThan(16); // wake-up preamble included
  });

  it('waits for a card, then exchanges APDUs with it', async () => {
    const { reader, sim } = await rig();
    await reader.open();
    const card = new EchoCard();
    const waiting = reader.waitForCard({ pollIntervalMs: 100 });
    await vi.advanceTimersByTimeAsync(250);
    sim.insertCard(card);
    await vi.advanceTimersByTimeAsync(150);
    const target = await waiting;
    expect(Array.from(target.uid)).toEqual([0x08, 0x12, 0x34, 0x56]);
    expect(target.sak).toBe(0x20);
    expect(Array.from(target.ats ?? [])).toEqual([0x78, 0x80, 0x70, 0x02]);
    const answer = await target.transmit(hex('00EE0000 03 AABBCC'));
    expect(Buffer.from(answer).toString('hex')).toBe('aabbcc9000');
    expect(sim.stats.apdus).toBe(1);
  });

  it('stops waiting when the signal aborts', async () => {
    const { reader } = await rig();
    await reader.open();
    const controller = new AbortController();
    const waiting = codeOf(reader.waitForCard({ signal: controller.signal, pollIntervalMs: 100 }));
    await vi.advanceTimersByTimeAsync(300);
    controller.abort();
    expect(await waiting).toBe('card.cancelled');
  });

  it.each([254, 255, 256, 260, 261, 262, 263, 600, 1000])('chains a %s-byte card answer with MI', async (n) => {
    const { reader, sim } = await rig();
    await reader.open();
    sim.insertCard(new EchoCard());
    const target = (await reader.pollOnce())!;
    const answer = await target.transmit(Uint8Array.of(0x00, 0xb0, n >> 8, n & 0xff, 0x00));
    expect(answer.length).toBe(n + 2);
    expect(answer[n - 1]).toBe((n - 1) & 0xff);
    expect(Array.from(answer.subarray(n))).toEqual([0x90, 0x00]);
  });

  it('chains a long command with MI', async () => {
    const { reader, sim } = await rig();
    await reader.open();
    const card = new EchoCard();
    sim.insertCard(card);
    const target = (await reader.pollOnce())!;
    const data = Uint8Array.from({ length: 700 }, (_, i) => (i * 7) & 0xff);
    const apdu = Uint8Array.from([0x00, 0xee, 0x00, 0x00, 0x00, 700 >> 8, 700 & 0xff, ...data]);
    const answer = await target.transmit(apdu);
    expect(Array.from(answer.subarray(0, 700))).toEqual(Array.from(data));
    expect(card.apdus).toHaveLength(1);
    expect(card.apdus[0]!.length).toBe(707);
  });

  it('reports a card lifted mid-APDU as card.timeout (status 0x01), then an empty field', async () => {
    const { reader, sim } = await rig({ absentCardTimeoutMs: 100 });
    await reader.open();
    const card = new EchoCard();
    sim.insertCard(card);
    const target = (await reader.pollOnce())!;
    card.removeOnNextApdu = true;
    const result = codeOf(target.transmit(hex('00EE0000 01 01')));
    await vi.advanceTimersByTimeAsync(100);
    expect(await result).toBe('card.timeout');
    const poll = reader.pollOnce();
    await vi.advanceTimersByTimeAsync(20);
    expect(await poll).toBeUndefined();
  });

  it('turns a host-side timeout into card.timeout and recovers on the next APDU', async () => {
    const { reader, sim } = await rig();
    await reader.open();
    sim.insertCard(new EchoCard());
    const target = (await reader.pollOnce())!;
    sim.injectFaults({ slowCardExtraMs: 2000 });
    const slow = codeOf(target.transmit(hex('00EE0000 01 01'), { timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(330);
    expect(await slow).toBe('card.timeout');
    expect(sim.stats.abortsReceived).toBe(1);
    sim.injectFaults({ slowCardExtraMs: 0 });
    const next = target.transmit(hex('00EE0000 01 02'));
    await vi.advanceTimersByTimeAsync(50); // the channel lets the line settle after an abort
    expect(Buffer.from(await next).toString('hex')).toBe('029000');
  });

  it('answers cardPresent with and without an active target', async () => {
    const { reader, sim } = await rig();
    await reader.open();
    const empty = reader.cardPresent();
    await vi.advanceTimersByTimeAsync(20);
    expect(await empty).toBe(false);
    sim.insertCard(new EchoCard());
    expect(await reader.cardPresent()).toBe(true); // polled and released
    await reader.pollOnce();
    expect(await reader.cardPresent()).toBe(true); // Diagnose 0x06
    sim.removeCard();
    const gone = reader.cardPresent();
    await vi.advanceTimersByTimeAsync(100);
    expect(await gone).toBe(false);
  });

  it('refuses APDUs on a released or replaced target', async () => {
    const { reader, sim } = await rig();
    await reader.open();
    sim.insertCard(new EchoCard());
    const first = (await reader.pollOnce())!;
    const second = (await reader.pollOnce())!;
    expect(await codeOf(first.transmit(hex('00EE0000 01 01')))).toBe('card.released');
    await second.release();
    expect(await codeOf(second.transmit(hex('00EE0000 01 01')))).toBe('card.released');
  });

  it('cancels an APDU with its signal', async () => {
    const { reader, sim } = await rig();
    await reader.open();
    sim.insertCard(new EchoCard(500));
    const target = (await reader.pollOnce())!;
    const controller = new AbortController();
    const result = codeOf(target.transmit(hex('00EE0000 01 01'), { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await result).toBe('card.cancelled');
  });

  it('serialises concurrent APDUs', async () => {
    const { reader, sim } = await rig();
    await reader.open();
    sim.insertCard(new EchoCard(10));
    const target = (await reader.pollOnce())!;
    const answers = Promise.all([1, 2, 3].map((i) => target.transmit(Uint8Array.of(0, 0xee, 0, 0, 1, i))));
    await vi.advanceTimersByTimeAsync(50);
    expect((await answers).map((a) => a[0])).toEqual([1, 2, 3]);
  });

  it('switches the serial speed with SetSerialBaudRate', async () => {
    const [host, device] = createMemoryLinkPair();
    const sim = new VirtualPn532(device, { baudRate: 115200 });
    await sim.start();
    const reader = new Pn532Reader(host);
    const opened = reader.open();
    await vi.advanceTimersByTimeAsync(20);
    await opened;
    const switched = reader.setSerialBaudRate(921600);
    await vi.advanceTimersByTimeAsync(15); // the answer, then the 10 ms the PN532 gets to change its UART
    await switched;
    expect(host.baudRate).toBe(921600);
    await vi.advanceTimersByTimeAsync(1);
    expect(sim.baudRate).toBe(921600);
    expect(await codeOf(reader.setSerialBaudRate(1234))).toBe('pn532.invalid-baud-rate');
  });

  it('closes the link and releases the target', async () => {
    const { reader, sim, host } = await rig();
    await reader.open();
    sim.insertCard(new EchoCard());
    await reader.pollOnce();
    await reader.close();
    expect(host.isOpen).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pn532Channel } from '../../pn532/channel';
import { ACK_FRAME } from '../../pn532/frame';
import { Pn532Reader } from '../../pn532/reader';
import { DriverFailure } from '../../result';
import { createMemoryLinkPair } from '../../transport/memory-link';
import { wireTimeMs } from '../link-throttle';
import { EchoCard } from './echo-card';
import { VirtualPn532, type VirtualPn532Options } from './virtual-pn532';

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof DriverFailure ? e.error.code : String(e);
  }
};
const echo = (b: number) => Uint8Array.of(0x00, 0xee, 0x00, 0x00, 0x01, b);

async function rig(simOptions: VirtualPn532Options = {}, card = new EchoCard()) {
  const [host, device] = createMemoryLinkPair();
  const sim = new VirtualPn532(device, { baudRate: 0, ...simOptions });
  await sim.start();
  const reader = new Pn532Reader(host, { apduTimeoutMs: 1000, maxNacks: 2, ackTimeoutMs: 50 });
  await reader.open();
  sim.insertCard(card);
  const target = (await reader.pollOnce())!;
  return { host, device, sim, reader, target, card };
}

describe('VirtualPn532 faults', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('damaged checksum on one answer: the host NACKs and gets it again', async () => {
    const { sim, target } = await rig();
    sim.injectFaults({ corruptChecksumFrames: 1 });
    expect(Array.from(await target.transmit(echo(7)))).toEqual([7, 0x90, 0x00]);
    expect(sim.stats.nacksReceived).toBe(1);
    expect(sim.faults.corruptChecksumFrames).toBe(0);
  });

  it('damaged checksum beyond maxNacks: pn532.checksum, and the next APDU works', async () => {
    const { sim, target } = await rig();
    sim.injectFaults({ corruptChecksumFrames: 3 });
    expect(await codeOf(target.transmit(echo(1)))).toBe('pn532.checksum');
    expect(sim.stats.nacksReceived).toBe(2);
    const next = target.transmit(echo(2));
    await vi.advanceTimersByTimeAsync(50); // settle after the abort
    expect(Array.from(await next)).toEqual([2, 0x90, 0x00]);
  });

  it('dropped ACK with a quick card: the answer alone is accepted', async () => {
    const { sim, target } = await rig();
    sim.injectFaults({ dropAcks: 1 });
    expect(Array.from(await target.transmit(echo(3)))).toEqual([3, 0x90, 0x00]);
    expect(sim.stats.abortsReceived).toBe(0);
  });

  it('dropped ACK with a slow card: the host waits for the answer instead of running the APDU twice', async () => {
    const { sim, target, card } = await rig({}, new EchoCard(200));
    sim.injectFaults({ dropAcks: 1 });
    const answer = target.transmit(echo(4));
    await vi.advanceTimersByTimeAsync(210);
    expect(Array.from(await answer)).toEqual([4, 0x90, 0x00]);
    expect(sim.stats.abortsReceived).toBe(0);
    expect(card.apdus).toHaveLength(1);
  });

  it('a silent PN532 (no ACK, no answer) gives pn532.no-ack within ACK + APDU timeout', async () => {
    const { sim, target } = await rig();
    await sim.stop();
    const result = codeOf(target.transmit(echo(5), { timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(50 + 300 + 30);
    expect(await result).toBe('pn532.no-ack');
  });

  it('garbage before frames is skipped', async () => {
    const { sim, target } = await rig();
    sim.injectFaults({ garbageFrames: 4 });
    expect(Array.from(await target.transmit(echo(6)))).toEqual([6, 0x90, 0x00]);
    expect(Array.from(await target.transmit(echo(7)))).toEqual([7, 0x90, 0x00]);
    expect(sim.faults.garbageFrames).toBe(0);
  });

  it('card removed after N APDUs: the next one times out (0x01) and the field is empty', async () => {
    const { sim, target, reader } = await rig({ absentCardTimeoutMs: 80 });
    sim.injectFaults({ removeCardAfterApdus: 2 });
    await target.transmit(echo(1));
    await target.transmit(echo(2));
    expect(sim.card).toBeUndefined();
    const third = codeOf(target.transmit(echo(3)));
    await vi.advanceTimersByTimeAsync(80);
    expect(await third).toBe('card.timeout');
    const poll = reader.pollOnce();
    await vi.advanceTimersByTimeAsync(20);
    expect(await poll).toBeUndefined();
  });

  it('slow card: extra time per APDU, counted as card time', async () => {
    const { sim, target } = await rig({}, new EchoCard(5));
    sim.resetStats();
    sim.injectFaults({ slowCardExtraMs: 100 });
    let done = false;
    const answer = target.transmit(echo(1)).then((a) => ((done = true), a));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(Array.from(await answer)).toEqual([1, 0x90, 0x00]);
    expect(sim.stats.cardTimeMs).toBe(105);
    expect(sim.stats.apdus).toBe(1);
  });

  it('clearFaults turns everything off', async () => {
    const { sim } = await rig();
    sim.injectFaults({ dropAcks: 3, corruptChecksumFrames: 2, slowCardExtraMs: 9 });
    sim.clearFaults();
    expect(sim.faults).toMatchObject({ dropAcks: 0, corruptChecksumFrames: 0, slowCardExtraMs: 0, removeCardAfterApdus: undefined });
  });
});

describe('VirtualPn532 protocol', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts link bytes exactly as the host link sees them', async () => {
    const { sim, host, target } = await rig();
    await target.transmit(Uint8Array.of(0x00, 0xb0, 0x02, 0x58, 0x00)); // 600 bytes, MI-chained
    expect(sim.stats.bytesSent).toBe(host.bytesReceived);
    expect(sim.stats.bytesReceived).toBe(host.bytesWritten);
  });

  it('throttles to the line speed: a 600-byte answer costs its wire time', async () => {
    const setup = rig({ baudRate: 115200 });
    await vi.advanceTimersByTimeAsync(50); // open and poll at line speed
    const { target, sim } = await setup;
    const started = performance.now();
    let doneAt = 0;
    const answer = target.transmit(Uint8Array.of(0x00, 0xb0, 0x02, 0x58, 0x00)).then(() => (doneAt = performance.now()));
    await vi.advanceTimersByTimeAsync(200);
    await answer;
    // Three InDataExchange round trips: all bytes each way cross the wire one after another.
    const floor = wireTimeMs(sim.stats.bytesSent, 115200);
    expect(doneAt - started).toBeGreaterThanOrEqual(wireTimeMs(600, 115200));
    expect(doneAt - started).toBeLessThan(floor + 10);
  });

  it('with MxRtyPassiveActivation 0xFF a poll waits until a card comes', async () => {
    const [host, device] = createMemoryLinkPair();
    const sim = new VirtualPn532(device, { baudRate: 0 });
    await sim.start();
    const reader = new Pn532Reader(host, { passiveActivationRetries: 0xff, pollTimeoutMs: Infinity });
    await reader.open();
    let found = false;
    const poll = reader.pollOnce().then((t) => ((found = t !== undefined), t));
    await vi.advanceTimersByTimeAsync(5000);
    expect(found).toBe(false);
    sim.insertCard(new EchoCard());
    await vi.advanceTimersByTimeAsync(0);
    expect(await poll).toBeDefined();
  });

  it('answers an unknown command with the syntax error frame', async () => {
    const [host, device] = createMemoryLinkPair();
    const sim = new VirtualPn532(device, { baudRate: 0 });
    await sim.start();
    await host.open();
    const channel = new Pn532Channel(host);
    expect(await codeOf(channel.command(0x70, new Uint8Array(0), { timeoutMs: 100 }))).toBe('pn532.syntax-error');
  });

  it('applies SetSerialBaudRate once the host ACKs the answer', async () => {
    const [host, device] = createMemoryLinkPair();
    const sim = new VirtualPn532(device, { baudRate: 115200 });
    await sim.start();
    await host.open();
    const channel = new Pn532Channel(host);
    const answer = channel.command(0x10, Uint8Array.of(0x07), { timeoutMs: 100 });
    await vi.advanceTimersByTimeAsync(5);
    await answer;
    expect(sim.baudRate).toBe(115200);
    await host.write(ACK_FRAME.slice());
    await vi.advanceTimersByTimeAsync(5);
    expect(sim.baudRate).toBe(921600);
  });

  it('ignores a damaged command (no ACK), so the host re-sends it', async () => {
    const [host, device] = createMemoryLinkPair();
    const sim = new VirtualPn532(device, { baudRate: 0 });
    await sim.start();
    await host.open();
    await host.write(Uint8Array.of(0x00, 0x00, 0xff, 0x02, 0xfe, 0xd4, 0x02, 0x2b, 0x00)); // DCS off by one
    await vi.advanceTimersByTimeAsync(1);
    expect(sim.stats.badFramesReceived).toBe(1);
    expect(sim.stats.acksSent).toBe(0);
  });

  it('stop() cancels the command in progress and closes the link', async () => {
    const { sim, target, device } = await rig({}, new EchoCard(1000));
    const pending = codeOf(target.transmit(echo(1)));
    await vi.advanceTimersByTimeAsync(10);
    await sim.stop();
    expect(device.isOpen).toBe(false);
    await vi.advanceTimersByTimeAsync(1100);
    expect(await pending).toBe('card.timeout');
  });
});

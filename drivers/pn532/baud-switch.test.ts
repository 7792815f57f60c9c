import { afterEach, describe, expect, it } from 'vitest';
import { EchoCard } from '../sim/pn532/echo-card';
import { VirtualPn532 } from '../sim/pn532/virtual-pn532';
import { createMemoryLinkPair, type MemoryLink } from '../transport/memory-link';
import { lineTestPassed, lineTestPattern, speedsToTry } from './baud-switch';
import { Pn532Reader } from './reader';

/**
 * The HSU speed switch against the virtual PN532 over a memory link that models the two UARTs' speeds:
 * bytes sent while host and PN532 disagree arrive as garbage, as on a real line.
 */
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function rig(faults: Parameters<VirtualPn532['injectFaults']>[0] = {}) {
  const [host, device] = createMemoryLinkPair();
  const sim = new VirtualPn532(device, { baudRate: 115200 });
  sim.injectFaults(faults);
  await sim.start();
  const reader = new Pn532Reader(host, { commandTimeoutMs: 200, ackTimeoutMs: 30 });
  stops.push(async () => {
    await reader.close();
    await sim.stop();
  });
  return { host, device, sim, reader };
}

/** A second reader on the same link, as after a restart of the kiosk: the host end starts at 115200 again. */
async function reopen(host: MemoryLink, baudRates: number[]) {
  await host.setBaudRate(115200);
  const reader = new Pn532Reader(host, { commandTimeoutMs: 200, ackTimeoutMs: 30 });
  await reader.open({ baudRates });
  return reader;
}

describe('fast serial link', () => {
  it('switches to 921600 after the first contact, checks the line and keeps it; APDUs still pass', async () => {
    const { reader, sim, host } = await rig();
    await reader.open();
    const result = await reader.useFastBaudRate(921600);
    expect(result).toEqual({ baudRate: 921600 });
    expect(sim.baudRate).toBe(921600);
    expect(host.baudRate).toBe(921600);
    expect(reader.baudRate).toBe(921600);
    sim.insertCard(new EchoCard());
    const target = (await reader.pollOnce())!;
    const answer = await target.transmit(Uint8Array.of(0x00, 0xb0, 0x01, 0x00, 0x00));
    expect(answer).toHaveLength(258); // a chained 256-byte answer at the new speed
  });

  it('falls back to 115200 by itself when the line cannot keep up at the fast speed, and says why', async () => {
    const { reader, sim, host } = await rig({ unreliableAboveBaudRate: 460800 });
    await reader.open();
    const result = await reader.useFastBaudRate(921600);
    expect(result.baudRate).toBe(115200);
    expect(result.fellBack).toMatch(/line test failed at 921600/);
    expect(sim.baudRate).toBe(115200);
    expect(host.baudRate).toBe(115200);
    expect(await reader.checkLink()).toBe(true);
    // 460800 is within what this line carries: the same reader switches there.
    expect(await reader.useFastBaudRate(460800)).toEqual({ baudRate: 460800 });
  });

  it('does not switch when the adapter refuses the speed', async () => {
    const { reader, sim, host } = await rig();
    await reader.open();
    const setBaudRate = host.setBaudRate.bind(host);
    host.setBaudRate = async (rate) => {
      if (rate > 460800) throw new Error('unsupported baud rate');
      await setBaudRate(rate);
    };
    const result = await reader.useFastBaudRate(921600);
    expect(result.baudRate).toBe(115200);
    expect(result.fellBack).toMatch(/adapter refuses 921600/);
    expect(sim.baudRate).toBe(115200);
    expect(sim.stats.commands).toBe(4); // the open() sequence only: nothing was sent to switch
  });

  it('reconnects to a PN532 left at the fast speed, and to one that was reset to 115200', async () => {
    const { reader, sim, host } = await rig();
    await reader.open();
    await reader.useFastBaudRate(921600);
    // The kiosk restarts: the host opens at 115200, the PN532 is still at 921600.
    const again = await reopen(host, speedsToTry(115200, 921600));
    expect(again.baudRate).toBe(921600);
    expect(await again.checkLink()).toBe(true);
    // The reader is unplugged and plugged back (power cycle): back at 115200 while the host was at 921600.
    await sim.powerCycle();
    await host.setBaudRate(921600);
    const third = new Pn532Reader(host, { commandTimeoutMs: 200, ackTimeoutMs: 30 });
    await third.open({ baudRates: speedsToTry(115200, 921600) });
    expect(third.baudRate).toBe(115200);
    expect(await third.checkLink()).toBe(true);
  });

  it('without a second speed a PN532 left at 921600 is not found', async () => {
    const { reader, host } = await rig();
    await reader.open();
    await reader.useFastBaudRate(921600);
    await expect(reopen(host, [115200])).rejects.toMatchObject({ error: { code: 'pn532.no-ack' } });
  });
});

describe('line test', () => {
  it('accepts only an exact echo', () => {
    const p = lineTestPattern(8);
    expect(lineTestPassed(p, Uint8Array.from([0x00, ...p]))).toBe(true);
    expect(lineTestPassed(p, Uint8Array.from([0x00, ...p.subarray(1)]))).toBe(false);
    expect(lineTestPassed(p, Uint8Array.from([0x06, ...p]))).toBe(false);
    expect(speedsToTry(115200, undefined)).toEqual([115200]);
    expect(speedsToTry(115200, 921600)).toEqual([115200, 921600]);
  });
});

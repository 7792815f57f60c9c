import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DriverFailure } from '../result';
import { createMemoryLinkPair } from '../transport/memory-link';
import { Pn532Channel } from './channel';
import { ACK_FRAME, encodeInformationFrame, ERROR_FRAME } from './frame';
import { scriptedDevice } from './test-device';
import { HSU_WAKE_UP } from './wake-up';

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return e instanceof DriverFailure ? e.error.code : String(e);
  }
};

async function setup(options = {}) {
  const [host, device] = createMemoryLinkPair();
  await host.open();
  await device.open();
  const dev = scriptedDevice(device);
  const channel = new Pn532Channel(host, { ackTimeoutMs: 50, baudRate: 115200, ...options });
  return { host, device, dev, channel };
}

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

describe('Pn532Channel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends a command, takes the ACK and resolves with the answer', async () => {
    const { dev, channel } = await setup();
    const p = channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 });
    await tick();
    expect(dev.commands()).toEqual([[0x02]]);
    await dev.send(ACK_FRAME);
    await dev.answer(0x02, [0x32, 0x01, 0x06, 0x07]);
    expect(Array.from(await p)).toEqual([0x32, 0x01, 0x06, 0x07]);
  });

  it('prefixes the wake-up preamble when asked', async () => {
    const { dev, channel } = await setup();
    void channel.command(0x14, Uint8Array.of(1), { timeoutMs: 1000, wakeUp: true }).catch(() => undefined);
    await tick();
    expect(Array.from(dev.chunks[0]!.subarray(0, HSU_WAKE_UP.length))).toEqual(Array.from(HSU_WAKE_UP));
    expect(dev.commands()).toEqual([[0x14, 0x01]]);
  });

  it('accepts an answer whose ACK was lost', async () => {
    const { dev, channel } = await setup();
    const p = channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 });
    await tick();
    await dev.answer(0x02, [0x32, 1, 6, 7]);
    expect((await p).length).toBe(4);
  });

  it('re-sends with the wake-up preamble when no ACK comes, then fails with pn532.no-ack', async () => {
    const { dev, channel } = await setup();
    const result = codeOf(channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 }));
    await tick(52);
    // First attempt unanswered: an abort ACK, then the command again.
    expect(dev.kinds()).toEqual(['information', 'ack', 'information']);
    await tick(60);
    expect(await result).toBe('pn532.no-ack');
  });

  it('recovers when the re-sent command is acknowledged', async () => {
    const { dev, channel } = await setup();
    const p = channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 });
    await tick(55);
    await dev.send(ACK_FRAME);
    await dev.answer(0x02, [0x32, 1, 6, 7]);
    expect((await p).length).toBe(4);
  });

  it('does not re-send a non-idempotent command when the ACK is missing; a late answer is taken', async () => {
    const { dev, channel } = await setup();
    const p = channel.command(0x40, Uint8Array.of(1, 0xaa), { timeoutMs: 1000, idempotent: false });
    await tick(200);
    expect(dev.kinds()).toEqual(['information']); // no abort, no second copy
    await dev.answer(0x40, [0x00, 0x90, 0x00]);
    expect(Array.from(await p)).toEqual([0x00, 0x90, 0x00]);
  });

  it('drops a late answer to an aborted command before the next command', async () => {
    const { dev, channel } = await setup({ settleAfterAbortMs: 50 });
    const first = codeOf(channel.command(0x40, Uint8Array.of(1), { timeoutMs: 100, idempotent: false }));
    await tick();
    await dev.send(ACK_FRAME);
    await tick(130);
    expect(await first).toBe('pn532.timeout');
    const second = channel.command(0x40, Uint8Array.of(1), { timeoutMs: 1000, idempotent: false });
    await dev.answer(0x40, [0x00, 0x01]); // the aborted command's answer, crossing the abort on the line
    await tick(50);
    await dev.send(ACK_FRAME);
    await dev.answer(0x40, [0x00, 0x02]);
    expect(Array.from(await second)).toEqual([0x00, 0x02]);
  });

  it('times out after timeoutMs from the ACK and aborts the command', async () => {
    const { dev, channel } = await setup();
    const result = codeOf(channel.command(0x4a, Uint8Array.of(1, 0), { timeoutMs: 300, timeoutCode: 'card.timeout' }));
    await tick();
    await dev.send(ACK_FRAME);
    await tick(299);
    expect(dev.kinds()).toEqual(['information']);
    await tick(30); // + wire time of one full frame at 115200 baud (≈ 24 ms)
    expect(await result).toBe('card.timeout');
    expect(dev.kinds()).toEqual(['information', 'ack']);
  });

  it('asks for a damaged answer again with a NACK', async () => {
    const { dev, channel } = await setup();
    const p = channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 });
    await tick();
    await dev.send(ACK_FRAME);
    const bad = encodeInformationFrame(0xd5, Uint8Array.of(0x03, 0x32, 1, 6, 7));
    bad[bad.length - 2]! ^= 1;
    await dev.send(bad);
    await tick();
    expect(dev.kinds()).toEqual(['information', 'nack']);
    await dev.answer(0x02, [0x32, 1, 6, 7]);
    expect((await p).length).toBe(4);
  });

  it('gives up with pn532.checksum after maxNacks damaged answers', async () => {
    const { dev, channel } = await setup({ maxNacks: 2 });
    const result = codeOf(channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 }));
    await tick();
    await dev.send(ACK_FRAME);
    const bad = encodeInformationFrame(0xd5, Uint8Array.of(0x03, 0x32, 1, 6, 7));
    bad[bad.length - 2]! ^= 1;
    for (let i = 0; i < 3; i++) await dev.send(bad);
    expect(await result).toBe('pn532.checksum');
    expect(dev.kinds()).toEqual(['information', 'nack', 'nack', 'ack']);
  });

  it('turns the error frame into pn532.syntax-error', async () => {
    const { dev, channel } = await setup();
    const result = codeOf(channel.command(0x99, new Uint8Array(0), { timeoutMs: 1000 }));
    await tick();
    await dev.send(ACK_FRAME);
    await dev.send(ERROR_FRAME);
    expect(await result).toBe('pn532.syntax-error');
  });

  it('ignores an answer to another command', async () => {
    const { dev, channel } = await setup();
    const p = channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 });
    await tick();
    await dev.send(ACK_FRAME);
    await dev.answer(0x40, [0x00]);
    await dev.answer(0x02, [0x32, 1, 6, 7]);
    expect((await p).length).toBe(4);
    expect(channel.unsolicitedFrames).toBe(1);
  });

  it('cancels with the signal and aborts the PN532', async () => {
    const { dev, channel } = await setup();
    const controller = new AbortController();
    const result = codeOf(channel.command(0x4a, Uint8Array.of(1, 0), { timeoutMs: 5000, signal: controller.signal, cancelCode: 'card.cancelled' }));
    await tick();
    await dev.send(ACK_FRAME);
    controller.abort();
    expect(await result).toBe('card.cancelled');
    await tick();
    expect(dev.kinds()).toEqual(['information', 'ack']);
  });

  it('reports an unplugged link as reader.disconnected, then refuses commands', async () => {
    const { host, channel } = await setup();
    const result = codeOf(channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 }));
    await tick();
    host.unplug(new Error('USB adapter removed'));
    expect(await result).toBe('reader.disconnected');
    expect(await codeOf(channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 }))).toBe('reader.disconnected');
  });

  it('serialises commands: the second frame waits for the first answer', async () => {
    const { dev, channel } = await setup();
    const first = channel.command(0x02, new Uint8Array(0), { timeoutMs: 1000 });
    const second = channel.command(0x14, Uint8Array.of(1), { timeoutMs: 1000 });
    await tick();
    expect(dev.commands()).toEqual([[0x02]]);
    await dev.send(ACK_FRAME);
    await dev.answer(0x02, [0x32, 1, 6, 7]);
    await first;
    await tick();
    expect(dev.commands()).toEqual([[0x02], [0x14, 0x01]]);
    await dev.send(ACK_FRAME);
    await dev.answer(0x14);
    expect((await second).length).toBe(0);
  });

  it('refuses a command too long for one frame', async () => {
    const { channel } = await setup();
    expect(await codeOf(channel.command(0x40, new Uint8Array(300), { timeoutMs: 1000 }))).toBe('pn532.frame-too-long');
  });
});

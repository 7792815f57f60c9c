import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryLinkPair } from '../transport/memory-link';
import { ThrottledLink, wireTimeMs } from './link-throttle';

describe('wireTimeMs', () => {
  it('counts 10 bits per byte', () => {
    expect(wireTimeMs(247, 115200)).toBeCloseTo(21.44, 2); // the domain notes' "about 21 ms" for a 247-byte frame
    expect(wireTimeMs(960, 9600)).toBe(1000);
  });
});

describe('ThrottledLink', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function pair(baudRate = 9600) {
    const [host, device] = createMemoryLinkPair();
    await host.open();
    await device.open();
    return { host, throttled: new ThrottledLink(device, { baudRate }) };
  }

  it('delays writes by their wire time, one after another', async () => {
    const { host, throttled } = await pair();
    const arrivals: number[] = [];
    host.onData(() => arrivals.push(performance.now()));
    const t0 = performance.now();
    void throttled.write(new Uint8Array(96)); // 100 ms at 9600 baud
    void throttled.write(new Uint8Array(48)); // 50 ms more
    await vi.advanceTimersByTimeAsync(99);
    expect(arrivals).toEqual([]);
    await vi.advanceTimersByTimeAsync(2);
    expect(arrivals.map((t) => Math.round(t - t0))).toEqual([100]);
    await vi.advanceTimersByTimeAsync(50);
    expect(arrivals.map((t) => Math.round(t - t0))).toEqual([100, 150]);
  });

  it('delays received bytes by their wire time, once for all listeners', async () => {
    const { host, throttled } = await pair();
    const seen: Array<[string, number]> = [];
    const t0 = performance.now();
    throttled.onData((c) => seen.push(['a', c.length]));
    throttled.onData((c) => seen.push(['b', c.length]));
    await host.write(new Uint8Array(96));
    await vi.advanceTimersByTimeAsync(99);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual([['a', 96], ['b', 96]]);
    expect(Math.round(performance.now() - t0)).toBe(100);
  });

  it('does not round sub-millisecond costs up per write (timers fire a few ms late at most, without drift)', async () => {
    const { host, throttled } = await pair(115200);
    let count = 0;
    host.onData(() => count++);
    for (let i = 0; i < 100; i++) void throttled.write(new Uint8Array(6)); // ACK-sized: 0.52 ms each, 52 ms in all
    await vi.advanceTimersByTimeAsync(wireTimeMs(600, 115200) - 2);
    expect(count).toBeLessThan(100);
    await vi.advanceTimersByTimeAsync(5); // 1 ms timer granularity: the last bytes land by 57 ms, not 100 × 1 ms
    expect(count).toBe(100);
  });

  it('can change speed', async () => {
    const { throttled } = await pair();
    throttled.baudRate = 115200;
    expect(throttled.baudRate).toBe(115200);
    expect(throttled.name).toBe('memory:device');
    expect(throttled.isOpen).toBe(true);
    await throttled.close();
    expect(throttled.isOpen).toBe(false);
  });
});

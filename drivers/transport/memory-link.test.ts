import { describe, expect, it } from 'vitest';
import { DriverFailure } from '../result';
import { createMemoryLinkPair } from './memory-link';

describe('createMemoryLinkPair', () => {
  it('delivers bytes to the other end asynchronously and in order', async () => {
    const [a, b] = createMemoryLinkPair();
    await a.open();
    await b.open();
    const got: number[][] = [];
    b.onData((c) => got.push(Array.from(c)));
    const w1 = a.write(Uint8Array.of(1, 2));
    const w2 = a.write(Uint8Array.of(3));
    expect(got).toEqual([]); // not synchronous
    await Promise.all([w1, w2]);
    expect(got).toEqual([[1, 2], [3]]);
    expect(a.bytesWritten).toBe(3);
    expect(b.bytesReceived).toBe(3);
  });

  it('copies written bytes so later mutation does not leak', async () => {
    const [a, b] = createMemoryLinkPair();
    await a.open();
    await b.open();
    const got: number[] = [];
    b.onData((c) => got.push(...c));
    const buf = Uint8Array.of(9);
    const w = a.write(buf);
    buf[0] = 0;
    await w;
    expect(got).toEqual([9]);
  });

  it('drops bytes sent to a closed end, and refuses writes on a closed end', async () => {
    const [a, b] = createMemoryLinkPair();
    await a.open();
    const got: number[] = [];
    b.onData((c) => got.push(...c));
    await a.write(Uint8Array.of(1));
    expect(got).toEqual([]);
    await expect(b.write(Uint8Array.of(1))).rejects.toBeInstanceOf(DriverFailure);
  });

  it('reports close without error and unplug with an error; unsubscribing works', async () => {
    const [a, b] = createMemoryLinkPair({ names: ['x', 'y'] });
    await a.open();
    await b.open();
    const events: Array<string | undefined> = [];
    a.onClose((e) => events.push(e?.message));
    const off = b.onClose((e) => events.push(e?.message));
    off();
    b.unplug();
    await a.close();
    expect(events).toEqual([undefined]);
    expect(a.name).toBe('x');
    await a.open();
    a.unplug(new Error('pulled'));
    expect(events).toEqual([undefined, 'pulled']);
    expect(a.isOpen).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InMemoryScanner } from './memory-scanner';
import { ReconnectingScanner } from './reconnecting-scanner';
import type { ScannedPayload, ScannerStatus } from './scanner';

describe('ReconnectingScanner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup() {
    const inner = new InMemoryScanner('memory:desk');
    const scanner = new ReconnectingScanner(inner, { initialDelayMs: 100, maxDelayMs: 400 });
    const statuses: ScannerStatus[] = [];
    const scans: ScannedPayload[] = [];
    scanner.onStatus((s) => statuses.push(s));
    scanner.onScan((s) => scans.push(s));
    return { inner, scanner, statuses, scans };
  }

  it('passes scans through', async () => {
    const { inner, scanner, scans } = setup();
    await scanner.open();
    inner.scan('hello');
    expect(scans.map((s) => s.text)).toEqual(['hello']);
  });

  it('re-opens after an unplug with doubling, capped delays and reports each step', async () => {
    const { inner, scanner, statuses } = setup();
    await scanner.open();
    inner.failNextOpens(3);
    inner.unplug();
    await vi.advanceTimersByTimeAsync(100 + 200 + 400);
    expect(inner.connected).toBe(false);
    await vi.advanceTimersByTimeAsync(399);
    expect(inner.connected).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(inner.connected).toBe(true);
    expect(statuses).toEqual([
      { state: 'connected', device: 'memory:desk' },
      { state: 'disconnected', device: 'memory:desk', error: { code: 'qr.unplugged', detail: 'simulated unplug' } },
      { state: 'reconnecting', device: 'memory:desk', attempt: 1, retryInMs: 100, error: { code: 'qr.unplugged', detail: 'simulated unplug' } },
      { state: 'reconnecting', device: 'memory:desk', attempt: 2, retryInMs: 200, error: { code: 'qr.open-failed', detail: 'simulated open failure' } },
      { state: 'reconnecting', device: 'memory:desk', attempt: 3, retryInMs: 400, error: { code: 'qr.open-failed', detail: 'simulated open failure' } },
      { state: 'reconnecting', device: 'memory:desk', attempt: 4, retryInMs: 400, error: { code: 'qr.open-failed', detail: 'simulated open failure' } },
      { state: 'connected', device: 'memory:desk' },
    ]);
  });

  it('starts over at the first delay after a successful reconnect', async () => {
    const { inner, scanner, statuses } = setup();
    await scanner.open();
    inner.unplug();
    await vi.advanceTimersByTimeAsync(100);
    inner.unplug();
    expect(statuses.at(-1)).toMatchObject({ state: 'reconnecting', attempt: 1, retryInMs: 100 });
  });

  it('keeps trying when the scanner is absent at start, and resolves open()', async () => {
    const { inner, scanner, statuses } = setup();
    inner.failNextOpens(1);
    await scanner.open();
    expect(statuses).toEqual([
      { state: 'reconnecting', device: 'memory:desk', attempt: 1, retryInMs: 100, error: { code: 'qr.open-failed', detail: 'simulated open failure' } },
    ]);
    await vi.advanceTimersByTimeAsync(100);
    expect(inner.connected).toBe(true);
  });

  it('stops retrying on close()', async () => {
    const { inner, scanner, statuses } = setup();
    await scanner.open();
    inner.unplug();
    await scanner.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(inner.connected).toBe(false);
    expect(statuses.map((s) => s.state)).toEqual(['connected', 'disconnected', 'reconnecting']);
    expect(vi.getTimerCount()).toBe(0);
  });
});

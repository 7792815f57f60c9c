import { describe, expect, it } from 'vitest';
import { DeviceReopener, type ReopenableDevice } from './device-reopener';

function device(name: string, calls: string[], failStart = false): ReopenableDevice {
  return {
    async stop() { calls.push(`${name}.stop`); },
    async start() {
      calls.push(`${name}.start`);
      if (failStart) throw new Error(`${name} missing`);
    },
  };
}

describe('DeviceReopener', () => {
  it('stops and starts each device, and a failing one does not keep the others closed', async () => {
    const calls: string[] = [];
    const logs: string[] = [];
    const r = new DeviceReopener(() => [device('reader', calls, true), device('scanner', calls)], { log: (m) => logs.push(m), now: () => 0 });
    await r.reopen('resume');
    expect(calls).toEqual(['reader.stop', 'reader.start', 'scanner.stop', 'scanner.start']);
    expect(logs).toEqual(['reopening devices (resume)', 'device start failed: reader missing']);
  });

  it('merges requests during a reopen and shortly after it', async () => {
    let t = 0;
    const calls: string[] = [];
    const r = new DeviceReopener(() => [device('reader', calls)], { log: () => {}, now: () => t, minIntervalMs: 5_000 });
    const first = r.reopen('core-exception');
    expect(r.reopen('core-exception')).toBe(first);
    await first;
    t = 1_000;
    await r.reopen('core-exception');
    expect(calls).toEqual(['reader.stop', 'reader.start']);
    t = 6_000;
    await r.reopen('resume');
    expect(calls).toEqual(['reader.stop', 'reader.start', 'reader.stop', 'reader.start']);
  });
});

import { describe, expect, it } from 'vitest';
import type { EntryPointHealth } from '../../api/portal-health';
import { HealthMonitor } from './health-monitor';
import type { ProbeResult } from './probe';

const entry = { id: 'portal', label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn/', expectStatus: 200, timeoutMs: 1000, intervalSeconds: 60 };

describe('HealthMonitor', () => {
  it('keeps the time an outage began across checks, and clears it on the first good answer', async () => {
    let answer: ProbeResult = { up: true };
    let clock = new Date('2026-12-07T03:00:00Z');
    const heard: EntryPointHealth[][] = [];
    const m = new HealthMonitor([entry], { probe: async () => answer, now: () => clock, onChange: (all) => heard.push(all) });
    expect(m.all()[0]).toMatchObject({ state: 'unknown', since: null });
    await m.checkAll();
    expect(m.all()[0]).toMatchObject({ state: 'up', since: '2026-12-07T03:00:00.000Z' });

    answer = { up: false, detail: 'status 503' };
    clock = new Date('2026-12-07T03:05:00Z');
    await m.checkAll();
    clock = new Date('2026-12-07T03:07:00Z');
    await m.checkAll();
    expect(m.all()[0]).toMatchObject({ state: 'down', since: '2026-12-07T03:05:00.000Z', checkedAt: '2026-12-07T03:07:00.000Z', detail: 'status 503' });

    answer = { up: true };
    clock = new Date('2026-12-07T03:20:00Z');
    await m.checkAll();
    expect(m.all()[0]).toEqual({ id: 'portal', label: entry.label, state: 'up', since: '2026-12-07T03:20:00.000Z', checkedAt: '2026-12-07T03:20:00.000Z' });
    // Only changes are announced: up, down, up (the second failed check said nothing new).
    expect(heard.map((all) => all[0]!.state)).toEqual(['up', 'down', 'up']);
  });

  it('checks nothing when none is configured (the demo)', async () => {
    const m = new HealthMonitor([], { onChange: () => { throw new Error('no change expected'); } });
    m.start();
    await m.checkAll();
    m.stop();
    expect(m.all()).toEqual([]);
  });
});

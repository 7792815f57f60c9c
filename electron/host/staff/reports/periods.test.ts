import { describe, expect, it } from 'vitest';
import { currentPeriod, monthlyReminder, periodProblem, previousMonth, previousWeek, utcRange, vnDate } from './periods';

// 2026-11-20 is a Friday.
const at = (iso: string) => new Date(iso);

describe('periods in Vietnam time (UTC+7)', () => {
  it('takes the civil date in Vietnam', () => {
    expect(vnDate(at('2026-11-20T16:59:59Z'))).toBe('2026-11-20');
    expect(vnDate(at('2026-11-20T17:00:00Z'))).toBe('2026-11-21');
  });

  it('builds today, this week (Monday–Sunday) and this month', () => {
    const now = at('2026-11-20T03:00:00Z');
    expect(currentPeriod('today', now)).toEqual({ from: '2026-11-20', to: '2026-11-20' });
    expect(currentPeriod('week', now)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(currentPeriod('month', now)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(currentPeriod('month', at('2028-02-10T03:00:00Z'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(currentPeriod('week', at('2026-11-22T17:00:00Z'))).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // Monday 00:00 local
  });

  it('defaults reports to the previous month and the previous week', () => {
    expect(previousMonth(at('2026-01-03T03:00:00Z'))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(previousMonth(at('2026-03-31T16:59:00Z'))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousWeek(at('2026-11-20T03:00:00Z'))).toEqual({ from: '2026-11-09', to: '2026-11-15' });
  });

  it('turns a period into the UTC instants it covers', () => {
    const r = utcRange({ from: '2026-11-01', to: '2026-11-30' });
    expect(r.from.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(r.to.toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it.each([
    ['2026-12-04T03:00:00Z', false, false, false],
    ['2026-12-05T03:00:00Z', false, true, false],
    ['2026-12-11T16:00:00Z', false, true, false],
    ['2026-12-12T03:00:00Z', false, true, true],
    ['2026-12-20T03:00:00Z', true, false, false],
  ] as const)('reminder at %s (exported %s): show %s, overdue %s', (now, exported, show, overdue) => {
    const r = monthlyReminder(at(now), exported);
    expect(r).toMatchObject({ show, overdue, dueBy: '2026-12-11', period: { from: '2026-11-01', to: '2026-11-30' } });
  });

  it('refuses reversed and over-long custom periods', () => {
    expect(periodProblem({ from: '2026-11-02', to: '2026-11-01' })).toBe('period.reversed');
    expect(periodProblem({ from: '2025-01-01', to: '2026-11-01' })).toBe('period.too-long');
    expect(periodProblem({ from: '2026-11-01', to: '2026-11-01' })).toBeNull();
  });
});

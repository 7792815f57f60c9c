import { describe, expect, it } from 'vitest';
import type { TargetProgress } from '../../api/staff';
import { activationTarget, citizensHelped } from './ward-figures';

const target = (indicator: string): TargetProgress => ({
  indicator, label: indicator, percent: 100, deadline: '2026-12-31', targetCount: 8000, achieved: 12, overdue: false,
});

describe('the figures both faces show', () => {
  it('counts every time a citizen was helped: served kiosk sessions plus staff-assisted cases', () => {
    expect(citizensHelped({ servedKioskSessions: 2, assistedCases: 1 })).toBe(3);
    expect(citizensHelped({ servedKioskSessions: 0, assistedCases: 0 })).toBe(0);
  });

  it('takes the activation target from kiosk.json targets (indicator vneid-activated), or none', () => {
    expect(activationTarget([target('online-accounts'), target('vneid-activated')])).toEqual(target('vneid-activated'));
    expect(activationTarget([target('online-accounts')])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { AssistGoal, AssistStep } from '../../../api/staff';
import { closingStatus, GOAL_STEPS, STEP_REASONS, type MarkedStep } from './checklists';

const mark = (step: AssistStep, outcome: MarkedStep['outcome'], reason: MarkedStep['reason'] = null): MarkedStep => ({ step, outcome, reason });

describe('checklists', () => {
  it('gives every goal a checklist of known, distinct steps', () => {
    for (const goal of AssistGoal.options) {
      const steps = GOAL_STEPS[goal];
      expect(steps.length).toBeGreaterThan(2);
      expect(new Set(steps).size).toBe(steps.length);
    }
    const used = new Set(Object.values(GOAL_STEPS).flat());
    expect([...used].sort()).toEqual([...AssistStep.options].sort());
    for (const step of Object.keys(STEP_REASONS)) expect(used.has(step as AssistStep)).toBe(true);
  });

  it.each([
    ['all done', [mark('open-portal', 'done'), mark('login-vneid', 'done'), mark('update-from-national-db', 'done')], 'completed', null],
    ['done and skipped', [mark('open-portal', 'done'), mark('login-vneid', 'skipped')], 'completed', null],
    ['all skipped', [mark('open-portal', 'skipped'), mark('login-vneid', 'skipped')], 'incomplete', null],
    ['one unmarked', [mark('open-portal', 'done'), mark('login-vneid', null)], 'incomplete', null],
    ['a failure', [mark('install-app', 'done'), mark('enter-id-phone', 'failed', 'no-own-name-sim')], 'failed', null],
    ['waiting for the SMS', [mark('submit-registration', 'done'), mark('approval-sms', 'failed', 'no-approval-sms-yet')], 'pending', 'awaiting-approval'],
    ['referred to the police', [mark('explain-level2', 'done'), mark('documents-to-bring', 'done'), mark('referred-to-police', 'done')], 'pending', 'referred-police'],
  ] as const)('%s → %s', (_label, steps, status, followUp) => {
    expect(closingStatus(steps)).toEqual({ status, followUp });
  });
});

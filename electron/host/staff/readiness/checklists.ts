import { SUGGESTED_REASONS, type AssistGoal, type AssistStep, type FailureReason, type FollowUpKind, type ReadinessCheckName, type RecordStatus, type StepOutcome } from '../../../api/staff';

/**
 * The step checklist of each goal, in the order staff walk it (vneid-and-portal.md). Every step
 * happens on the citizen's own phone; the kiosk never asks for, shows or stores OTPs, passwords or
 * passcodes: the steps that involve them are only ticked.
 */
export const GOAL_STEPS: Readonly<Record<AssistGoal, readonly AssistStep[]>> = {
  // Level 1 in the VNeID app: install, ID + own-name phone number, chip by NFC (or the card's QR), face, send, wait for the SMS.
  'vneid-level1': ['install-app', 'enter-id-phone', 'scan-card', 'face-capture', 'submit-registration', 'approval-sms'],
  // Activation after approval: ID + phone → OTP by SMS → password → 6-digit passcode → two security questions.
  'vneid-activation': ['activation-start', 'otp-received', 'password-set', 'passcode-set', 'security-questions'],
  // Level 2 is done only by the police in person: the kiosk explains, lists what to bring and refers.
  'vneid-level2-referral': ['explain-level2', 'documents-to-bring', 'referred-to-police'],
  // Portal: "Thông tin định danh" → "Cập nhật từ CSDL Quốc gia về dân cư" → log in with VNeID.
  'portal-link': ['open-portal', 'login-vneid', 'update-from-national-db'],
  'first-dossier': ['choose-procedure', 'fill-form', 'attach-documents', 'submit-dossier', 'receipt-code'],
};

/** Readiness checks that stop each goal when they fail; the others are shown as advice. */
export const BLOCKING_CHECKS: Readonly<Record<AssistGoal, readonly ReadinessCheckName[]>> = {
  'vneid-level1': ['age', 'card-chip', 'card-valid', 'chip-authentic', 'id-consistent', 'own-name-sim', 'phone-capable'],
  'vneid-activation': ['own-name-sim', 'phone-capable'],
  'vneid-level2-referral': ['age', 'card-chip', 'card-valid', 'id-consistent', 'own-name-sim'],
  'portal-link': ['phone-capable'],
  'first-dossier': [],
};

/** Reasons offered first for a step: defined in the contract so the staff face shows the same. */
export const STEP_REASONS = SUGGESTED_REASONS;

/** A failed step with one of these reasons is not a failure yet: the case waits and is followed up. */
const WAITING_REASONS: Readonly<Partial<Record<FailureReason, FollowUpKind>>> = {
  'no-approval-sms-yet': 'awaiting-approval',
};

/** Steps whose completion hands the case to someone else (the ward police). */
const HAND_OFF_STEPS: Readonly<Partial<Record<AssistStep, FollowUpKind>>> = {
  'referred-to-police': 'referred-police',
};

export interface MarkedStep {
  readonly step: AssistStep;
  readonly outcome: StepOutcome | null;
  readonly reason: FailureReason | null;
}

/**
 * The status a record closes with, from its steps: waiting → pending (follow-up); a hand-off step
 * done → pending; any other failure → failed; every step done or skipped (one done at least) →
 * completed; otherwise incomplete.
 */
export function closingStatus(steps: readonly MarkedStep[]): { status: RecordStatus; followUp: FollowUpKind | null } {
  for (const s of steps) {
    const waiting = s.outcome === 'failed' && s.reason ? WAITING_REASONS[s.reason] : undefined;
    if (waiting) return { status: 'pending', followUp: waiting };
  }
  if (steps.some((s) => s.outcome === 'failed')) return { status: 'failed', followUp: null };
  for (const s of steps) {
    const handOff = s.outcome === 'done' ? HAND_OFF_STEPS[s.step] : undefined;
    if (handOff) return { status: 'pending', followUp: handOff };
  }
  const allMarked = steps.every((s) => s.outcome === 'done' || s.outcome === 'skipped');
  if (allMarked && steps.some((s) => s.outcome === 'done')) return { status: 'completed', followUp: null };
  return { status: 'incomplete', followUp: null };
}

/** Whether a step belongs to a goal's checklist. */
export const stepBelongs = (goal: AssistGoal, step: AssistStep): boolean => GOAL_STEPS[goal].includes(step);

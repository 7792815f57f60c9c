import type { AssistedRecord, AssistGoal, AssistStep, FailureReason, Readiness, StepOutcome } from '../../../api/staff';
import { ApiFailure } from '../../api/api-failure';
import type { StaffPrincipal } from '../accounts/staff-sessions';
import type { AuditLog } from '../audit/audit-log';
import { idHash, maskId } from '../crypto/id-privacy';
import type { StaffKeys } from '../keys/key-provider';
import { closingStatus, GOAL_STEPS, stepBelongs } from '../readiness/checklists';
import type { RecordRepository } from './record-repository';

/** The citizen of a record as the service needs it: the ID to mask and hash, then dropped. */
export interface RecordCitizen {
  readonly idNumber: string;
  readonly source: 'chip' | 'qr' | 'manual';
}

/**
 * Assisted registration records: one per citizen and goal, with the step checklist. Errors:
 * staff.record-unknown, staff.record-closed, staff.step-unknown, staff.reason-required,
 * staff.not-pending.
 */
export class AssistedRecords {
  constructor(
    private readonly repo: RecordRepository,
    private readonly audit: AuditLog,
    private readonly keys: () => Promise<StaffKeys>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The masked ID and keyed hash of an ID number (for readiness answers and follow-up matching). */
  async identify(idNumber: string): Promise<{ maskedId: string; idHash: string }> {
    const { idHashKey } = await this.keys();
    return { maskedId: maskId(idNumber), idHash: idHash(idHashKey, idNumber) };
  }

  async start(principal: StaffPrincipal, citizen: RecordCitizen, goal: AssistGoal, readiness: Readiness): Promise<AssistedRecord> {
    const { maskedId, idHash: hash } = await this.identify(citizen.idNumber);
    const id = this.repo.insert({
      maskedId,
      idHash: hash,
      source: citizen.source,
      staffId: principal.accountId,
      team: principal.team,
      goal,
      readiness: JSON.stringify({ verdict: readiness.verdict, checks: Object.fromEntries(readiness.checks.map((c) => [c.check, c.status])) }),
      steps: GOAL_STEPS[goal],
      at: this.iso(),
    });
    this.audit.append(`staff:${principal.accountId}`, 'record.created', `record:${id}`, { goal, source: citizen.source, verdict: readiness.verdict });
    return this.mustGet(id);
  }

  markStep(principal: StaffPrincipal, recordId: number, step: AssistStep, outcome: StepOutcome, reason: FailureReason | null): AssistedRecord {
    const record = this.mustGet(recordId);
    if (record.status !== 'open') throw new ApiFailure('staff.record-closed');
    if (!stepBelongs(record.goal, step)) throw new ApiFailure('staff.step-unknown');
    if (outcome === 'failed' && !reason) throw new ApiFailure('staff.reason-required');
    const kept = outcome === 'failed' ? reason : null;
    this.repo.setStep(recordId, step, outcome, kept, this.iso());
    this.audit.append(`staff:${principal.accountId}`, 'record.stepMarked', `record:${recordId}`, { step, outcome, reason: kept });
    return this.mustGet(recordId);
  }

  finish(principal: StaffPrincipal, recordId: number): AssistedRecord {
    const record = this.mustGet(recordId);
    if (record.status !== 'open') throw new ApiFailure('staff.record-closed');
    const { status, followUp } = closingStatus(record.steps);
    this.repo.close(recordId, status, followUp, this.iso());
    this.audit.append(`staff:${principal.accountId}`, 'record.closed', `record:${recordId}`, { status, followUp });
    return this.mustGet(recordId);
  }

  /**
   * Closes the records staff left open (no "Kết thúc") and untouched for `idleMs` (default 8 hours, a
   * working day), as finishing them would: a waiting step still makes a follow-up, the rest counts as
   * not finished. Otherwise they stay "Đang thực hiện" in every report for good. Audited as the system.
   */
  closeForgotten(idleMs = 8 * 3_600_000): number {
    const stale = this.repo.openSince(new Date(this.now().getTime() - idleMs).toISOString());
    for (const record of stale) {
      const { status, followUp } = closingStatus(record.steps);
      this.repo.close(record.id, status, followUp, this.iso());
      this.audit.append('system', 'record.closed', `record:${record.id}`, { status, followUp, forgotten: true });
    }
    return stale.length;
  }

  get(recordId: number): AssistedRecord {
    return this.mustGet(recordId);
  }

  followUps(): AssistedRecord[] {
    return this.repo.followUps();
  }

  followUpsFor(hash: string): AssistedRecord[] {
    return this.repo.followUpsFor(hash);
  }

  /**
   * Closes a follow-up. The step that made the case wait (or hand off) takes the result: done when
   * completed, failed with `reason` when failed; abandoned leaves the steps as they were.
   */
  resolve(principal: StaffPrincipal, recordId: number, resolution: 'completed' | 'failed' | 'abandoned', reason: FailureReason | null): AssistedRecord {
    const record = this.mustGet(recordId);
    if (record.status !== 'pending') throw new ApiFailure('staff.not-pending');
    if (resolution === 'failed' && !reason) throw new ApiFailure('staff.reason-required');
    const at = this.iso();
    const waitingStep = record.steps.find((s) => s.outcome === 'failed' && s.reason === 'no-approval-sms-yet')
      ?? record.steps.find((s) => s.step === 'referred-to-police' && s.outcome === 'done');
    if (waitingStep && resolution === 'completed' && waitingStep.outcome === 'failed') this.repo.setStep(recordId, waitingStep.step, 'done', null, at);
    if (waitingStep && resolution === 'failed') this.repo.setStep(recordId, waitingStep.step, 'failed', reason, at);
    this.repo.resolve(recordId, resolution, principal.accountId, at);
    this.audit.append(`staff:${principal.accountId}`, 'followUp.resolved', `record:${recordId}`, { resolution, reason: resolution === 'failed' ? reason : null });
    return this.mustGet(recordId);
  }

  private mustGet(id: number): AssistedRecord {
    const r = this.repo.get(id);
    if (!r) throw new ApiFailure('staff.record-unknown');
    return r;
  }

  private iso(): string {
    return this.now().toISOString();
  }
}

import type { AssistedRecord, AssistGoal, AssistStep, FailureReason, FollowUpKind, RecordStatus, StepOutcome } from '../../../api/staff';
import type { Db } from '../../storage/database';

interface RecordRow {
  id: number;
  masked_id: string;
  goal: AssistGoal;
  status: RecordStatus;
  follow_up: FollowUpKind | null;
  source: 'chip' | 'qr' | 'manual';
  staff_name: string;
  team: string;
  started_at: string;
  updated_at: string;
  closed_at: string | null;
}

interface StepRow {
  step: AssistStep;
  outcome: StepOutcome | null;
  reason: FailureReason | null;
  at: string | null;
}

export interface NewRecord {
  readonly maskedId: string;
  readonly idHash: string;
  readonly source: 'chip' | 'qr' | 'manual';
  readonly staffId: number;
  readonly team: string;
  readonly goal: AssistGoal;
  /** JSON of the readiness verdict and check statuses: codes only. */
  readonly readiness: string;
  readonly steps: readonly AssistStep[];
  readonly at: string;
}

const SELECT_RECORD = `
  SELECT r.id, r.masked_id, r.goal, r.status, r.follow_up, r.source, s.name AS staff_name, r.team,
         r.started_at, r.updated_at, r.closed_at
    FROM assisted_records r JOIN staff_accounts s ON s.id = r.staff_id`;

/** All SQL on assisted_records and assisted_steps. Holds masked IDs and keyed hashes only. */
export class RecordRepository {
  constructor(private readonly db: Db) {}

  insert(r: NewRecord): number {
    return this.db.transaction(() => {
      const { id } = this.db
        .prepare<unknown[], { id: number }>(
          `INSERT INTO assisted_records (masked_id, id_hash, source, staff_id, team, goal, readiness, status, started_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id`,
        )
        .get(r.maskedId, r.idHash, r.source, r.staffId, r.team, r.goal, r.readiness, r.at, r.at)!;
      const step = this.db.prepare('INSERT INTO assisted_steps (record_id, position, step) VALUES (?, ?, ?)');
      r.steps.forEach((s, i) => step.run(id, i, s));
      return id;
    })();
  }

  get(id: number): AssistedRecord | null {
    const row = this.db.prepare<[number], RecordRow>(`${SELECT_RECORD} WHERE r.id = ?`).get(id);
    return row ? this.withSteps(row) : null;
  }

  setStep(recordId: number, step: AssistStep, outcome: StepOutcome, reason: FailureReason | null, at: string): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE assisted_steps SET outcome = ?, reason = ?, at = ? WHERE record_id = ? AND step = ?').run(outcome, reason, at, recordId, step);
      this.db.prepare('UPDATE assisted_records SET updated_at = ? WHERE id = ?').run(at, recordId);
    })();
  }

  close(recordId: number, status: RecordStatus, followUp: FollowUpKind | null, at: string): void {
    this.db.prepare('UPDATE assisted_records SET status = ?, follow_up = ?, closed_at = ?, updated_at = ? WHERE id = ?').run(status, followUp, at, at, recordId);
  }

  resolve(recordId: number, status: RecordStatus, by: number, at: string): void {
    this.db.prepare('UPDATE assisted_records SET status = ?, resolved_by = ?, updated_at = ? WHERE id = ?').run(status, by, at, recordId);
  }

  /** Pending records, oldest first: the follow-up list. */
  /** Records still open (never finished) whose last change was before `before` (ISO). */
  openSince(before: string): AssistedRecord[] {
    return this.db
      .prepare<[string], RecordRow>(`${SELECT_RECORD} WHERE r.status = 'open' AND r.updated_at < ? ORDER BY r.started_at`)
      .all(before)
      .map((r) => this.withSteps(r));
  }

  followUps(): AssistedRecord[] {
    return this.db.prepare<[], RecordRow>(`${SELECT_RECORD} WHERE r.status = 'pending' ORDER BY r.started_at`).all().map((r) => this.withSteps(r));
  }

  /** One citizen's pending records, by the keyed ID hash. */
  followUpsFor(idHash: string): AssistedRecord[] {
    return this.db
      .prepare<[string], RecordRow>(`${SELECT_RECORD} WHERE r.status = 'pending' AND r.id_hash = ? ORDER BY r.started_at`)
      .all(idHash)
      .map((r) => this.withSteps(r));
  }

  idHashOf(recordId: number): string | null {
    return this.db.prepare<[number], { id_hash: string }>('SELECT id_hash FROM assisted_records WHERE id = ?').get(recordId)?.id_hash ?? null;
  }

  private withSteps(r: RecordRow): AssistedRecord {
    const steps = this.db.prepare<[number], StepRow>('SELECT step, outcome, reason, at FROM assisted_steps WHERE record_id = ? ORDER BY position').all(r.id);
    return {
      id: r.id, maskedId: r.masked_id, goal: r.goal, status: r.status, followUp: r.follow_up, source: r.source,
      staffName: r.staff_name, team: r.team, startedAt: r.started_at, updatedAt: r.updated_at, closedAt: r.closed_at, steps,
    };
  }
}

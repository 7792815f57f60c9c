import type { Db } from '../database';

import type { SessionEndReason } from '../../../api/session';
export type IdentifiedBy = 'chip' | 'qr' | 'none';
export type SessionOutcome = 'submitted' | 'finish-on-phone' | 'need-help';

/** Counts of citizen sessions for the ward's reports. Stores nothing personal. */
export class CitizenSessionLog {
  private readonly insert;
  private readonly finish;
  private readonly identify;
  private readonly outcome;
  private readonly countQuery;
  private readonly procedureQuery;

  constructor(db: Db) {
    this.insert = db.prepare<[string], { id: number }>('INSERT INTO citizen_sessions (started_at) VALUES (?) RETURNING id');
    this.finish = db.prepare<[string, SessionEndReason, number]>(
      'UPDATE citizen_sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL',
    );
    this.identify = db.prepare<[IdentifiedBy, number]>('UPDATE citizen_sessions SET identified_by = ? WHERE id = ?');
    this.outcome = db.prepare<[string | null, SessionOutcome, number]>(
      'UPDATE citizen_sessions SET procedure_code = ?, outcome = ? WHERE id = ?',
    );
    this.countQuery = db.prepare<[string, string], { sessions: number; served: number; identified: number; submitted: number; finishOnPhone: number; needHelp: number }>(
      // served: the citizen got something from the session (identified, guided to a procedure, or an
      // outcome), not a passer-by who touched the screen and left.
      `SELECT count(*) AS sessions,
              coalesce(sum(identified_by <> 'none' OR procedure_code IS NOT NULL OR outcome IS NOT NULL), 0) AS served,
              coalesce(sum(identified_by <> 'none'), 0) AS identified,
              coalesce(sum(outcome = 'submitted'), 0) AS submitted,
              coalesce(sum(outcome = 'finish-on-phone'), 0) AS finishOnPhone,
              coalesce(sum(outcome = 'need-help'), 0) AS needHelp
         FROM citizen_sessions WHERE started_at >= ? AND started_at < ?`,
    );
    this.procedureQuery = db.prepare<[string, string], { code: string; guided: number; submitted: number }>(
      `SELECT procedure_code AS code, count(*) AS guided, coalesce(sum(outcome = 'submitted'), 0) AS submitted
         FROM citizen_sessions WHERE procedure_code IS NOT NULL AND started_at >= ? AND started_at < ?
        GROUP BY procedure_code ORDER BY guided DESC, procedure_code`,
    );
  }

  started(at: Date): number {
    return this.insert.get(at.toISOString())!.id;
  }
  ended(id: number, at: Date, reason: SessionEndReason): void {
    this.finish.run(at.toISOString(), reason, id);
  }
  identified(id: number, by: IdentifiedBy): void {
    this.identify.run(by, id);
  }
  recordOutcome(id: number, procedureCode: string | null, outcome: SessionOutcome): void {
    this.outcome.run(procedureCode, outcome, id);
  }
  /** Counts over [from, to) in ISO time. */
  counts(from: Date, to: Date) {
    return this.countQuery.get(from.toISOString(), to.toISOString())!;
  }
  /** Sessions per procedure guided over [from, to), and how many of them reached "submitted" (staff reports). */
  byProcedure(from: Date, to: Date): { code: string; guided: number; submitted: number }[] {
    return this.procedureQuery.all(from.toISOString(), to.toISOString());
  }
}

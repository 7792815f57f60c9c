import type { Db } from '../database';

import type { DissatisfactionReason, SatisfactionRating, SessionEndReason } from '../../../api/session';
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
  private readonly rating;
  private readonly ratingQuery;
  private readonly reasonQuery;

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
    // The rating columns arrive with migration 6: prepared on first use, so this class still opens a
    // file of an older version (the migration tests build their old rows through it).
    this.rating = lazy(() => db.prepare<[SatisfactionRating, DissatisfactionReason | null, number]>('UPDATE citizen_sessions SET rating = ?, rating_reason = ? WHERE id = ?'));
    this.ratingQuery = lazy(() => db.prepare<[string, string], { verySatisfied: number; satisfied: number; dissatisfied: number }>(
      `SELECT coalesce(sum(rating = 'very-satisfied'), 0) AS verySatisfied, coalesce(sum(rating = 'satisfied'), 0) AS satisfied,
              coalesce(sum(rating = 'dissatisfied'), 0) AS dissatisfied
         FROM citizen_sessions WHERE started_at >= ? AND started_at < ?`,
    ));
    this.reasonQuery = lazy(() => db.prepare<[string, string], { reason: DissatisfactionReason; count: number }>(
      `SELECT rating_reason AS reason, count(*) AS count FROM citizen_sessions
        WHERE rating_reason IS NOT NULL AND started_at >= ? AND started_at < ?
        GROUP BY rating_reason ORDER BY count DESC, rating_reason`,
    ));
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
  recordRating(id: number, rating: SatisfactionRating, reason: DissatisfactionReason | null): void {
    this.rating().run(rating, reason, id);
  }
  /** Reasons given with "Không hài lòng" over [from, to), most frequent first. */
  dissatisfactionReasons(from: Date, to: Date): { reason: DissatisfactionReason; count: number }[] {
    return this.reasonQuery().all(from.toISOString(), to.toISOString());
  }
  /** Counts over [from, to) in ISO time, ratings included. */
  counts(from: Date, to: Date) {
    const range = [from.toISOString(), to.toISOString()] as const;
    return { ...this.countQuery.get(...range)!, ...this.ratingQuery().get(...range)! };
  }
  /** Sessions per procedure guided over [from, to), and how many of them reached "submitted" (staff reports). */
  byProcedure(from: Date, to: Date): { code: string; guided: number; submitted: number }[] {
    return this.procedureQuery.all(from.toISOString(), to.toISOString());
  }
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

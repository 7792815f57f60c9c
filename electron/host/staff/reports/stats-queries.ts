import type { AssistGoal, DataErrorKind, FailureReason, RecordStatus } from '../../../api/staff';
import type { Db } from '../../storage/database';

/** [from, to) as ISO instants; records count by when they started, referrals by when they were made. */
export interface Range {
  readonly from: Date;
  readonly to: Date;
}

const iso = (r: Range): [string, string] => [r.from.toISOString(), r.to.toISOString()];

/**
 * What a kiosk-measured target indicator counts: distinct citizens (keyed ID hash) whose record of
 * `goal` reached one of `statuses` (with `followUp` when given). Indicators not listed here are shown
 * as "not measured by the kiosk".
 */
export const TARGET_MEASURES: Readonly<Record<string, { goal: AssistGoal; reached: readonly { status: RecordStatus; followUp?: string }[] }>> = {
  'vneid-registered': { goal: 'vneid-level1', reached: [{ status: 'completed' }, { status: 'pending', followUp: 'awaiting-approval' }] },
  'vneid-activated': { goal: 'vneid-activation', reached: [{ status: 'completed' }] },
  'vneid-level2': { goal: 'vneid-level2-referral', reached: [{ status: 'completed' }, { status: 'pending', followUp: 'referred-police' }] },
  'online-accounts': { goal: 'portal-link', reached: [{ status: 'completed' }] },
  'portal-linked': { goal: 'portal-link', reached: [{ status: 'completed' }] },
};

/** All counting SQL of the dashboard and the reports. Counts only: nothing personal leaves here. */
export class StatsQueries {
  constructor(private readonly db: Db) {}

  outcomes(r: Range): { goal: AssistGoal; status: RecordStatus; n: number }[] {
    return this.db
      .prepare<[string, string], { goal: AssistGoal; status: RecordStatus; n: number }>(
        'SELECT goal, status, count(*) AS n FROM assisted_records WHERE started_at >= ? AND started_at < ? GROUP BY goal, status',
      )
      .all(...iso(r));
  }

  /** Assisted cases (records) started in the range. */
  records(r: Range): number {
    return this.db
      .prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM assisted_records WHERE started_at >= ? AND started_at < ?')
      .get(...iso(r))!.n;
  }

  distinctCitizens(r: Range): number {
    return this.db
      .prepare<[string, string], { n: number }>('SELECT count(DISTINCT id_hash) AS n FROM assisted_records WHERE started_at >= ? AND started_at < ?')
      .get(...iso(r))!.n;
  }

  failureReasons(r: Range): { reason: FailureReason; count: number }[] {
    return this.db
      .prepare<[string, string], { reason: FailureReason; count: number }>(
        `SELECT s.reason AS reason, count(*) AS count FROM assisted_steps s JOIN assisted_records r ON r.id = s.record_id
          WHERE s.outcome = 'failed' AND s.reason IS NOT NULL AND r.started_at >= ? AND r.started_at < ?
          GROUP BY s.reason ORDER BY count DESC, s.reason`,
      )
      .all(...iso(r));
  }

  byStaff(r: Range): { staffId: number; name: string; team: string; records: number; citizens: number; completed: number }[] {
    return this.db
      .prepare<[string, string], { staffId: number; name: string; team: string; records: number; citizens: number; completed: number }>(
        `SELECT a.id AS staffId, a.name AS name, a.team AS team, count(*) AS records, count(DISTINCT r.id_hash) AS citizens,
                coalesce(sum(r.status = 'completed'), 0) AS completed
           FROM assisted_records r JOIN staff_accounts a ON a.id = r.staff_id
          WHERE r.started_at >= ? AND r.started_at < ?
          GROUP BY a.id ORDER BY records DESC, a.name`,
      )
      .all(...iso(r));
  }

  byTeam(r: Range): { team: string; records: number; citizens: number; completed: number }[] {
    return this.db
      .prepare<[string, string], { team: string; records: number; citizens: number; completed: number }>(
        `SELECT team, count(*) AS records, count(DISTINCT id_hash) AS citizens, coalesce(sum(status = 'completed'), 0) AS completed
           FROM assisted_records WHERE started_at >= ? AND started_at < ?
          GROUP BY team ORDER BY records DESC, team`,
      )
      .all(...iso(r));
  }

  referralsByKind(r: Range): { kind: DataErrorKind; count: number }[] {
    return this.db
      .prepare<[string, string], { kind: DataErrorKind; count: number }>(
        `SELECT k.value AS kind, count(*) AS count FROM referrals f, json_each(f.kinds) k
          WHERE f.created_at >= ? AND f.created_at < ? GROUP BY k.value ORDER BY count DESC, k.value`,
      )
      .all(...iso(r));
  }

  referrals(r: Range): number {
    return this.db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM referrals WHERE created_at >= ? AND created_at < ?').get(...iso(r))!.n;
  }

  openFollowUps(): number {
    return this.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM assisted_records WHERE status = 'pending'").get()!.n;
  }

  /** Distinct citizens who reached an indicator, over all records started before `before`; null if not measured. */
  targetAchieved(indicator: string, before: Date): number | null {
    const m = TARGET_MEASURES[indicator];
    if (!m) return null;
    const conditions = m.reached.map((c) => (c.followUp ? `(status = '${c.status}' AND follow_up = '${c.followUp}')` : `status = '${c.status}'`));
    return this.db
      .prepare<[string, string], { n: number }>(
        `SELECT count(DISTINCT id_hash) AS n FROM assisted_records WHERE goal = ? AND started_at < ? AND (${conditions.join(' OR ')})`,
      )
      .get(m.goal, before.toISOString())!.n;
  }

  /** Completed activations in [from, to): the display's statistics slide. */
  activations(r: Range): number {
    return this.db
      .prepare<[string, string], { n: number }>(
        "SELECT count(*) AS n FROM assisted_records WHERE goal = 'vneid-activation' AND status = 'completed' AND started_at >= ? AND started_at < ?",
      )
      .get(...iso(r))!.n;
  }
}

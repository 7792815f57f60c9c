import { AssistGoal, type Dashboard, type Period, type RecordStatus, type TargetProgress } from '../../../api/staff';
import type { KioskConfig } from '../../config/kiosk-config-schema';
import type { CitizenSessionLog } from '../../storage/repositories/citizen-session-log';
import { utcRange, vnDate } from './periods';
import type { StatsQueries } from './stats-queries';
import { citizensHelped } from '../../figures/ward-figures';

const STATUSES: readonly RecordStatus[] = ['open', 'completed', 'pending', 'failed', 'incomplete', 'abandoned'];
type OutcomeCounts = Record<RecordStatus, number>;
const zero = (): OutcomeCounts => ({ open: 0, completed: 0, pending: 0, failed: 0, incomplete: 0, abandoned: 0 });

/** The ward's numbers for one period: what the dashboard draws and the reports print. */
export function buildDashboard(
  stats: StatsQueries,
  sessions: CitizenSessionLog,
  config: Pick<KioskConfig, 'ward' | 'targets'>,
  period: Period,
  now: Date,
): Dashboard {
  const range = utcRange(period);
  const byGoal = new Map<AssistGoal, OutcomeCounts>(AssistGoal.options.map((g) => [g, zero()]));
  const totals = zero();
  for (const row of stats.outcomes(range)) {
    byGoal.get(row.goal)![row.status] += row.n;
    totals[row.status] += row.n;
  }
  const records = STATUSES.reduce((sum, s) => sum + totals[s], 0);
  const sessionCounts = sessions.counts(range.from, range.to);
  return {
    period,
    totals: {
      citizensHelped: citizensHelped({ servedKioskSessions: sessionCounts.served, assistedCases: records }),
      records,
      citizens: stats.distinctCitizens(range), referrals: stats.referrals(range), followUpsOpen: stats.openFollowUps(), ...totals },
    byGoal: [...byGoal].map(([goal, counts]) => ({ goal, ...counts })),
    failureReasons: stats.failureReasons(range),
    byStaff: stats.byStaff(range),
    byTeam: stats.byTeam(range),
    referralsByKind: stats.referralsByKind(range),
    citizenSessions: { ...sessionCounts, byProcedure: sessions.byProcedure(range.from, range.to), dissatisfactionReasons: sessions.dissatisfactionReasons(range.from, range.to) },
    // Progress is cumulative up to the end of the period (or now, if sooner).
    targets: targetProgress(stats, config, new Date(Math.min(range.to.getTime(), now.getTime())), vnDate(now)),
  };
}

/** Each configured target: population × percent, what the kiosk's records reached, and if it is late. */
export function targetProgress(stats: StatsQueries, config: Pick<KioskConfig, 'ward' | 'targets'>, before: Date, today: string): TargetProgress[] {
  return config.targets.map((t) => {
    const targetCount = Math.ceil((config.ward.population * t.percent) / 100);
    const achieved = stats.targetAchieved(t.indicator, before);
    return {
      indicator: t.indicator,
      label: t.label,
      percent: t.percent,
      deadline: t.deadline,
      targetCount,
      achieved,
      overdue: today > t.deadline && (achieved === null || achieved < targetCount),
    };
  });
}

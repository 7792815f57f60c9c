import { useEffect, useState } from 'react';
import type { Dashboard as DashboardData } from '../../../../../electron/api/staff';
import { Button } from '../../../design/Button';
import { errorText, useI18n } from '../../../i18n/i18n';
import { viDate } from '../dates';
import { saveFile } from '../download';
import type { StaffSessionApi } from '../use-staff-session';
import { targetText } from '../../figures/target-text';
import { BarList, Progress, StackedBars } from './charts';
import { useProcedureNames } from './use-procedure-names';
import { SatisfactionBars } from './SatisfactionBars';

type Range = 'today' | 'week' | 'month';

/** Today / this week / this month at a glance: totals, outcomes by goal, reasons, people, targets. */
export function Dashboard({ staff, canReport }: { staff: StaffSessionApi; canReport: boolean }) {
  const { t, language } = useI18n();
  const [range, setRange] = useState<Range>('today');
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const procedureNames = useProcedureNames(data?.citizenSessions.byProcedure.map((p) => p.code) ?? [], language);
  useEffect(() => {
    void staff.call('staff.dashboard', { range }).then((r) => (r.ok ? setData(r.value) : setError(r.error.code)));
  }, [staff.call, range]);

  const download = async () => {
    if (!data) return;
    const r = await staff.call('staff.reports.generate', { period: { kind: 'custom', ...data.period }, format: 'xlsx' });
    if (r.ok) saveFile(r.value.file);
    else setError(r.error.code);
  };
  return (
    <section className="staff-dashboard" data-testid="dashboard">
      <h2>{t('staff.dashboard.title')}</h2>
      <div className="staff-choice-row">
        {(['today', 'week', 'month'] as const).map((r) => (
          <Button key={r} aria-pressed={range === r} onClick={() => setRange(r)} data-testid={`dashboard-${r}`}>{t(`staff.dashboard.${r}` as const)}</Button>
        ))}
        {data && <span className="staff-meta">{t('staff.dashboard.period', { from: viDate(data.period.from), to: viDate(data.period.to) })}</span>}
        {data && canReport && <Button onClick={() => void download()} data-testid="dashboard-download">{t('staff.dashboard.download')}</Button>}
      </div>
      {error && <p className="notice" role="alert">{errorText(language, error)}</p>}
      {data && (
        <>
          <div className="staff-tiles-row">
            <Tile label={t('figures.citizensHelped')} value={data.totals.citizensHelped} testId="total-citizens-helped" />
            <Tile label={t('staff.dashboard.citizens')} value={data.totals.citizens} testId="total-citizens" />
            <Tile label={t('staff.dashboard.records')} value={data.totals.records} testId="total-records" />
            <Tile label={t('staff.dashboard.completed')} value={data.totals.completed} testId="total-completed" />
            <Tile label={t('staff.dashboard.followUps')} value={data.totals.followUpsOpen} testId="total-follow-ups" />
            <Tile label={t('staff.dashboard.referrals')} value={data.totals.referrals} testId="total-referrals" />
          </div>
          <div className="staff-grid">
            <div className="card">
              <h3>{t('staff.dashboard.byGoal')}</h3>
              <StackedBars
                testId="chart-goals"
                rows={data.byGoal.map((g) => ({
                  key: g.goal,
                  label: t(`staff.goal.${g.goal}` as const),
                  segments: [
                    { key: 'completed', label: t('staff.status.completed'), value: g.completed, className: 'chart-seg-completed' },
                    { key: 'pending', label: t('staff.status.pending'), value: g.pending, className: 'chart-seg-pending' },
                    { key: 'failed', label: t('staff.status.failed'), value: g.failed, className: 'chart-seg-failed' },
                    { key: 'other', label: t('staff.status.incomplete'), value: g.incomplete + g.abandoned + g.open, className: 'chart-seg-other' },
                  ],
                }))}
              />
            </div>
            <div className="card">
              <h3>{t('staff.dashboard.reasons')}</h3>
              {data.failureReasons.length === 0 ? <p>{t('staff.dashboard.none')}</p> : (
                <BarList testId="chart-reasons" bars={data.failureReasons.map((f) => ({ key: f.reason, label: t(`staff.reason.${f.reason}` as const), value: f.count }))} />
              )}
            </div>
            <div className="card">
              <h3>{t('staff.dashboard.byStaff')}</h3>
              {data.byStaff.length === 0 ? <p>{t('staff.dashboard.none')}</p> : (
                <BarList testId="chart-staff" bars={data.byStaff.map((s) => ({ key: String(s.staffId), label: `${s.name}${s.team ? ` (${s.team})` : ''}`, value: s.records }))} />
              )}
            </div>
            <div className="card">
              <h3>{t('staff.dashboard.byTeam')}</h3>
              {data.byTeam.length === 0 ? <p>{t('staff.dashboard.none')}</p> : (
                <BarList testId="chart-teams" bars={data.byTeam.map((x, i) => ({ key: String(i), label: x.team || t('staff.dashboard.noTeam'), value: x.records }))} />
              )}
            </div>
            <div className="card">
              <h3>{t('staff.dashboard.sessions')}</h3>
              <BarList
                testId="chart-sessions"
                bars={(['sessions', 'identified', 'submitted', 'finishOnPhone', 'needHelp'] as const).map((k) => ({ key: k, label: t(`staff.dashboard.sessions.${k}` as const), value: data.citizenSessions[k] }))}
              />
              {data.citizenSessions.byProcedure.length > 0 && (
                <>
                  <h4>{t('staff.dashboard.procedures')}</h4>
                  <BarList
                    testId="chart-procedures"
                    bars={data.citizenSessions.byProcedure.map((p) => ({
                      key: p.code,
                      label: t('staff.dashboard.procedureBar', { name: procedureNames.get(p.code) ?? p.code, code: p.code, submitted: p.submitted }),
                      value: p.guided,
                    }))}
                  />
                </>
              )}
              <SatisfactionBars sessions={data.citizenSessions} />
            </div>
            <div className="card staff-targets">
              <h3>{t('staff.dashboard.targets')}</h3>
              {data.targets.length === 0 && <p>{t('staff.dashboard.none')}</p>}
              {data.targets.map((x) =>
                x.achieved === null ? (
                  <p key={x.indicator} className="staff-meta">{targetText(t, x)}</p>
                ) : (
                  <div key={x.indicator} className={x.overdue ? 'overdue' : ''}>
                    <Progress
                      testId={`target-${x.indicator}`}
                      value={x.achieved}
                      of={x.targetCount}
                      label={`${targetText(t, x)}${x.overdue ? ` · ${t('staff.dashboard.overdue')}` : ''}`}
                    />
                  </div>
                ),
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function Tile({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="staff-tile-stat card" data-testid={testId}>
      <span className="staff-stat-value">{value}</span>
      <span className="staff-stat-label">{label}</span>
    </div>
  );
}

import type { Dashboard } from '../../../../../electron/api/staff';
import { useI18n } from '../../../i18n/i18n';
import { BarList } from './charts';

/** The period's ratings (Rất hài lòng / Hài lòng / Không hài lòng) and the reasons given with a low one. */
export function SatisfactionBars({ sessions }: { sessions: Dashboard['citizenSessions'] }) {
  const { t } = useI18n();
  return (
    <>
      <h4>{t('staff.dashboard.satisfaction')}</h4>
      <BarList
        testId="chart-satisfaction"
        bars={([['very-satisfied', sessions.verySatisfied], ['satisfied', sessions.satisfied], ['dissatisfied', sessions.dissatisfied]] as const).map(([k, n]) => ({ key: k, label: t(`rating.level.${k}`), value: n }))}
      />
      {sessions.dissatisfactionReasons.length > 0 && (
        <>
          <h4>{t('staff.dashboard.satisfaction.reasons')}</h4>
          <BarList testId="chart-dissatisfaction" bars={sessions.dissatisfactionReasons.map((r) => ({ key: r.reason, label: t(`rating.reason.${r.reason}`), value: r.count }))} />
        </>
      )}
    </>
  );
}

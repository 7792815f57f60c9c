import { useCallback, useEffect, useState } from 'react';
import type { AssistedRecord, FailureReason } from '../../../../electron/api/staff';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';
import { ReasonPicker } from './assist/ReasonPicker';
import { viDate } from './dates';
import type { StaffSessionApi } from './use-staff-session';

/** Cases waiting for an approval SMS or sent to the police, oldest first, with their resolution. */
export function FollowUps({ staff }: { staff: StaffSessionApi }) {
  const { t, language } = useI18n();
  const [list, setList] = useState<AssistedRecord[] | null>(null);
  const [failing, setFailing] = useState<AssistedRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    void staff.call('staff.followUps.list', {}).then((r) => (r.ok ? setList(r.value) : setError(r.error.code)));
  }, [staff.call]);
  useEffect(load, [load]);

  const resolve = async (id: number, resolution: 'completed' | 'failed' | 'abandoned', reason: FailureReason | null) => {
    const r = await staff.call('staff.followUps.resolve', { recordId: id, resolution, reason });
    if (!r.ok) setError(r.error.code);
    load();
  };

  return (
    <section className="staff-follow-ups" data-testid="follow-ups">
      <h2>{t('staff.followUps.title')}</h2>
      {error && <p className="notice" role="alert">{errorText(language, error)}</p>}
      {list?.length === 0 && <p>{t('staff.followUps.empty')}</p>}
      <ul className="staff-list">
        {list?.map((r) => (
          <li key={r.id} className="card" data-testid={`follow-up-${r.id}`}>
            <div>
              <strong>{r.maskedId}</strong> · {t(`staff.goal.${r.goal}` as const)}
              {r.followUp && <> · <em>{t(`staff.followUp.${r.followUp}` as const)}</em></>}
            </div>
            <div className="staff-meta">{t('staff.followUps.since', { date: viDate(r.startedAt), staff: r.staffName })}</div>
            <div className="staff-actions">
              <Button variant="primary" onClick={() => void resolve(r.id, 'completed', null)} data-testid={`follow-up-done-${r.id}`}>{t('staff.followUps.completed')}</Button>
              <Button variant="danger" onClick={() => setFailing(r)}>{t('staff.followUps.failed')}</Button>
              <Button onClick={() => void resolve(r.id, 'abandoned', null)}>{t('staff.followUps.abandoned')}</Button>
            </div>
          </li>
        ))}
      </ul>
      {failing && (
        <ReasonPicker
          step={null}
          onCancel={() => setFailing(null)}
          onPick={(reason) => {
            void resolve(failing.id, 'failed', reason);
            setFailing(null);
          }}
        />
      )}
    </section>
  );
}

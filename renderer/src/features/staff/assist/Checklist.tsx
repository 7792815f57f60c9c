import { useState } from 'react';
import type { AssistedRecord, AssistStep, FailureReason, StepOutcome } from '../../../../../electron/api/staff';
import { Button } from '../../../design/Button';
import { useI18n } from '../../../i18n/i18n';
import { ReasonPicker } from './ReasonPicker';

/**
 * The goal's steps, each marked done, failed (with a reason from the fixed list) or skipped. The
 * record comes from the core after every mark, so what is shown is what was stored.
 */
export function Checklist({ record, onMark }: { record: AssistedRecord; onMark: (step: AssistStep, outcome: StepOutcome, reason: FailureReason | null) => void }) {
  const { t } = useI18n();
  const [failing, setFailing] = useState<AssistStep | null>(null);
  const open = record.status === 'open';
  return (
    <ol className="staff-checklist" data-testid="checklist">
      {record.steps.map((s) => (
        <li key={s.step} className={`step step-${s.outcome ?? 'none'}`} data-testid={`step-${s.step}`}>
          <div className="step-text">
            <span>{t(`staff.step.${s.step}` as const)}</span>
            <span className="step-state" data-testid={`step-state-${s.step}`}>
              {s.outcome ? t(`staff.stepState.${s.outcome}` as const) : t('staff.outcome.none')}
              {s.reason && ` · ${t(`staff.reason.${s.reason}` as const)}`}
            </span>
          </div>
          {open && (
            <div className="step-actions">
              <Button variant={s.outcome === 'done' ? 'primary' : 'secondary'} onClick={() => onMark(s.step, 'done', null)} data-testid={`step-done-${s.step}`}>
                {t('staff.outcome.done')}
              </Button>
              <Button variant="danger" onClick={() => setFailing(s.step)} data-testid={`step-failed-${s.step}`}>{t('staff.outcome.failed')}</Button>
              <Button onClick={() => onMark(s.step, 'skipped', null)} data-testid={`step-skip-${s.step}`}>{t('staff.outcome.skipped')}</Button>
            </div>
          )}
        </li>
      ))}
      {failing && (
        <ReasonPicker
          step={failing}
          onCancel={() => setFailing(null)}
          onPick={(r) => {
            onMark(failing, 'failed', r);
            setFailing(null);
          }}
        />
      )}
    </ol>
  );
}

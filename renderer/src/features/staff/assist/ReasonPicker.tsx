import { useState } from 'react';
import { FailureReason, SUGGESTED_REASONS, type AssistStep } from '../../../../../electron/api/staff';
import { Button } from '../../../design/Button';
import { Dialog } from '../../../design/Dialog';
import { useI18n } from '../../../i18n/i18n';

/** Picks a reason from the fixed list: the step's usual reasons first, all of them on request. */
export function ReasonPicker({ step, onPick, onCancel }: { step: AssistStep | null; onPick: (r: FailureReason) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const suggested = (step && SUGGESTED_REASONS[step]) || [];
  const [all, setAll] = useState(suggested.length === 0);
  const shown = all ? FailureReason.options : [...suggested, 'other' as const];
  return (
    <Dialog
      title={t('staff.reason.pick')}
      actions={
        <>
          {!all && <Button onClick={() => setAll(true)} data-testid="reason-more">{t('staff.reason.more')}</Button>}
          <Button onClick={onCancel}>{t('staff.reason.cancel')}</Button>
        </>
      }
    >
      <div className="staff-reasons">
        {shown.map((r) => (
          <Button key={r} onClick={() => onPick(r)} data-testid={`reason-${r}`}>{t(`staff.reason.${r}` as const)}</Button>
        ))}
      </div>
    </Dialog>
  );
}

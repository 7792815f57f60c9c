import { useState } from 'react';
import type { ReferralSummary } from '../../../../electron/api/staff';
import { Button } from '../../design/Button';
import { Dialog } from '../../design/Dialog';
import { useI18n } from '../../i18n/i18n';
import { saveFile } from './download';
import type { StaffSessionApi } from './use-staff-session';

/**
 * The police list's export (issue 13): a warning first (the file holds names, ID numbers and notes), then
 * an XLSX locked with a one-time password that this screen shows once, for staff to pass to the officer
 * apart from the file; then the hand-over confirmation that deletes the personal data.
 */
export function PoliceListExport({ staff, list, onDone, onError }: {
  staff: StaffSessionApi;
  list: readonly ReferralSummary[];
  onDone: (message: string) => void;
  onError: (code: string) => void;
}) {
  const { t } = useI18n();
  const [warning, setWarning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [password, setPassword] = useState<{ file: string; value: string } | null>(null);
  const [batch, setBatch] = useState<{ id: string; count: number } | null>(null);
  const waiting = list.filter((r) => r.status !== 'purged').length;

  const exportList = async () => {
    setWarning(false);
    setBusy(true);
    const r = await staff.call('staff.referrals.export', { format: 'xlsx' });
    setBusy(false);
    if (!r.ok) return onError(r.error.code);
    saveFile(r.value.file);
    setPassword({ file: r.value.file.fileName, value: r.value.password });
    setBatch({ id: r.value.batchId, count: r.value.count });
    onDone(t('staff.referrals.exported', { count: r.value.count }));
  };
  // The export still waiting for its hand-over to be confirmed: the one just made, or one made earlier
  // (another sign-in, a reload) that the list remembers. Every export re-batches all unconfirmed referrals.
  const pendingBatch = batch ?? unconfirmedBatch(list);
  const confirm = async () => {
    if (!pendingBatch) return;
    const r = await staff.call('staff.referrals.confirmExport', { batchId: pendingBatch.id });
    if (!r.ok) return onError(r.error.code);
    setBatch(null);
    setPassword(null);
    onDone(t('staff.referrals.deleted', { count: r.value.deleted }));
  };

  return (
    <>
      <div className="staff-actions">
        <Button disabled={busy || waiting === 0} onClick={() => setWarning(true)} data-testid="referral-export-xlsx">
          {busy ? t('staff.referrals.exporting') : t('staff.referrals.export')}
        </Button>
        {pendingBatch && (
          <Button variant="danger" onClick={() => void confirm()} data-testid="referral-confirm">
            {t('staff.referrals.confirmCount', { count: pendingBatch.count })}
          </Button>
        )}
      </div>
      {password && (
        <div className="card staff-password" role="status" data-testid="referral-password-card">
          <p>{t('staff.referrals.passwordTitle', { file: password.file })}</p>
          <p className="staff-password-value" data-testid="referral-password" translate="no">{password.value}</p>
          <p>{t('staff.referrals.passwordHelp')}</p>
          <Button onClick={() => setPassword(null)} data-testid="referral-password-hide">{t('staff.referrals.passwordHide')}</Button>
        </div>
      )}
      {warning && (
        <Dialog
          title={t('staff.referrals.warnTitle')}
          actions={(
            <>
              <Button variant="primary" onClick={() => void exportList()} data-testid="referral-export-go">{t('staff.referrals.warnGo')}</Button>
              <Button onClick={() => setWarning(false)} data-testid="referral-export-cancel">{t('staff.referrals.warnCancel')}</Button>
            </>
          )}
        >
          <p data-testid="referral-export-warning">{t('staff.referrals.warnBody', { count: waiting })}</p>
        </Dialog>
      )}
    </>
  );
}

/** The newest export whose hand-over was not confirmed yet, from the list (null: none). */
export function unconfirmedBatch(list: readonly ReferralSummary[]): { id: string; count: number } | null {
  const exported = list.filter((r) => r.status === 'exported' && r.exportBatch);
  const id = exported[0]?.exportBatch;
  return id ? { id, count: exported.filter((r) => r.exportBatch === id).length } : null;
}

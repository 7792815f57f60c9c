import { useCallback, useEffect, useState } from 'react';
import type { MaintenanceStatus } from '../../../../electron/api/maintenance';
import { useClient, useEvent } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { ContentStatusPanel } from '../content-status/ContentStatusPanel';
import { EmergencyControl } from '../display-admin/EmergencyControl';

/**
 * The kiosk's own state for staff: the self-healing counter and maintenance mode (reset here after a
 * technician looked), whether the procedure pack and the display content went live or were refused,
 * and for admins the emergency message on every lobby display.
 */
export function KioskTab({ token, isAdmin }: { token: string; isAdmin: boolean }) {
  const client = useClient();
  const { t } = useI18n();
  const [status, setStatus] = useState<MaintenanceStatus | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void client.call('maintenance.status', {}).then((r) => r.ok && setStatus(r.value));
  }, [client]);
  useEvent('maintenance.changed', useCallback((s: MaintenanceStatus) => setStatus(s), []));

  const reset = async () => {
    const r = await client.call('maintenance.reset', { token });
    setFailed(!r.ok);
    if (r.ok) setStatus(r.value);
  };

  return (
    <section className="card" data-testid="staff-kiosk">
      <h2>{t('staff.maintenance.title')}</h2>
      {status && (
        <p role="status" data-testid="maintenance-mode">
          {status.mode === 'maintenance' ? t('staff.maintenance.active') : t('staff.maintenance.normal')}
          {' · '}
          {t('staff.maintenance.failures', { count: status.recentFailures, threshold: status.threshold })}
        </p>
      )}
      <Button onClick={reset} disabled={!status || (status.mode === 'normal' && status.recentFailures === 0)} data-testid="maintenance-reset">
        {t('staff.maintenance.reset')}
      </Button>
      {failed && <p className="notice">{t('staff.maintenance.resetFailed')}</p>}
      <hr />
      <ContentStatusPanel token={token} />
      {isAdmin && (
        <>
          <hr />
          <EmergencyControl token={token} />
        </>
      )}
    </section>
  );
}

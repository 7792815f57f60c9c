import { useI18n } from '../../i18n/i18n';
import { outageTime, useEntryPointsDown } from './use-portal-health';
import './portal-health.css';

/**
 * Says plainly that an online entry point is down, with since when ("Cổng Dịch vụ công quốc gia đang
 * gián đoạn từ 10:05"). `citizen` adds what to do instead (print the slip, or call staff); `display`
 * and `staff` state the fact. Renders nothing while everything answers, so it clears by itself.
 */
export function PortalOutageBanner({ audience }: { audience: 'citizen' | 'display' | 'staff' }) {
  const { t } = useI18n();
  const down = useEntryPointsDown();
  if (down.length === 0) return null;
  return (
    <div className={`portal-outage portal-outage-${audience}`} role="alert" data-testid="portal-outage">
      {down.map((e) => (
        <p key={e.id} className="portal-outage-line">
          <strong>{t('portalHealth.down', { label: e.label, time: outageTime(e.since) })}</strong>
          {audience === 'staff' && e.detail ? ` (${e.detail})` : ''}
        </p>
      ))}
      {audience === 'citizen' && <p>{t('portalHealth.instead')}</p>}
    </div>
  );
}

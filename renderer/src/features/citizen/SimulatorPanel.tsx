import { useCallback, useEffect, useState } from 'react';
import type { DeviceStatus } from '../../../../electron/api/devices';
import { useClient, useEvent } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';

/**
 * A discreet demo panel, present only while the device status says "simulated": scan the card QR
 * (clean or as a keyboard wedge would mangle it), tap or lift a simulated card. The calls are refused
 * by the core on real hardware anyway (sim.not-simulated).
 */
export function SimulatorPanel() {
  const client = useClient();
  const { t } = useI18n();
  const [devices, setDevices] = useState<DeviceStatus[]>([]);
  const [open, setOpen] = useState(false);
  const [profiles, setProfiles] = useState<{ id: string; label: string }[]>([]);
  const [profile, setProfile] = useState<string>('');
  useEffect(() => {
    void client.call('devices.status', {}).then((r) => r.ok && setDevices(r.value));
  }, [client]);
  useEvent('devices.changed', useCallback((all: DeviceStatus[]) => setDevices(all), []));
  const simulated = devices.some((d) => d.simulated);
  useEffect(() => {
    if (!open) return;
    void client.call('sim.cardProfiles', {}).then((r) => r.ok && setProfiles(r.value));
  }, [client, open]);

  if (!simulated) return null;
  const toggle = (
    <Button className="sim-toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="sim-open">
      {t('sim.open')}
    </Button>
  );
  if (!open) return toggle;
  const card = profile ? { profile } : {};
  return (
    <>
      {toggle}
      <aside className="sim-panel" aria-label={t('sim.title')} data-testid="sim-panel">
        <strong>{t('sim.title')}</strong>
        <p className="result-sub">{t('sim.note')}</p>
        {profiles.length > 1 && (
          <label className="sim-profile">
            {t('sim.profile')}{' '}
            <select value={profile} onChange={(e) => setProfile(e.target.value)} data-testid="sim-profile">
              <option value="">—</option>
              {profiles.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
          </label>
        )}
        <div className="sim-buttons">
          <Button onClick={() => void client.call('sim.scan', { preset: 'card-qr' })} data-testid="sim-scan-qr">{t('sim.scanQr')}</Button>
          <Button onClick={() => void client.call('sim.scan', { preset: 'card-qr-damaged' })} data-testid="sim-scan-damaged">{t('sim.scanDamaged')}</Button>
          <Button onClick={() => void client.call('sim.tapCard', card)} data-testid="sim-tap">{t('sim.tap')}</Button>
          <Button onClick={() => void client.call('sim.removeCard', {})} data-testid="sim-remove">{t('sim.remove')}</Button>
          <Button onClick={() => setOpen(false)} data-testid="sim-close">{t('sim.close')}</Button>
        </div>
      </aside>
    </>
  );
}

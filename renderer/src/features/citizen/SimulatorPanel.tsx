import { useCallback, useEffect, useState } from 'react';
import type { DeviceStatus } from '../../../../electron/api/devices';
import type { SimCardProfile } from '../../../../electron/api/identity';
import { useClient, useEvent } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';

/** True while a device is simulated (demo configuration): only then are the simulator's controls shown. */
export function useSimulatedDevices(): boolean {
  const client = useClient();
  const [devices, setDevices] = useState<DeviceStatus[]>([]);
  useEffect(() => {
    void client.call('devices.status', {}).then((r) => r.ok && setDevices(r.value));
  }, [client]);
  useEvent('devices.changed', useCallback((all: DeviceStatus[]) => setDevices(all), []));
  return devices.some((d) => d.simulated);
}

/** The dashed "Mô phỏng thiết bị" button of the top bar; it opens the panel below the bar. */
export function SimulatorToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <Button className="sim-toggle" aria-expanded={open} aria-controls="sim-panel" onClick={onToggle} data-testid="sim-open">
      {t('sim.open')}
    </Button>
  );
}

/**
 * The demo panel: scan the card QR (clean or as a keyboard wedge would mangle it), tap or lift a simulated
 * card. It sits in the page's flow between the top bar and the screen, never over the screen's instruction,
 * and uses the ordinary button style (issue 13: inside the top bar its buttons were white on white). The
 * calls are refused by the core on real hardware anyway (sim.not-simulated).
 */
export function SimulatorPanel({ onClose }: { onClose: () => void }) {
  const client = useClient();
  const { t } = useI18n();
  const [profiles, setProfiles] = useState<SimCardProfile[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    void client.call('sim.cardProfiles', {}).then((r) => r.ok && setProfiles(r.value));
  }, [client]);
  const profile = chosen ?? profiles.find((p) => p.isDefault)?.id;
  const card = profile ? { profile } : {};
  return (
    <aside id="sim-panel" className="sim-panel" aria-label={t('sim.title')} data-testid="sim-panel">
      <div className="sim-about">
        <strong>{t('sim.title')}</strong>
        <span className="sim-note">{t('sim.note')}</span>
      </div>
      {profiles.length > 1 && (
        <label className="sim-profile">
          <span>{t('sim.profile')}</span>
          <select value={profile ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="sim-profile">
            {profiles.map((p) => <option key={p.id} value={p.id}>{t('sim.person', { name: p.fullName, year: p.yearOfBirth })}</option>)}
          </select>
        </label>
      )}
      <div className="sim-buttons">
        <Button onClick={() => void client.call('sim.scan', { preset: 'card-qr', ...card })} data-testid="sim-scan-qr">{t('sim.scanQr')}</Button>
        <Button onClick={() => void client.call('sim.scan', { preset: 'card-qr-damaged', ...card })} data-testid="sim-scan-damaged">{t('sim.scanDamaged')}</Button>
        <Button onClick={() => void client.call('sim.tapCard', card)} data-testid="sim-tap">{t('sim.tap')}</Button>
        <Button onClick={() => void client.call('sim.removeCard', {})} data-testid="sim-remove">{t('sim.remove')}</Button>
        <Button onClick={onClose} data-testid="sim-close">{t('sim.close')}</Button>
      </div>
    </aside>
  );
}

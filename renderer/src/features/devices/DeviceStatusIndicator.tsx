import { useCallback, useEffect, useState } from 'react';
import type { DeviceStatus } from '../../../../electron/api/devices';
import { useClient, useEvent } from '../../app/client-context';
import { useI18n, type Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-vi';
import './devices.css';

/** A small light in the top bar: green when every device is ready, red with the names otherwise. */
export function DeviceStatusIndicator() {
  const client = useClient();
  const { t } = useI18n();
  const [devices, setDevices] = useState<DeviceStatus[]>([]);
  useEffect(() => {
    void client.call('devices.status', {}).then((r) => r.ok && setDevices(r.value));
  }, [client]);
  useEvent('devices.changed', useCallback((all: DeviceStatus[]) => setDevices(all), []));
  const problems = devices.filter((d) => d.state !== 'ready' && d.state !== 'busy');
  const label = problems.length === 0 ? t('devices.ready') : t('devices.problem');
  const detail = devices
    .map((d) => `${t(`devices.${d.kind}`)}${d.simulated ? ` (${t('devices.simulated')})` : ''}: ${t(`devices.state.${d.state}`)}${faultWords(d, t)}`)
    .join(' · ');
  return (
    <span className="device-indicator device-status" role="status" aria-label={`${label}. ${detail}`} title={detail} data-testid="device-status">
      <span className={`dot ${problems.length === 0 ? 'dot-ok' : 'dot-bad'}`} aria-hidden="true" />
      {label}
    </span>
  );
}

/** The printer's fault in words ("hết giấy"), for the staff-visible detail; other codes stay unsaid. */
function faultWords(d: DeviceStatus, t: Translate): string {
  const key = `devices.fault.${d.problem?.replace(/^printer\./, '') ?? ''}` as MessageKey;
  return d.kind === 'printer' && d.problem && key in FAULT_KEYS ? ` (${t(key)})` : '';
}

const FAULT_KEYS = Object.fromEntries(['paper-out', 'cover-open', 'offline', 'error', 'no-answer', 'link-failed'].map((f) => [`devices.fault.${f}`, true]));

import { useEffect, useMemo, useState } from 'react';
import type { Face, KioskStatus } from '../../../electron/api/kiosk';
import { CitizenFace } from '../features/citizen/CitizenFace';
import { DisplayFace } from '../features/display/DisplayFace';
import { StaffFace } from '../features/staff/StaffFace';
import { I18nProvider } from '../i18n/i18n';
import { hasBridge, pickClient } from '../transport/pick-client';
import { ClientProvider, useClient } from './client-context';
import { LaunchGate } from './LaunchGate';

/**
 * Chooses the face and the transport once, then renders the face inside the providers. In browser
 * mode the citizen and staff faces first get their launch token (LaunchGate); the display needs none.
 */
export function App({ face }: { face: Face }) {
  if (face === 'display' || hasBridge()) return <Connected face={face} token={null} />;
  return <LaunchGate face={face}>{(token, recheck) => <Connected face={face} token={token} onReconnect={recheck} />}</LaunchGate>;
}

function Connected({ face, token, onReconnect }: { face: Face; token: string | null; onReconnect?: () => void }) {
  const client = useMemo(() => pickClient(face, token), [face, token]);
  useEffect(() => {
    if (!onReconnect) return;
    let dropped = false;
    let seen = false;
    return client.onConnection((up) => {
      if (!up && seen) dropped = true;
      if (up) seen = true;
      if (up && dropped) {
        dropped = false;
        onReconnect();
      }
    });
  }, [client, onReconnect]);
  return (
    <ClientProvider client={client}>
      <FaceLoader face={face} />
    </ClientProvider>
  );
}

function FaceLoader({ face }: { face: Face }) {
  const client = useClient();
  const [status, setStatus] = useState<KioskStatus | null>(null);
  useEffect(() => {
    void client.call('kiosk.status', {}).then((r) => r.ok && setStatus(r.value));
  }, [client]);
  if (!status) return <div className="face" aria-busy="true" />;
  return (
    <I18nProvider initial={status.language}>
      {face === 'citizen' && <CitizenFace wardName={status.ward.name} />}
      {face === 'staff' && <StaffFace wardName={status.ward.name} />}
      {face === 'display' && <DisplayFace wardName={status.ward.name} />}
    </I18nProvider>
  );
}

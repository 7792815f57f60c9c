import { useEffect, useMemo, useState } from 'react';
import type { Face, KioskStatus } from '../../../electron/api/kiosk';
import { CitizenFace } from '../features/citizen/CitizenFace';
import { DisplayFace } from '../features/display/DisplayFace';
import { StaffFace } from '../features/staff/StaffFace';
import { I18nProvider } from '../i18n/i18n';
import { pickClient } from '../transport/pick-client';
import { ClientProvider, useClient } from './client-context';

/** Chooses the face and the transport once, then renders the face inside the providers. */
export function App({ face }: { face: Face }) {
  const client = useMemo(() => pickClient(face), [face]);
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

import { useCallback, useEffect, useState } from 'react';
import type { EntryPointHealth } from '../../../../electron/api/portal-health';
import { useClient, useEvent } from '../../app/client-context';

/** The entry points that are down now, kept current by the core's `portalHealth.changed` event. */
export function useEntryPointsDown(): EntryPointHealth[] {
  const client = useClient();
  const [all, setAll] = useState<EntryPointHealth[]>([]);
  useEffect(() => {
    let live = true;
    void client.call('portalHealth.get', {}).then((r) => live && r.ok && setAll(r.value));
    return () => { live = false; };
  }, [client]);
  useEvent('portalHealth.changed', useCallback((next: EntryPointHealth[]) => setAll(next), []));
  return all.filter((e) => e.state === 'down');
}

/** "10:05" in the kiosk's clock (the ward's time on a deployed kiosk). */
export function outageTime(since: string | null): string {
  if (!since) return '';
  const d = new Date(since);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

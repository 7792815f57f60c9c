import { useEffect, useState } from 'react';
import { WEDGE_DEFAULTS, type WedgeSettings } from '../../../../electron/api/kiosk';
import { useClient } from '../../app/client-context';

const DEFAULTS: WedgeSettings = { ...WEDGE_DEFAULTS, terminators: [...WEDGE_DEFAULTS.terminators] };

/**
 * The keyboard-wedge thresholds the kiosk is configured with, from `kiosk.status` (the core decides
 * them: the configured keyboard-wedge scanner's, or the shared defaults with any other scanner type).
 * WEDGE_DEFAULTS until the core answers, and when an older core sends none: a scan in the first
 * moments after start is still read, with the thresholds the config schema would have given.
 */
export function useWedgeSettings(): WedgeSettings {
  const client = useClient();
  const [settings, setSettings] = useState<WedgeSettings>(DEFAULTS);
  useEffect(() => {
    let live = true;
    void client.call('kiosk.status', {}).then((r) => {
      if (live && r.ok && r.value.wedge) setSettings(r.value.wedge);
    });
    return () => {
      live = false;
    };
  }, [client]);
  return settings;
}

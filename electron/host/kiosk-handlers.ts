import type { KioskStatus } from '../api/kiosk';
import type { Handlers } from './api/dispatcher';
import type { LoadedConfig } from './config/load-config';
import { describeCardReader, describeScanner } from './devices/configured-devices';
import type { DeviceManager } from './devices/device-manager';
import { VERSION } from './version';

type KioskHandlers = Pick<Handlers, 'kiosk.status' | 'kiosk.configSummary' | 'devices.status' | 'portal.status' | 'portal.setVisible' | 'portal.close'>;

/** The kiosk's own calls: what it is and how it is configured (no secrets), its devices, and the portal's absence in browser mode. */
export function kioskHandlers(loaded: LoadedConfig, devices: DeviceManager, runtime: KioskStatus['runtime'], startedAt: Date): KioskHandlers {
  const { config } = loaded;
  // Browser mode has no embedded portal: the face offers the QR code for the citizen's phone instead.
  // (In Electron the shell answers every portal.* call before the core sees it.)
  const noPortal = () => ({ available: false, open: false });
  return {
    'kiosk.status': () => ({
      version: VERSION,
      ward: { name: config.ward.name, province: config.ward.province },
      language: config.language,
      startedAt: startedAt.toISOString(),
      display: config.faces.display.mode,
      runtime,
    }),
    'kiosk.configSummary': () => ({
      configFile: loaded.file,
      ward: config.ward,
      cardReader: describeCardReader(config.devices.cardReader),
      qrScanner: describeScanner(config.devices.qrScanner),
      idleTimeoutSeconds: config.session.idleTimeoutSeconds,
      warningSeconds: config.session.warningSeconds,
      network: `${config.network.bindAddress}:${config.network.port}`,
      contentDir: config.content.dir,
      trustStoreDir: config.trustStore.dir,
      portalAllowlist: config.portal.allowlist,
    }),
    'devices.status': () => devices.status(),
    'portal.status': noPortal,
    'portal.setVisible': noPortal,
    'portal.close': noPortal,
  };
}

import { WEDGE_DEFAULTS, type KioskStatus, type WedgeSettings } from '../api/kiosk';
import type { Handlers } from './api/dispatcher';
import type { QrScannerConfig } from './config/kiosk-config-schema';
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
      wedge: wedgeSettingsFor(config.devices.qrScanner),
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

/**
 * The keyboard-wedge listener's thresholds for the citizen face. The face listens for wedge bursts
 * whatever scanner is configured: a kiosk may have a keyboard-mode scanner plugged in besides its
 * serial or HID POS one (a spare, a staff member's), and a scan is worth more than a lost one. Only a
 * configured `keyboard-wedge` scanner sets the thresholds; with any other type the shared defaults
 * apply, since nothing is known about the stray scanner. The defaults are the schema's (WEDGE_DEFAULTS).
 */
export function wedgeSettingsFor(scanner: QrScannerConfig): WedgeSettings {
  if (scanner.type !== 'keyboard-wedge') {
    return { maxInterKeyGapMs: WEDGE_DEFAULTS.maxInterKeyGapMs, minLength: WEDGE_DEFAULTS.minLength, terminators: [...WEDGE_DEFAULTS.terminators] };
  }
  return {
    maxInterKeyGapMs: scanner.maxGapMs,
    minLength: scanner.minLength,
    terminators: [...scanner.terminators],
    ...(scanner.endOnIdleMs !== undefined ? { endOnIdleMs: scanner.endOnIdleMs } : {}),
  };
}

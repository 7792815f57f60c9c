import { test as base } from '@playwright/test';
import { startKiosk, type RunningKiosk } from './kiosk-process';
import { startPtyDevices, type PtyDevices } from './pty-devices';

export { expect } from '@playwright/test';
export type { PtyDevices } from './pty-devices';

/** Which devices the kiosk under test uses: the in-process simulators (default) or real serial ports on ptys. */
export type KioskDevices = 'simulated' | 'pty';

/**
 * `kiosk`: the built core running in browser mode on the demo configuration (simulated devices) with
 * a fresh data directory. Override `kioskConfig` with test.use({ kioskConfig: {...} }) to patch the config.
 * With test.use({ kioskDevices: 'pty' }) the card reader and the QR scanner are serial devices on socat
 * ptys driven by `kiosk sim pn532` / `kiosk sim scanner` child processes; the `devices` fixture controls
 * them (tap, remove, scan) and is null otherwise.
 */
export const test = base.extend<{ kioskConfig: Record<string, unknown>; kioskDevices: KioskDevices; devices: PtyDevices | null; kiosk: RunningKiosk }>({
  kioskConfig: [{}, { option: true }],
  kioskDevices: ['simulated', { option: true }],
  devices: async ({ kioskDevices }, use) => {
    if (kioskDevices !== 'pty') {
      await use(null);
      return;
    }
    const devices = await startPtyDevices();
    await use(devices);
    await devices.stop();
  },
  kiosk: async ({ kioskConfig, devices }, use) => {
    const kiosk = await startKiosk(
      kioskConfig,
      devices
        ? {
            devices: {
              cardReader: { type: 'serial', path: devices.cardLink, baudRate: 115200 },
              qrScanner: { type: 'serial', path: devices.scannerLink, baudRate: 115200, suffix: 'CR' },
            },
          }
        : {},
    );
    await use(kiosk);
    await kiosk.stop();
  },
});

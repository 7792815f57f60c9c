import { test as base } from '@playwright/test';
import { startKiosk, type RunningKiosk } from './kiosk-process';

export { expect } from '@playwright/test';

/**
 * `kiosk`: the built core running in browser mode on the demo configuration (simulated devices) with
 * a fresh data directory. Override `kioskConfig` with test.use({ kioskConfig: {...} }) to patch the config.
 */
export const test = base.extend<{ kioskConfig: Record<string, unknown>; kiosk: RunningKiosk }>({
  kioskConfig: [{}, { option: true }],
  kiosk: async ({ kioskConfig }, use) => {
    const kiosk = await startKiosk(kioskConfig);
    await use(kiosk);
    await kiosk.stop();
  },
});

import { fileURLToPath } from 'node:url';
import { loadCardProfile } from '../../drivers/sim/card-profile/index';
import { cardQrPayload } from '../../drivers/sim/simulated-card';
import { expect, test } from './support/kiosk-fixture';

/**
 * The kiosk with REAL serial devices: the card reader and the QR scanner are socat ptys driven by the
 * built `kiosk sim pn532` and `kiosk sim scanner` (tests/e2e/support/pty-devices.ts). The core opens
 * them as it would /dev/ttyUSB0 and /dev/ttyACM0.
 */
test.use({ kioskDevices: 'pty' });

test('serial devices show ready; card QR → consent → card tapped → the chip-read identity, verified', async ({ page, kiosk, devices }) => {
  const profile = await loadCardProfile(fileURLToPath(new URL('../../kiosk-config/sim/cards/nguyen-van-an.json', import.meta.url)));
  if (!profile.ok) throw new Error(profile.error.detail);
  const pty = devices!;

  await page.goto(kiosk.citizenUrl);
  const indicator = page.getByTestId('device-status');
  await expect(indicator).toHaveText('Thiết bị sẵn sàng');
  // Both devices are the serial ones, not the simulators ("mô phỏng" = simulated).
  await expect(indicator).toHaveAttribute('title', /·/);
  await expect(indicator).not.toHaveAttribute('title', /mô phỏng/);

  // The citizen scans the card's QR on the serial scanner: consent is asked first.
  await pty.scan(cardQrPayload(profile.value));
  await expect(page.getByTestId('consent-screen')).toBeVisible();
  await page.getByTestId('consent-agree').click();
  await expect(page.getByTestId('identify-place-card')).toBeVisible();

  // Then puts the card on the PN532: the core reads the chip over the pty (PACE-CAN from the QR's ID).
  await pty.tap();
  await expect(page.getByTestId('identity-name')).toContainText('Nguyễn Văn An', { timeout: 20_000 });
  await expect(page.getByTestId('identity-pa')).toHaveAttribute('data-status', 'verified');

  expect(kiosk.output()).not.toContain('Nguyễn Văn An'); // no personal data in the core's log
});

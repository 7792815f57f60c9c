import { expect, test } from './support/kiosk-fixture';

test.describe('the kiosk shell in browser mode', () => {
  test('shows the attract screen in Vietnamese and switches to English', async ({ page, kiosk }) => {
    await page.goto(kiosk.citizenUrl);
    const attract = page.getByTestId('attract-screen');
    await expect(attract).toBeVisible();
    await expect(attract.getByRole('heading')).toHaveText('Đặt thẻ căn cước lên đầu đọc hoặc quét mã QR trên thẻ');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // The one-time launch code is taken out of the address bar.
    expect(page.url()).not.toContain('#c=');
    await page.getByTestId('lang-switch').click();
    await expect(attract.getByRole('heading')).toHaveText('Place your ID card on the reader or scan the QR code on the card');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('device-status')).toBeVisible();
  });

  test('renders the display face and the staff sign-in', async ({ page, kiosk }) => {
    await page.goto(kiosk.displayUrl);
    await expect(page.getByTestId('display-face')).toBeVisible();
    await page.goto(kiosk.staffUrl);
    await expect(page.getByTestId('staff-sign-in')).toBeVisible();
  });

  test('large text and high contrast switches change the page', async ({ page, kiosk }) => {
    await page.goto(kiosk.citizenUrl);
    await page.getByTestId('large-text').click();
    await expect(page.locator('html')).toHaveClass(/large-text/);
    await page.getByTestId('high-contrast').click();
    await expect(page.locator('html')).toHaveClass(/high-contrast/);
  });
});

test.describe('idle warning and wipe', () => {
  test.use({ kioskConfig: { session: { idleTimeoutSeconds: 30, warningSeconds: 20 } } });

  test('warns with a countdown, keeps the session on "more time", then wipes when idle', async ({ page, kiosk }) => {
    await page.goto(kiosk.citizenUrl);
    await page.getByTestId('attract-find').click();
    await expect(page.getByTestId('start-over')).toBeVisible();
    const countdown = page.getByTestId('idle-countdown');
    await expect(countdown).toBeVisible({ timeout: 15_000 });
    const first = Number(await countdown.textContent());
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThanOrEqual(20);
    await page.getByTestId('idle-more-time').click();
    await expect(countdown).toBeHidden();
    await expect(page.getByTestId('start-over')).toBeVisible();
    await expect(countdown).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('attract-screen')).toBeVisible({ timeout: 25_000 });
    await expect(page.getByTestId('start-over')).toBeHidden();
  });
});

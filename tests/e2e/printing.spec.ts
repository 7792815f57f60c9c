import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/kiosk-fixture';
import { REPO } from './support/kiosk-process';
import { selfSignedCert, startFakePortal } from '../integration/support/local-https';

/**
 * Issue 16 at the desk, in Chromium against the built core: the slip printed from the checklist (the
 * demo's in-process virtual printer saves it as a PNG, kept with the screenshots and read back with
 * zbarimg), a printer that does not answer (the citizen is told and gets the phone QR), the rating
 * counted in the ward report, and a portal outage that the guide and the display show and then clear.
 */
const SCREENSHOTS = join(REPO, 'tests', 'artifacts', 'screenshots');
const ZBAR = existsSync('/usr/bin/zbarimg');

async function openChecklist(page: import('@playwright/test').Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('attract-find').click();
  await page.getByTestId('life-event-thue-tro').click();
  await page.locator('[data-testid="result"][data-ref="p-1.004194"]').click();
  await expect(page.getByTestId('procedure-name')).toHaveText('Đăng ký tạm trú');
  // The real record has three cases: the slip follows the one chosen ("Hồ sơ đăng ký tạm trú", two papers).
  await page.getByTestId('case-0').click();
  await page.getByTestId('procedure-prepare').click();
  await expect(page.getByTestId('checklist-screen')).toBeVisible();
}

test('a citizen prints the slip from the checklist; the printed PNG carries the QR of the portal', async ({ page, kiosk }) => {
  await openChecklist(page, kiosk.citizenUrl);
  await page.getByTestId('print-slip-button').click();
  await expect(page.getByTestId('print-status')).toHaveAttribute('data-state', 'printed');
  await expect(page.getByTestId('print-status')).toContainText('Đã in xong');
  const dir = join(kiosk.dataDir, 'printed');
  await expect.poll(() => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0)).toBe(1);
  const png = join(dir, readdirSync(dir).find((f) => f.endsWith('.png'))!);
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(png, join(SCREENSHOTS, 'slip-1.004194-80mm.png'));
  await page.screenshot({ path: join(SCREENSHOTS, 'landscape-checklist-slip-printed.png') });
  expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  if (ZBAR) expect(execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim()).toMatch(/^https:\/\//);
});

test.describe('a printer that does not answer', () => {
  // Port 1 on loopback refuses at once: the kiosk's status query gets no answer.
  test.use({ kioskConfig: { devices: { printer: { type: 'escpos', link: 'tcp', host: '127.0.0.1', port: 1, paperWidthMm: 80 } } } });
  test('says so in plain words, offers the phone QR instead, and shows the fault in device status', async ({ page, kiosk }) => {
    await openChecklist(page, kiosk.citizenUrl);
    await page.getByTestId('print-slip-button').click();
    const status = page.getByTestId('print-status');
    await expect(status).toHaveAttribute('data-fault', 'no-answer');
    await expect(status).toContainText('Máy in không phản hồi');
    await expect(status.getByTestId('phone-qr')).toBeVisible();
    await expect(page.getByTestId('device-status')).toHaveAttribute('title', /Máy in phiếu: mất kết nối \(máy in không trả lời\)/);
    // The screen did not wait on the printer: the citizen carries on.
    await page.getByTestId('checklist-item-0').click();
    await expect(page.getByTestId('checklist-progress')).toHaveText('Bạn đã có 1/2 giấy tờ');
  });
});

test('the rating at the end is counted in the ward report', async ({ page, kiosk }) => {
  await openChecklist(page, kiosk.citizenUrl);
  await page.getByTestId('checklist-guide').click();
  // The guide must be on screen before the loop asks whether there is a next step (isVisible does not wait).
  await expect(page.getByTestId('guide-next')).toBeVisible();
  while (await page.getByTestId('guide-next').isVisible()) await page.getByTestId('guide-next').click();
  await page.getByTestId('guide-done').click();
  await page.getByTestId('outcome-finish-on-phone').click();
  await expect(page.getByTestId('finish-screen')).toBeVisible();
  await expect(page.getByTestId('print-slip-button')).toBeVisible();
  await page.getByTestId('rating-dissatisfied').click();
  await page.getByTestId('rating-reason-portal-failed').click();
  await expect(page.getByTestId('rating-thanks')).toBeVisible();
  await page.getByTestId('finish-done').click();
  await expect(page.getByTestId('attract-screen')).toBeVisible();

  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const out = join(kiosk.dataDir, 'report.json');
  execFileSync(process.execPath, [join(REPO, 'bin', 'kiosk.mjs'), 'report', '--from', today, '--to', today, '--format', 'json', '--out', out, '--config', kiosk.configFile]);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { tables: Record<string, { rows: unknown[][] }> };
  const rows = report.tables['satisfaction']!.rows;
  expect(rows).toContainEqual(['Không hài lòng', 1, 1]);
  expect(rows).toContainEqual(['Rất hài lòng', 0, 0]);
  expect(rows).toContainEqual(['Lý do không hài lòng: Cổng dịch vụ công bị lỗi', 1, 1]);
});

test.describe('portal outage', () => {
  const tls = selfSignedCert();
  let portal: Awaited<ReturnType<typeof startFakePortal>>;
  test.beforeAll(async () => { portal = await startFakePortal(tls, 18443); });
  test.afterAll(async () => { await portal.close(); tls.cleanup(); });
  test.use({
    kioskConfig: {
      portal: {
        allowlist: ['dichvucong.gov.vn'],
        healthChecks: [{ id: 'portal', label: 'Cổng Dịch vụ công quốc gia', url: 'https://127.0.0.1:18443/', expectStatus: 200, timeoutMs: 1000, intervalSeconds: 2, caFile: tls.certFile }],
      },
    },
  });
  test('the guide and the display say the portal is down, and clear when it is back', async ({ page, context, kiosk }) => {
    await openChecklist(page, kiosk.citizenUrl);
    await page.getByTestId('checklist-guide').click();
    await expect(page.getByTestId('guide-screen')).toBeVisible();
    const display = await context.newPage();
    await display.goto(kiosk.displayUrl);
    await expect(display.getByTestId('display-face')).toBeVisible();
    await expect(page.getByTestId('portal-outage')).toHaveCount(0);

    portal.setMode('down');
    await expect(page.getByTestId('portal-outage')).toContainText(/Cổng Dịch vụ công quốc gia đang gián đoạn từ \d\d:\d\d/, { timeout: 15_000 });
    await expect(page.getByTestId('portal-outage')).toContainText('in phiếu hướng dẫn');
    await expect(display.getByTestId('portal-outage')).toContainText('đang gián đoạn');
    await page.screenshot({ path: join(SCREENSHOTS, 'landscape-guide-portal-down.png') });

    portal.setMode('up');
    await expect(page.getByTestId('portal-outage')).toHaveCount(0, { timeout: 15_000 });
    await expect(display.getByTestId('portal-outage')).toHaveCount(0);
  });
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/kiosk-fixture';
import { REPO } from './support/kiosk-process';

/*
 * Issue 13: the "Mô phỏng thiết bị" panel that the README sends every newcomer to. Its buttons were white on
 * a white panel (they inherited the top bar's style), it covered the screen's main instruction, and its card
 * profiles showed raw ids. Checked in both kiosk orientations with axe-core (no serious or critical
 * violation on the face with the panel open), by geometry, and by using it.
 */

const SCREENSHOTS = join(REPO, 'tests', 'artifacts', 'screenshots');
const SIZES = [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }];

/** axe-core's serious and critical violations on the page, one line each (rule, impact, first target). */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const size of SIZES) {
  test(`the simulator panel at ${size.width}×${size.height}: readable, beside the instruction, no serious axe violation`, async ({ page, kiosk }) => {
    await page.setViewportSize(size);
    await page.goto(kiosk.citizenUrl);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await page.getByTestId('sim-open').click();
    const panel = page.getByTestId('sim-panel');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('sim-profile').locator('option')).toHaveCount(2);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `simulator-panel-${size.width}x${size.height}.png`) });

    // The panel sits above the screen's headline, never over it.
    const panelBox = await panel.boundingBox();
    const headline = await page.locator('.attract-headline').boundingBox();
    expect(panelBox && headline && panelBox.y + panelBox.height <= headline.y).toBe(true);

    // Its buttons are dark on light, like every other button (not the top bar's white on brand green).
    const colours = await page.getByTestId('sim-tap').evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
    expect(colours).toEqual(['rgb(11, 93, 59)', 'rgb(255, 255, 255)']);

    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the panel names invented citizens as people, and scans and taps the one chosen', async ({ page, kiosk }) => {
  await page.goto(kiosk.citizenUrl);
  await page.getByTestId('attract-identify').click();
  await page.getByTestId('consent-agree').click();
  await page.getByTestId('sim-open').click();
  const options = page.getByTestId('sim-profile').locator('option');
  await expect(options).toHaveText(['Nguyễn Văn An, sinh năm 1993', 'Trần Thị Bình, sinh năm 1960']);
  await expect(page.getByTestId('sim-profile')).toHaveValue('nguyen-van-an');

  await page.getByTestId('sim-profile').selectOption({ label: 'Trần Thị Bình, sinh năm 1960' });
  await page.getByTestId('sim-scan-qr').click();
  await page.getByTestId('sim-tap').click();
  await expect(page.getByTestId('identity-name')).toHaveText('Xin chào, Trần Thị Bình', { timeout: 20_000 });
  expect(await seriousViolations(page)).toEqual([]);
});

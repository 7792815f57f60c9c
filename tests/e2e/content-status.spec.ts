import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/kiosk-fixture';
import { apiCall } from './support/api-call';
import { REPO, type RunningKiosk } from './support/kiosk-process';

/*
 * The content status on the staff face's Kiosk tab against the built core: a ward clerk breaks a
 * content file while the kiosk runs and, within seconds and without a technician, sees the problem
 * with its file and field path and that the previous content stays live; once fixed, the problem
 * goes away. Screenshots of the refused states are saved in tests/artifacts/content-status/.
 */

const PIN = '482913';
const ARTIFACTS = join(REPO, 'tests', 'artifacts', 'content-status');

// A private copy of the content, so the test can break its files without touching the repository.
const contentCopy = mkdtempSync(join(tmpdir(), 'kiosk-e2e-content-status-'));
cpSync(join(REPO, 'kiosk-config', 'content'), contentCopy, { recursive: true });
const displayFile = join(contentCopy, 'display', 'display.json');
const shippedDisplay = readFileSync(displayFile, 'utf8');
const procedureFile = join(contentCopy, 'procedures', '1.004222.json');
const shippedProcedure = readFileSync(procedureFile, 'utf8');
test.afterAll(() => rmSync(contentCopy, { recursive: true, force: true }));
test.use({ kioskConfig: { content: { dir: contentCopy } } });

/** Adds a ward clerk (role staff) through the CLI, signs in on the staff face with the PIN pad and opens the Kiosk tab. */
async function openKioskTab(page: Page, kiosk: RunningKiosk): Promise<void> {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'kiosk.mjs'), 'staff', 'add', '--name', 'Phạm Thị Cúc', '--role', 'staff', '--pin', PIN, '--config', kiosk.configFile], { encoding: 'utf8' });
  const id = Number(/added account (\d+)/.exec(r.stdout)?.[1]);
  if (!id) throw new Error(`staff add failed: ${r.stdout}${r.stderr}`);
  await page.goto(kiosk.staffUrl);
  await page.getByTestId(`staff-tile-${id}`).click();
  for (const d of PIN) await page.getByTestId(`pin-key-${d}`).click();
  await page.getByTestId('pin-ok').click();
  await expect(page.getByTestId('staff-who')).toContainText('Phạm Thị Cúc');
  await page.getByTestId('staff-tab-kiosk').click();
  await expect(page.getByTestId('content-status')).toBeVisible();
}

test('a broken display.json is listed with its path on the Kiosk tab while the last good content stays live; fixed, it clears', async ({ page, kiosk }) => {
  await openKioskTab(page, kiosk);
  const verdict = page.getByTestId('content-status-display-verdict');
  await expect(verdict).toHaveText(/Nội dung đang dùng không có lỗi/);
  const feedBefore = await apiCall(kiosk, 'display', 'display.feed', {});
  expect(feedBefore.ok).toBe(true);

  const content = JSON.parse(shippedDisplay) as { announcements: { id: string }[] };
  const duplicated = content.announcements[0]!.id;
  content.announcements[1]!.id = duplicated;
  try {
    writeFileSync(displayFile, JSON.stringify(content, null, 2));
    await expect(verdict).toContainText('Bản mới bị từ chối vì có lỗi, ki-ốt vẫn dùng bản trước', { timeout: 10_000 });
    const problem = page.getByTestId('content-status-display-problems').getByTestId('content-status-problem');
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('Tệp: display.json');
    await expect(problem).toContainText('Vị trí: announcements.1.id (thông báo thứ 2)');
    await expect(problem).toContainText(`Mã thông báo "${duplicated}" bị trùng`);
    // The lobby displays still loop the previous version.
    const feedNow = await apiCall(kiosk, 'display', 'display.feed', {});
    expect(feedNow.value.revision).toBe(feedBefore.value.revision);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'display-refused.png'), fullPage: true });
  } finally {
    writeFileSync(displayFile, shippedDisplay);
  }
  await expect(verdict).toHaveText(/Nội dung đang dùng không có lỗi/, { timeout: 10_000 });
  await expect(page.getByTestId('content-status-display-problems')).toHaveCount(0);
});

test('a procedure file with an error is refused with its path and the pack in use stays live; fixed, it clears', async ({ page, kiosk }) => {
  await openKioskTab(page, kiosk);
  const block = page.getByTestId('content-status-procedures');
  const verdict = page.getByTestId('content-status-procedures-verdict');
  await expect(verdict).toHaveText(/Nội dung đang dùng không có lỗi/);
  // The shipped pack is the real catalogue: publisher's data, dated by the portal download it came from.
  await expect(page.getByTestId('content-status-sample')).toHaveText('Dữ liệu của đơn vị phát hành (không phải dữ liệu mẫu)');
  await expect(page.getByTestId('content-status-age')).toContainText(/^Dữ liệu thủ tục ngày 18\/07\/2026 \(\d+ ngày trước\)$/);
  // Warnings of the shipped pack (if any) stay; what the broken file adds must go once it is fixed.
  const problemsBefore = await page.getByTestId('content-status-procedures-problems').getByTestId('content-status-problem').count();
  const procedure = JSON.parse(shippedProcedure) as { channels: { kind: string }[] };
  procedure.channels[0]!.kind = 'fax';
  try {
    writeFileSync(procedureFile, JSON.stringify(procedure, null, 2));
    await expect(verdict).toContainText('Bản mới bị từ chối vì có lỗi, ki-ốt vẫn dùng bản trước', { timeout: 10_000 });
    const problem = page.getByTestId('content-status-procedures-problems').getByTestId('content-status-problem').first();
    await expect(problem).toContainText('Tệp: procedures/1.004222.json');
    await expect(problem).toContainText('Vị trí: channels[0].kind');
    // Search still answers from the pack in use.
    const hits = await apiCall(kiosk, 'citizen', 'catalogue.search', { query: 'tam tru' });
    expect(hits.value.hits.length).toBeGreaterThan(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'procedures-refused.png'), fullPage: true });
  } finally {
    writeFileSync(procedureFile, shippedProcedure);
  }
  await expect(verdict).toHaveText(/Nội dung đang dùng không có lỗi/, { timeout: 10_000 });
  await expect(page.locator('[data-testid="content-status-procedures"] [data-testid="content-status-problem"][data-severity="error"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="content-status-procedures"] [data-testid="content-status-problem"]')).toHaveCount(problemsBefore);
});

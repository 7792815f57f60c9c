import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/kiosk-fixture';
import { REPO } from './support/kiosk-process';

/*
 * Issue 12, "Faces for real data": a citizen finds Đăng ký kết hôn on the real catalogue (typed
 * without marks), sees its real papers with counts, the papers to show, fees and time online vs in
 * person, and the official page's QR, in Chromium at 1080×1920 (portrait kiosk) and in "Chữ to";
 * a procedure with several cases asks the case first and the checklist follows it; a procedure the
 * ward does not handle says where to go. The facts asserted are read from the shipped pack's files,
 * so a re-import of newer portal data keeps this test true.
 */

const SCREENSHOTS = join(REPO, 'tests', 'artifacts', 'screenshots');
const PORTRAIT = { width: 1080, height: 1920 };

interface PackDocument { name: string; originals?: number; copies?: number }
interface PackProcedure {
  name: string;
  documents: { title?: string; present?: boolean; documents: PackDocument[] }[];
  source?: { page: string };
}
const packProcedure = (code: string): PackProcedure =>
  JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'content', 'procedures', `${code}.json`), 'utf8')) as PackProcedure;
/** The published name without its list bullet, as the page shows it. */
const shown = (name: string) => name.replace(/^\s*[-+*•]+\s*/, '').trim();

async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const ch of text) await page.getByTestId(ch === ' ' ? 'key-space' : `key-${ch}`).click();
}

/** Nothing wider than the screen: long legal names wrap. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, main: document.querySelector('main')!.scrollWidth, view: window.innerWidth }));
  expect(widths.doc, `page width (${what})`).toBeLessThanOrEqual(widths.view);
  expect(widths.main, `main width (${what})`).toBeLessThanOrEqual(widths.view);
}

test.describe('the procedure page on the real catalogue, portrait 1080×1920', () => {
  test.use({ viewport: PORTRAIT });

  test('"dang ky ket hon" → Đăng ký kết hôn: its real papers with counts, papers to show, fees and time, official page QR; checklist follows', async ({ page, kiosk }) => {
    const marriage = packProcedure('1.000894');
    const handIn = marriage.documents.filter((c) => !c.present).flatMap((c) => c.documents);
    const toShow = marriage.documents.filter((c) => c.present).flatMap((c) => c.documents);
    expect(handIn.length).toBeGreaterThan(0);
    expect(toShow.length).toBeGreaterThan(0);
    mkdirSync(SCREENSHOTS, { recursive: true });

    await page.goto(kiosk.citizenUrl);
    await page.getByTestId('attract-find').click();
    await page.getByTestId('find-tab-search').click();
    await typeOnScreen(page, 'dang ky ket hon');
    const hit = page.locator('[data-testid="result"][data-ref="p-1.000894"]');
    await expect(hit).toBeVisible();
    // The list may re-render once as the keyboard restores the marks of the finished words: click until the page opens.
    await expect(async () => {
      if (await hit.isVisible()) await hit.click();
      await expect(page.getByTestId('procedure-name')).toHaveText(marriage.name, { timeout: 2000 });
    }).toPass({ timeout: 15_000 });

    // One list to hand in (the other published cases are papers to show and notes): nothing to choose.
    await expect(page.getByTestId('case-choice')).toHaveCount(0);
    const papers = page.getByTestId('papers-common').getByTestId('paper');
    await expect(papers).toHaveCount(handIn.length);
    for (const [i, d] of handIn.entries()) {
      await expect(papers.nth(i)).toContainText(shown(d.name));
      await expect(papers.nth(i).getByTestId('paper-count')).toHaveText(`${d.originals} bản chính`);
    }
    const show = page.getByTestId('papers-show').getByTestId('paper');
    await expect(show).toHaveCount(toShow.length);
    await expect(page.getByTestId('procedure-documents')).toContainText('Mang theo để xuất trình');
    await expect(page.getByTestId('notes-omitted')).toContainText('ghi chú');
    await expect(page.getByTestId('time-online')).toHaveText('1 (cổng không ghi đơn vị)');
    await expect(page.getByTestId('case-code-times')).toContainText('1.000894.02: 1 ngày làm việc');
    await expect(page.getByTestId('fees-inPerson')).toContainText('0 đồng');
    await expect(page.getByTestId('fee-rules')).toContainText('Miễn lệ phí');
    await expect(page.getByTestId('where-centre')).toHaveText('Nộp hồ sơ tại: Trung tâm Phục vụ hành chính công Phường Minh Họa');
    await expect(page.getByTestId('procedure-where').getByTestId('phone-qr')).toHaveAttribute('data-url', marriage.source!.page);
    await expect(page.getByTestId('data-as-of')).toContainText('Dữ liệu ngày 18/07/2026');
    await expect(page.getByTestId('plain-steps')).toBeVisible();
    await expect(page.getByTestId('procedure-legal')).not.toHaveAttribute('open');

    // Body text of a public terminal: 24 px, 30 px in "Chữ to"; the long names wrap, nothing runs off the side.
    const size = async () => Number.parseFloat(await papers.first().evaluate((e) => getComputedStyle(e).fontSize));
    expect(await size()).toBeGreaterThanOrEqual(24);
    await expectNoSidewaysScroll(page, 'normal');
    await page.screenshot({ path: join(SCREENSHOTS, 'portrait-20-marriage.png') });
    await page.getByTestId('procedure-how').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'portrait-21-marriage-fees.png') });
    await page.getByTestId('large-text').click();
    expect(await size()).toBeGreaterThanOrEqual(30);
    await expectNoSidewaysScroll(page, 'large text');
    await page.getByTestId('procedure-documents').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'portrait-22-marriage-large-text.png') });
    await page.getByTestId('large-text').click();

    // The checklist lists the same papers, the ones to show apart.
    await page.getByTestId('procedure-prepare').click();
    await expect(page.getByTestId('checklist-hand-in').getByRole('checkbox')).toHaveCount(handIn.length);
    await expect(page.getByTestId('checklist-show').getByRole('checkbox')).toHaveCount(toShow.length);
    await expect(page.getByTestId('checklist-progress')).toHaveText(`Bạn đã có 0/${handIn.length + toShow.length} giấy tờ`);
    await page.screenshot({ path: join(SCREENSHOTS, 'portrait-23-marriage-checklist.png') });
  });

  test('đăng ký thường trú: the citizen chooses a case, sees its papers; the checklist and the guide follow it', async ({ page, kiosk }) => {
    const residence = packProcedure('1.004222');
    const rented = residence.documents.findIndex((c) => c.title === 'Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ');
    expect(rented).toBeGreaterThanOrEqual(0);
    const papersOfCase = residence.documents[rented]!.documents;

    await page.goto(kiosk.citizenUrl);
    await page.getByTestId('attract-find').click();
    await page.getByTestId('find-tab-search').click();
    await typeOnScreen(page, 'dang ky thuong tru');
    await page.locator('[data-testid="result"][data-ref="p-1.004222"]').click();
    await expect(page.getByTestId('case-choice')).toBeVisible();
    await expect(page.getByTestId('procedure-documents')).toContainText('Hãy chọn trường hợp của bạn');
    await page.screenshot({ path: join(SCREENSHOTS, 'portrait-24-residence-cases.png') });
    await page.getByTestId(`case-${rented}`).click();
    await expect(page.getByTestId('chosen-case')).toHaveText('Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ');
    const papers = page.getByTestId('papers-case').getByTestId('paper');
    await expect(papers).toHaveCount(papersOfCase.length);
    for (const [i, d] of papersOfCase.entries()) await expect(papers.nth(i)).toContainText(shown(d.name));
    await expect(page.getByTestId('fees-online')).toContainText('10.000 đồng (lệ phí)');
    await expect(page.getByTestId('fees-inPerson')).toContainText('20.000 đồng (lệ phí)');
    await expectNoSidewaysScroll(page, 'residence');
    await page.screenshot({ path: join(SCREENSHOTS, 'portrait-25-residence-case.png') });

    await page.getByTestId('procedure-prepare').click();
    await expect(page.getByTestId('checklist-case')).toContainText('do thuê, mượn, ở nhờ');
    await expect(page.getByTestId('checklist-hand-in').getByRole('checkbox')).toHaveCount(papersOfCase.length);
    await page.getByTestId('nav-back').click();
    await page.getByTestId('procedure-guide').click();
    await expect(page.getByTestId('guide-case')).toContainText('do thuê, mượn, ở nhờ');
    await expect(page.getByTestId('guide-papers')).toContainText(`(${papersOfCase.length})`);
  });

  test('a passport: the ward does not handle it, says where to go and how online', async ({ page, kiosk }) => {
    await page.goto(kiosk.citizenUrl);
    await page.getByTestId('attract-find').click();
    await page.getByTestId('find-tab-search').click();
    await typeOnScreen(page, 'ho chieu');
    await page.locator('[data-testid="result"][data-ref="p-1.001456"]').click();
    const banner = page.getByTestId('not-at-ward');
    await expect(banner).toContainText('Phường không giải quyết thủ tục này.');
    await expect(banner).toContainText('Nơi làm: Công an cấp Tỉnh');
    await expect(banner).toContainText('trực tuyến');
    await expect(page.getByTestId('where-centre')).toHaveCount(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'portrait-26-passport-not-at-ward.png') });
  });

  test('browse: life events and the largest sectors first, "Xem tất cả" for the rest; a sector lists its procedures', async ({ page, kiosk }) => {
    await page.goto(kiosk.citizenUrl);
    await page.getByTestId('attract-find').click();
    await expect(page.getByTestId('life-event-ket-hon')).toBeVisible();
    await page.getByTestId('find-tab-sectors').click();
    const sectors = page.getByTestId('sectors');
    await expect(sectors).toHaveAttribute('data-shown', '12');
    const total = Number(await sectors.getAttribute('data-total'));
    expect(total).toBeGreaterThan(50);
    const counts = (await sectors.locator('.tile-count').allInnerTexts()).map((c) => Number.parseInt(c, 10));
    expect(counts).toHaveLength(12);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.screenshot({ path: join(SCREENSHOTS, 'portrait-27-sectors.png') });
    await page.getByTestId('sectors-all').click();
    await expect(sectors).toHaveAttribute('data-shown', String(total));
    await page.getByTestId('sector-ho-tich').click();
    await expect(page.locator('[data-testid="result"][data-ref="p-1.000894"]')).toBeVisible();
    await page.getByTestId('nav-back').click();
    await page.getByTestId('find-tab-essential').click();
    await expect(page.getByTestId('essential-services').locator('li')).toHaveCount(25);
    // A service of one procedure opens its page, even when the ward does not handle it (criminal record).
    await page.getByTestId('essential-21').click();
    await expect(page.getByTestId('not-at-ward')).toBeVisible();
    await page.getByTestId('nav-back').click();
    // A service of several procedures (the passport) lists those of the pack.
    await page.getByTestId('essential-12').click();
    await expect(page.getByTestId('essential-procedures').locator('[data-ref="p-1.001456"]')).toBeVisible();
    await page.getByTestId('essential-procedures').locator('[data-ref="p-1.001456"]').click();
    await expect(page.getByTestId('not-at-ward')).toContainText('Công an cấp Tỉnh');
  });
});

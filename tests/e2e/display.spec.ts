import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { expect, test } from './support/kiosk-fixture';
import { apiCall } from './support/api-call';
import { REPO, type RunningKiosk } from './support/kiosk-process';

/*
 * The lobby display face against the built core: screenshots of every slide kind at the three screen
 * shapes (saved in tests/artifacts/display/), the emergency message within 2 s, live content changes,
 * reconnection after the core is killed, and the display connection refusing everything else.
 * The LAN side (a non-loopback peer) is tested in tests/integration/display/lan.test.ts inside a
 * private network namespace.
 */

const ARTIFACTS = join(REPO, 'tests', 'artifacts', 'display');
const KINDS = ['services', 'benefits', 'vneid', 'announcements', 'statistics'] as const;
const SCREENS = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '3840x2160', width: 3840, height: 2160 },
  { name: '1080x1920', width: 1080, height: 1920 },
] as const;
const ADMIN_PIN = '246810';

// A private copy of the content, so a test can edit the display file without touching the repository.
const contentCopy = mkdtempSync(join(tmpdir(), 'kiosk-e2e-display-content-'));
cpSync(join(REPO, 'kiosk-config', 'content'), contentCopy, { recursive: true });
const displayFile = join(contentCopy, 'display', 'display.json');
const shippedDisplay = readFileSync(displayFile, 'utf8');
test.afterAll(() => rmSync(contentCopy, { recursive: true, force: true }));
test.use({ kioskConfig: { content: { dir: contentCopy } } });

/** Adds an admin through the CLI and signs in over the staff face's WebSocket; answers the session token. */
async function adminToken(kiosk: RunningKiosk): Promise<string> {
  const add = spawnSync(process.execPath, [join(REPO, 'bin', 'kiosk.mjs'), 'staff', 'add', '--name', 'Quản trị e2e', '--role', 'admin', '--pin', ADMIN_PIN, '--config', kiosk.configFile], { encoding: 'utf8' });
  const id = Number(/added account (\d+)/.exec(add.stdout)?.[1]);
  if (!id) throw new Error(`staff add failed: ${add.stdout}${add.stderr}`);
  const r = await apiCall(kiosk, 'staff', 'staff.signIn', { accountId: id, pin: ADMIN_PIN });
  if (!r.ok || r.value.outcome !== 'signed-in') throw new Error(`sign-in failed: ${JSON.stringify(r)}`);
  return r.value.token as string;
}


const frontKind = (page: import('@playwright/test').Page) => page.locator('[data-testid=slide-front] [data-slide-kind]');

test.describe('the lobby display', () => {
  test('every slide kind at 1920×1080, 3840×2160 and 1080×1920: legible, nothing cut off (screenshots saved)', async ({ page, kiosk }) => {
    test.setTimeout(180_000);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const screen of SCREENS) {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      for (const kind of KINDS) {
        await page.goto(`${kiosk.displayUrl}?slide=${kind}&fade=0`);
        await expect(frontKind(page)).toHaveAttribute('data-slide-kind', kind);
        await page.evaluate(() => document.fonts.ready);
        const layout = await page.evaluate(() => {
          const front = document.querySelector('[data-testid=slide-front] .slide') as HTMLElement;
          const title = front.querySelector('.slide-title') as HTMLElement;
          return {
            titleShare: parseFloat(getComputedStyle(title).fontSize) / window.innerHeight,
            overflowX: document.documentElement.scrollWidth - window.innerWidth,
            overflowY: front.scrollHeight - front.clientHeight,
            cursor: getComputedStyle(front).cursor,
          };
        });
        // Headline ≥ 4% of the screen height (legible from 5 m); nothing runs off the screen.
        expect(layout.titleShare, `${screen.name} ${kind}`).toBeGreaterThanOrEqual(0.04);
        expect(layout.overflowX, `${screen.name} ${kind}`).toBeLessThanOrEqual(0);
        expect(layout.overflowY, `${screen.name} ${kind}`).toBeLessThanOrEqual(1);
        expect(layout.cursor).toBe('none');
        await page.screenshot({ path: join(ARTIFACTS, `${screen.name}-${kind}.png`) });
      }
    }
  });

  test('an emergency message appears on a connected display within 2 s and disappears when withdrawn', async ({ page, kiosk }) => {
    const token = await adminToken(kiosk);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(kiosk.displayUrl);
    await expect(frontKind(page)).toBeVisible();
    const t0 = Date.now();
    const set = await apiCall(kiosk, 'staff', 'display.setEmergency', { token, text: 'Mất điện: Trung tâm tạm dừng tiếp nhận hồ sơ đến 14:00' });
    expect(set.ok).toBe(true);
    await expect(page.getByTestId('display-emergency')).toContainText('Mất điện', { timeout: 2000 });
    expect(Date.now() - t0).toBeLessThan(2000);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, '1920x1080-emergency.png') });
    expect(await apiCall(kiosk, 'staff', 'display.withdrawEmergency', { token })).toEqual({ ok: true, value: { withdrawn: true } });
    await expect(page.getByTestId('display-emergency')).toBeHidden({ timeout: 2000 });
  });

  test('a content change shows without a reload', async ({ page, kiosk }) => {
    await page.goto(kiosk.displayUrl);
    await expect(page.getByTestId('display-ticker')).toBeVisible();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const content = JSON.parse(shippedDisplay);
    try {
      writeFileSync(displayFile, JSON.stringify({ ...content, ticker: { vi: 'Chiều nay Trung tâm làm việc đến 17:30' } }));
      await expect(page.getByTestId('display-ticker')).toHaveText('Chiều nay Trung tâm làm việc đến 17:30', { timeout: 5000 });
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    } finally {
      writeFileSync(displayFile, shippedDisplay);
    }
  });

  test('hostile pack text is shown as text: no markup, no script, no dialog', async ({ page, kiosk }) => {
    const hostile = '<img src=x onerror="window.pwned=1;alert(1)"><script>window.pwned=2</script>';
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(kiosk.displayUrl);
    await expect(page.getByTestId('display-ticker')).toBeVisible();
    const content = JSON.parse(shippedDisplay);
    try {
      writeFileSync(displayFile, JSON.stringify({ ...content, ticker: { vi: `Thông báo ${hostile}` } }));
      await expect(page.getByTestId('display-ticker')).toHaveText(`Thông báo ${hostile}`, { timeout: 5000 });
      expect(await page.locator('[data-testid=display-ticker] img, [data-testid=display-ticker] script').count()).toBe(0);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
    } finally {
      writeFileSync(displayFile, shippedDisplay);
    }
  });

  test('keeps looping while the core is down, marks itself offline, and reconnects when it is back', async ({ page, kiosk }) => {
    test.setTimeout(120_000);
    await page.goto(`${kiosk.displayUrl}?speed=20`);
    await expect(frontKind(page)).toBeVisible();
    await expect(page.getByTestId('display-offline')).toBeHidden();
    // Hold reconnections back while we watch the display offline (the page's current socket is not routed).
    let blocked = true;
    await page.routeWebSocket(/\/api\?/, (ws) => (blocked ? void ws.close() : ws.connectToServer()));
    // The fixture's restart kills the core (SIGKILL) and starts it again on the same port and data.
    const restarting = kiosk.restart();
    await expect(page.getByTestId('display-offline')).toBeVisible({ timeout: 5000 });
    await restarting;
    // Still looping its last content (12 s slides at speed 20 change every 0.6 s).
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      seen.add((await page.locator('[data-testid=slide-front]').innerText()).slice(0, 80));
      await page.waitForTimeout(200);
    }
    expect(seen.size).toBeGreaterThan(1);
    await expect(page.getByTestId('display-offline')).toBeVisible();
    blocked = false;
    // The client retries with a backoff of at most 5 s.
    await expect(page.getByTestId('display-offline')).toBeHidden({ timeout: 10_000 });
    // Live again: a push from the restarted core arrives.
    const token = await adminToken(kiosk);
    await apiCall(kiosk, 'staff', 'display.setEmergency', { token, text: 'Đã kết nối lại' });
    await expect(page.getByTestId('display-emergency')).toContainText('Đã kết nối lại', { timeout: 2000 });
    await apiCall(kiosk, 'staff', 'display.withdrawEmergency', { token });
  });

  test('the display connection refuses every call that is not display-level', async ({ page, kiosk }) => {
    await page.goto(kiosk.displayUrl);
    await expect(frontKind(page)).toBeVisible();
    // From inside the display page itself (what a compromised TV browser could do).
    const answers = await page.evaluate(async () => {
      const ws = new WebSocket(`ws://${location.host}/api?face=display`);
      await new Promise((r) => (ws.onopen = r));
      const names = ['session.start', 'kiosk.configSummary', 'devices.status', 'staff.signInList', 'display.setEmergency', 'display.withdrawEmergency'];
      const out: Record<string, string> = {};
      let id = 0;
      for (const name of names) {
        const myId = ++id;
        out[name] = await new Promise<string>((resolve) => {
          ws.onmessage = (e) => {
            const m = JSON.parse(String(e.data));
            if (m.t === 'result' && m.id === myId) resolve(m.result.ok ? 'ok' : m.result.error.code);
          };
          ws.send(JSON.stringify({ t: 'call', id: myId, name, input: {} }));
        });
      }
      ws.close();
      return out;
    });
    for (const [name, code] of Object.entries(answers)) expect(code, name).toBe('api.forbidden');
    expect((await apiCall(kiosk, 'display', 'display.feed', {})).ok).toBe(true);
  });

  test('reduced motion: no cross-fade and a still ticker', async ({ browser, kiosk }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(kiosk.displayUrl);
    await expect(frontKind(page)).toBeVisible();
    const motion = await page.evaluate(() => ({
      fade: getComputedStyle(document.querySelector('.slide-layer')!).transitionDuration,
      ticker: getComputedStyle(document.querySelector('.ticker-text')!).animationName,
    }));
    expect(motion).toEqual({ fade: '0s', ticker: 'none' });
    await context.close();
  });
});

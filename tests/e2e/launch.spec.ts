import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintLaunchCode } from '../../electron/host/server/launch-codes';
import { launchFilePath } from '../../electron/host/server/launch-file';
import { expect, test } from './support/kiosk-fixture';
import { startKiosk } from './support/kiosk-process';

/*
 * Issue 13 item 2 and issue 14 item 4, one design (electron/api/launch.ts): a face gets its launch
 * token by exchanging a one-time code; a face without a valid one says so in words; a tab left open
 * recovers by itself when the core restarts; the token is never on a command line.
 */

test.describe('opening a face', () => {
  test('a face opened without a launch code says so, in Vietnamese first, and does not look ready', async ({ page, kiosk }) => {
    for (const face of ['citizen', 'staff'] as const) {
      await page.goto(kiosk.plainUrls[face]);
      const problem = page.getByTestId('launch-problem');
      await expect(problem).toBeVisible();
      await expect(problem).toHaveAttribute('data-reason', 'no-token');
      await expect(problem.getByRole('heading', { level: 1 })).toHaveText('Màn hình này chưa được mở đúng cách');
      await expect(problem).toContainText('Xin vui lòng báo cán bộ');
      await expect(problem).toContainText(`npx kiosk open ${face}`);
      await expect(page.getByTestId('attract-screen')).toHaveCount(0);
      await expect(page.getByTestId('staff-sign-in')).toHaveCount(0);
      await expect(page.getByText('Thiết bị sẵn sàng')).toHaveCount(0);
    }
  });

  test('a launch code works once and only for a few seconds', async ({ browser, kiosk }) => {
    const url = kiosk.citizenUrl;
    const first = await browser.newPage();
    await first.goto(url);
    await expect(first.getByTestId('attract-screen')).toBeVisible();
    expect(first.url()).not.toContain('#c=');
    // Read from `ps` or the history and replayed in another window: already spent.
    const replay = await browser.newPage();
    await replay.goto(url);
    await expect(replay.getByTestId('launch-problem')).toHaveAttribute('data-reason', 'spent');
    const stale = `${kiosk.plainUrls.citizen}#c=${mintLaunchCode(kiosk.launchToken, 'citizen', Date.now() - 30_000)}`;
    const late = await browser.newPage();
    await late.goto(stale);
    await expect(late.getByTestId('launch-problem')).toHaveAttribute('data-reason', 'expired');
    // A code for the citizen face does not open the staff face.
    const citizenCode = new URL(kiosk.citizenUrl).hash;
    await replay.goto(`${kiosk.plainUrls.staff}${citizenCode}`);
    await expect(replay.getByTestId('launch-problem')).toHaveAttribute('data-reason', 'wrong-face');
    await late.close();
    // A reload of the good tab keeps working on the token it holds.
    await first.reload();
    await expect(first.getByTestId('attract-screen')).toBeVisible();
    await first.close();
    await replay.close();
  });

  test('an open tab recovers by itself after the core restarts', async ({ page, kiosk }) => {
    await page.goto(kiosk.citizenUrl);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    await kiosk.restart();
    // The same tab, untouched: its calls work again (the list loads, no dead end).
    await page.getByTestId('attract-find').click();
    await expect(page.getByTestId('life-events')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('launch-problem')).toHaveCount(0);
    expect(kiosk.output()).not.toMatch(/api\.forbidden/);
  });

  test('after a restart with a new launch token, an open tab says so instead of failing silently', async ({ page, kiosk }) => {
    await page.goto(kiosk.staffUrl);
    await expect(page.getByTestId('staff-sign-in')).toBeVisible();
    await kiosk.kill();
    rmSync(launchFilePath(kiosk.dataDir)); // a technician retired the token
    await kiosk.restart();
    await expect(page.getByTestId('launch-problem')).toHaveAttribute('data-reason', 'stale-token', { timeout: 20_000 });
    await expect(page.getByTestId('launch-problem')).toContainText('npx kiosk open staff');
    // What the screen tells staff to do works, even in this same tab (a new code in the address).
    await page.goto(kiosk.staffUrl);
    await expect(page.getByTestId('staff-sign-in')).toBeVisible();
  });
});

test.describe('the launch token on the machine', () => {
  test('`serve --open` puts no launch token on any command line, and the code it passes works once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-fake-browser-'));
    const script = join(dir, 'browser.sh');
    writeFileSync(script, `#!/bin/sh\necho $$ > "${dir}/pid"\nprintf '%s\\n' "$@" > "${dir}/args"\nsleep 60\n`, { mode: 0o755 });
    const kiosk = await startKiosk({}, { args: ['--open'], env: { KIOSK_BROWSER: script, DISPLAY: ':99' } });
    try {
      await expect.poll(() => existsSync(join(dir, 'args'))).toBe(true);
      const token = kiosk.launchToken;
      const cmdlines = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        } catch {
          return '';
        }
      });
      const browserLine = cmdlines.find((l) => l.includes(script));
      expect(browserLine).toMatch(/--app=http:\/\/127\.0\.0\.1:\d+\/citizen#c=citizen\.\d+\./);
      expect(cmdlines.filter((l) => l.includes(token))).toEqual([]);
      expect(kiosk.output()).not.toContain(token);
      // The code on the command line: exchanged once by "the page", then worthless to whoever read it from ps.
      const code = /#c=(\S+)/.exec(browserLine!)![1]!;
      const exchange = () =>
        fetch(`http://127.0.0.1:${kiosk.port}/launch`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${kiosk.port}` }, body: JSON.stringify({ face: 'citizen', code }) }).then((r) => r.json());
      expect(await exchange()).toEqual({ ok: true, token });
      expect(await exchange()).toEqual({ ok: false, refused: 'spent' });
    } finally {
      const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      if (pid > 1) process.kill(pid);
      await kiosk.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

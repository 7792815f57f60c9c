import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { decryptXlsx } from '../../electron/host/staff/referrals/protected-file';
import { expect, test } from './support/kiosk-fixture';
import { apiCall } from './support/api-call';
import { REPO, type RunningKiosk } from './support/kiosk-process';

/*
 * One full assisted registration through the staff face against the built core: the citizen's card is
 * read by the simulated reader at the citizen face (consent first), a volunteer signs in with the PIN
 * pad, takes the card over, answers the readiness questions, walks the level-1 checklist, leaves the
 * case waiting for the approval SMS, finds it in the follow-ups and on the dashboard, and downloads the
 * monthly report. Afterwards the data directory and the core's output hold no ID number, name or phone.
 */

const PIN = '482913';
const ARTIFACTS = join(REPO, 'tests', 'artifacts', 'staff');
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
// The simulator's card profile kiosk-config/sim/cards/nguyen-van-an.json (an invented person).
const CARD = { idNumber: '001093012345', fullName: 'Nguyễn Văn An', masked: '001*******45' };

function addStaff(kiosk: RunningKiosk, name: string, role: string): number {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'kiosk.mjs'), 'staff', 'add', '--name', name, '--role', role, '--team', 'Đoàn Thanh niên', '--pin', PIN, '--config', kiosk.configFile], { encoding: 'utf8' });
  const id = Number(/added account (\d+)/.exec(r.stdout)?.[1]);
  if (!id) throw new Error(`staff add failed: ${r.stdout}${r.stderr}`);
  return id;
}

/** Opens the staff face and signs in with the account's tile and the PIN pad. */
async function signIn(page: Page, kiosk: RunningKiosk, accountId: number): Promise<void> {
  await page.goto(kiosk.staffUrl);
  await page.getByTestId(`staff-tile-${accountId}`).click();
  for (const d of PIN) await page.getByTestId(`pin-key-${d}`).click();
  await page.getByTestId('pin-ok').click();
}

function scanForPersonalData(kiosk: RunningKiosk): void {
  const files = readdirSync(kiosk.dataDir).map((f) => join(kiosk.dataDir, f)).filter((f) => statSync(f).isFile());
  expect(files.some((f) => f.endsWith('kiosk.db'))).toBe(true);
  const haystacks = [...files.map((f) => ({ where: f, bytes: readFileSync(f) })), { where: 'core output', bytes: Buffer.from(kiosk.output(), 'utf8') }];
  for (const h of haystacks) {
    expect(h.bytes.includes(Buffer.from(CARD.idNumber)), `ID number in ${h.where}`).toBe(false);
    expect(h.bytes.includes(Buffer.from(CARD.fullName.normalize('NFC'))), `name in ${h.where}`).toBe(false);
    expect(h.bytes.includes(Buffer.from(CARD.fullName.normalize('NFD'))), `name (NFD) in ${h.where}`).toBe(false);
    expect(/(?<![0-9a-f])(?:0|\+84)[35789]\d{8}(?![0-9a-f])/.test(h.bytes.toString('latin1')), `phone number in ${h.where}`).toBe(false);
  }
}

test('a volunteer helps a citizen register VNeID level 1 with the simulated card', async ({ page, kiosk }) => {
  const volunteer = addStaff(kiosk, 'Trần Văn Bình', 'volunteer');
  addStaff(kiosk, 'Lê Thu Hà', 'staff');

  // The citizen taps the simulated card, scans its QR and consents: the core reads the chip.
  const tapped = await apiCall(kiosk, 'citizen', 'sim.tapCard', {});
  expect(tapped, kiosk.output()).toMatchObject({ ok: true });
  expect((await apiCall(kiosk, 'citizen', 'sim.scan', { preset: 'card-qr' })).ok).toBe(true);
  expect((await apiCall(kiosk, 'citizen', 'identity.consent', { given: true })).ok).toBe(true);
  await expect.poll(async () => (await apiCall(kiosk, 'citizen', 'identity.get', {})).value?.read?.state, { timeout: 30_000 }).toBe('done');

  // The volunteer signs in on the staff face with the PIN pad.
  await page.goto(kiosk.staffUrl);
  await expect(page.getByTestId(`staff-tile-${volunteer}`)).toBeVisible();
  await shot(page, '1-sign-in');
  await page.getByTestId(`staff-tile-${volunteer}`).click();
  await page.getByTestId('pin-key-9').click(); // a wrong PIN first
  for (const d of '00000') await page.getByTestId(`pin-key-${d}`).click();
  await page.getByTestId('pin-ok').click();
  await expect(page.getByTestId('pin-wrong')).toContainText('Còn 4 lần thử');
  for (const d of PIN) await page.getByTestId(`pin-key-${d}`).click();
  await page.getByTestId('pin-ok').click();
  await expect(page.getByTestId('staff-who')).toContainText('Trần Văn Bình');
  // Volunteers neither export reports nor manage accounts.
  await expect(page.getByTestId('staff-tab-reports')).toHaveCount(0);
  await expect(page.getByTestId('staff-tab-accounts')).toHaveCount(0);

  // Takes over the card read at the citizen screen: only the masked ID is shown.
  const fromSession = page.getByTestId('assist-from-session');
  await expect(fromSession).toContainText(CARD.masked);
  await fromSession.click();
  await page.getByTestId('assist-consent').check();
  await page.getByTestId('q-sim-yes').click();
  await page.getByTestId('q-phone-nfc').click();
  await page.getByTestId('q-vneid-no').click();
  await page.getByTestId('goal-vneid-level1').click();
  await expect(page.getByTestId('readiness-verdict')).toHaveText('Đủ điều kiện');
  await expect(page.getByTestId('check-chip-authentic')).toContainText('Đạt');
  await expect(page.getByTestId('check-vneid-installed')).toContainText('Lưu ý');
  await shot(page, '2-readiness');
  await expect(page.locator('body')).not.toContainText(CARD.idNumber);
  await expect(page.locator('body')).not.toContainText(CARD.fullName);
  await page.getByTestId('assist-start').click();

  // The checklist: five steps done, the approval SMS not yet there.
  for (const step of ['install-app', 'enter-id-phone', 'scan-card', 'face-capture', 'submit-registration']) {
    await page.getByTestId(`step-done-${step}`).click();
    await expect(page.getByTestId(`step-state-${step}`)).toHaveText('Đã xong');
  }
  await page.getByTestId('step-failed-approval-sms').click();
  await page.getByTestId('reason-no-approval-sms-yet').click();
  await expect(page.getByTestId('step-state-approval-sms')).toHaveText('Không làm được · Chưa nhận tin nhắn phê duyệt');
  await shot(page, '3-checklist');
  await page.getByTestId('assist-finish').click();
  await expect(page.getByTestId('assist-saved')).toHaveText('Đã lưu kết quả hỗ trợ. Kết quả: Chờ xử lý tiếp · Chờ tin nhắn phê duyệt');

  // The case waits in the follow-up list and counts on today's dashboard.
  await page.getByTestId('staff-tab-followUps').click();
  await expect(page.getByTestId('follow-ups')).toContainText(`${CARD.masked} · Đăng ký tài khoản VNeID mức 1 · Chờ tin nhắn phê duyệt`);
  await page.getByTestId('staff-tab-dashboard').click();
  await expect(page.getByTestId('total-citizens')).toContainText('1');
  await expect(page.getByTestId('total-follow-ups')).toContainText('1');
  await expect(page.getByTestId('chart-reasons-no-approval-sms-yet')).toContainText('1');
  await expect(page.getByTestId('chart-staff')).toContainText('Trần Văn Bình');
  await shot(page, '4-dashboard');

  // A staff member downloads this month's report as XLSX.
  await page.getByTestId('staff-sign-out').click();
  await expect(page.getByTestId('staff-sign-in')).toBeVisible();
  await page.getByText('Lê Thu Hà').click();
  for (const d of PIN) await page.getByTestId(`pin-key-${d}`).click();
  await page.getByTestId('pin-ok').click();
  await page.getByTestId('staff-tab-reports').click();
  await page.getByTestId('report-custom').click();
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  await page.getByTestId('report-from').fill(`${today.slice(0, 7)}-01`);
  await page.getByTestId('report-to').fill(today);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-xlsx').click()]);
  expect(download.suggestedFilename()).toBe(`bao-cao-ky-${today.slice(0, 7)}-01-${today}.xlsx`);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an XLSX is a zip
  await expect(page.getByTestId('report-message')).toContainText('Đã tạo báo cáo');

  // The audit log is intact, and nothing personal reached the disk or the logs.
  const verify = spawnSync(process.execPath, [join(REPO, 'bin', 'kiosk.mjs'), 'audit', 'verify', '--config', kiosk.configFile], { encoding: 'utf8' });
  expect(verify.stdout).toMatch(/^audit log intact: \d+ entries/);
  scanForPersonalData(kiosk);
});

test('an admin opens the audit log: intact, with their own sign-in', async ({ page, kiosk }) => {
  await signIn(page, kiosk, addStaff(kiosk, 'Nguyễn Quản Trị', 'admin'));
  await expect(page.getByTestId('staff-who')).toContainText('Nguyễn Quản Trị');

  await page.getByTestId('staff-tab-audit').click();
  await expect(page.getByTestId('audit-verdict')).toContainText('Nhật ký nguyên vẹn');
  // The newest entries include this very sign-in, named by the admin's account and phrased in Vietnamese.
  const ownSignIn = page.getByTestId('audit-entries').locator('tbody tr')
    .filter({ has: page.getByRole('cell', { name: 'Đăng nhập', exact: true }) })
    .filter({ has: page.getByRole('cell', { name: 'Nguyễn Quản Trị', exact: true }) });
  await expect(ownSignIn).toHaveCount(1);
  await expect(ownSignIn.locator('td').nth(1)).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
  await shot(page, '5-audit-log');
});

test('the police list leaves as a password-locked XLSX, after a warning, with its one-time password on screen', async ({ page, kiosk }) => {
  await signIn(page, kiosk, addStaff(kiosk, 'Lê Thu Hà', 'staff'));
  await page.getByTestId('staff-tab-referrals').click();
  await page.getByTestId('referral-manual').click();
  for (const d of CARD.idNumber) await page.getByTestId(`referral-id-key-${d}`).click();
  await page.getByTestId('referral-name').fill(CARD.fullName);
  await page.getByTestId('referral-kind-sex').click();
  await page.getByTestId('referral-consent').check();
  await page.getByTestId('referral-save').click();
  await expect(page.getByTestId('referral-message')).toContainText('Đã ghi nhận');

  // A warning first; cancelling exports nothing.
  await page.getByTestId('referral-export-xlsx').click();
  await expect(page.getByTestId('referral-export-warning')).toContainText('họ tên, số định danh cá nhân và ghi chú của 1 công dân');
  await page.getByTestId('referral-export-cancel').click();
  await expect(page.getByTestId('referral-confirm')).toHaveCount(0);

  await page.getByTestId('referral-export-xlsx').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('referral-export-go').click()]);
  const password = (await page.getByTestId('referral-password').textContent()) ?? '';
  expect(password).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
  await shot(page, '6-police-list-password');
  const bytes = readFileSync((await download.path())!);
  // An encrypted Office file (OLE compound file), not a readable zip; it opens with the password shown.
  expect(bytes.subarray(0, 4).toString('hex')).toBe('d0cf11e0');
  expect(bytes.includes(Buffer.from(CARD.idNumber))).toBe(false);
  const opened = await decryptXlsx(bytes, password);
  expect(opened.subarray(0, 2).toString()).toBe('PK');

  await page.getByTestId('referral-password-hide').click();
  await expect(page.getByTestId('referral-password')).toHaveCount(0);
  await page.getByTestId('referral-confirm').click();
  await expect(page.getByTestId('referral-message')).toContainText('Đã xóa thông tin cá nhân của 1 trường hợp');
  scanForPersonalData(kiosk);
});

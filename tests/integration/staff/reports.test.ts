import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssistGoal, AssistStep, FailureReason } from '../../../electron/api/staff';
import { runCli } from '../../../electron/host/cli/run-cli';
import { staffCommands } from '../../../electron/host/cli/staff-commands';
import type { StaffPrincipal } from '../../../electron/host/staff/accounts/staff-sessions';
import { GOAL_STEPS } from '../../../electron/host/staff/readiness/checklists';
import { SHEET_LAYOUT } from '../../../electron/host/staff/reports/report-model';
import { CitizenSessionLog } from '../../../electron/host/storage/repositories/citizen-session-log';
import { makeWorld, signedIn, type StaffWorld } from './support';

let w: StaffWorld;
afterEach(() => w?.close());

const C1 = '001093012345';
const C2 = '079203000001';
const C3 = '036185000123';
const READY = { verdict: 'ready' as const, checks: [] };

/** One record at `at`: every step done, except `fail` (step → reason). */
async function record(p: StaffPrincipal, at: string, id: string, goal: AssistGoal, fail: Partial<Record<AssistStep, FailureReason>> = {}) {
  w.clock.now = new Date(at);
  const r = await w.s.records.start(p, { idNumber: id, source: 'manual' }, goal, READY);
  for (const step of GOAL_STEPS[goal]) {
    const reason = fail[step];
    w.s.records.markStep(p, r.id, step, reason ? 'failed' : 'done', reason ?? null);
  }
  return w.s.records.finish(p, r.id);
}

async function november(): Promise<{ token: string }> {
  w = makeWorld('2026-10-01T02:00:00Z');
  const a = await signedIn(w, 'Lê Thu Hà', 'staff', 'Tổ 1');
  const b = await signedIn(w, 'Trần Văn Bình', 'volunteer', 'Đoàn Thanh niên');
  const A: StaffPrincipal = { accountId: a.id, name: 'Lê Thu Hà', role: 'staff', team: 'Tổ 1' };
  const B: StaffPrincipal = { accountId: b.id, name: 'Trần Văn Bình', role: 'volunteer', team: 'Đoàn Thanh niên' };
  await record(B, '2026-10-31T16:30:00Z', C2, 'portal-link'); // 31/10 23:30 in Vietnam: October
  await record(A, '2026-11-03T02:00:00Z', C1, 'vneid-level1', { 'approval-sms': 'no-approval-sms-yet' });
  await record(A, '2026-11-10T02:00:00Z', C1, 'vneid-activation');
  await record(B, '2026-11-12T02:00:00Z', C2, 'vneid-level1', { 'enter-id-phone': 'no-own-name-sim' });
  await record(B, '2026-11-15T02:00:00Z', C3, 'portal-link');
  await record(B, '2026-11-20T02:00:00Z', C3, 'first-dossier', { 'submit-dossier': 'portal-error' });
  await record(A, '2026-11-30T16:59:59Z', C2, 'vneid-level2-referral'); // 30/11 23:59:59 in Vietnam: November
  await record(A, '2026-12-02T02:00:00Z', C3, 'vneid-activation'); // December: not in the report
  w.clock.now = new Date('2026-11-05T02:00:00Z');
  await w.s.referrals.create(A, { fullName: 'Nguyễn Thị Minh Khai', idNumber: C1, kinds: ['date-of-birth', 'sex'], note: '', recordId: null });
  w.clock.now = new Date('2026-11-29T02:00:00Z');
  await w.s.referrals.create(B, { fullName: 'Phạm Văn Đồng', idNumber: C2, kinds: ['duplicate-record'], note: '', recordId: null });
  const sessions = new CitizenSessionLog(w.db);
  const s1 = sessions.started(new Date('2026-11-04T02:00:00Z'));
  sessions.identified(s1, 'chip');
  sessions.recordOutcome(s1, '1.004194', 'submitted');
  const s2 = sessions.started(new Date('2026-11-06T02:00:00Z'));
  sessions.recordOutcome(s2, '1.004194', 'finish-on-phone');
  sessions.recordRating(s1, 'very-satisfied', null);
  sessions.recordRating(s2, 'dissatisfied', 'too-many-steps');
  const s3 = sessions.started(new Date('2026-11-07T02:00:00Z'));
  sessions.recordOutcome(s3, null, 'need-help');
  sessions.started(new Date('2026-12-01T02:00:00Z'));
  w.clock.now = new Date('2026-12-06T03:00:00Z');
  const { token } = await signedIn(w, 'Quản Trị', 'admin', '');
  return { token };
}

async function workbook(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  return wb;
}

/** The data rows of a sheet, cell by cell, as values. */
function rows(wb: ExcelJS.Workbook, sheet: string, columns: number): unknown[][] {
  const ws = wb.getWorksheet(sheet);
  expect(ws, `sheet ${sheet}`).toBeDefined();
  const out: unknown[][] = [];
  for (let r = SHEET_LAYOUT.firstDataRow; r <= ws!.rowCount; r++) out.push(Array.from({ length: columns }, (_, c) => ws!.getCell(r, c + 1).value));
  return out;
}

describe('ward reports against records made in the test', () => {
  it('writes the monthly XLSX with the right numbers in every cell', async () => {
    const { token } = await november();
    expect((await w.call('staff.reports.reminder', { token })).value).toEqual({
      period: { from: '2026-11-01', to: '2026-11-30' }, dueBy: '2026-12-11', show: true, overdue: false, exported: false,
    });
    const r = await w.call('staff.reports.generate', { token, period: { kind: 'previous-month' }, format: 'xlsx' });
    expect(r.value.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(r.value.file.fileName).toBe('bao-cao-thang-2026-11-01-2026-11-30.xlsx');
    const wb = await workbook(r.value.file.base64);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp', 'Theo nội dung hỗ trợ', 'Lý do không thành công', 'Theo cán bộ', 'Theo tổ', 'Chuyển Công an', 'Thủ tục được hướng dẫn', 'Mức độ hài lòng', 'Tiến độ chỉ tiêu',
    ]);
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(summary.getCell(1, 1).value).toBe('Báo cáo tháng kết quả hỗ trợ VNeID và dịch vụ công trực tuyến: Tổng hợp');
    expect(String(summary.getCell(2, 1).value)).toMatch(/^Phường Minh Họa, Tỉnh Minh Họa · Kỳ: 01\/11\/2026 – 30\/11\/2026 · Lập lúc 10:00 06\/12\/2026 · Nhật ký #\d+ [0-9a-f]{16}$/);
    expect([summary.getCell(4, 1).value, summary.getCell(4, 2).value]).toEqual(['Nội dung', 'Số lượng']);
    expect(rows(wb, 'Tổng hợp', 2)).toEqual([
      ['Công dân được hỗ trợ (không trùng lặp)', 3],
      ['Tổng lượt hỗ trợ', 6],
      ['Hỗ trợ đăng ký VNeID mức 1 (đã gửi đăng ký)', 1],
      ['Hỗ trợ kích hoạt VNeID thành công', 1],
      ['Hướng dẫn đăng ký mức 2 tại Công an', 1],
      ['Liên kết tài khoản Cổng dịch vụ công', 1],
      ['Hồ sơ trực tuyến nộp lần đầu với hỗ trợ', 0],
      ['Trường hợp đang chờ xử lý tiếp (toàn bộ)', 2],
      ['Sai sót dữ liệu chuyển Công an phường', 2],
      ['Phiên công dân tại ki-ốt', 3],
      ['Phiên có xác thực thẻ căn cước', 1],
      ['Hồ sơ đã nộp trực tuyến tại ki-ốt', 1],
      ['Hẹn hoàn tất trên điện thoại', 1],
      ['Công dân đề nghị cán bộ hỗ trợ', 1],
      ['Đánh giá: Rất hài lòng', 1],
      ['Đánh giá: Hài lòng', 0],
      ['Đánh giá: Không hài lòng', 1],
    ]);
    // The citizens' ratings (issue 16): each level with its share of the ratings, then the low rating's reasons.
    expect(rows(wb, 'Mức độ hài lòng', 3)).toEqual([
      ['Rất hài lòng', 1, 0.5], ['Hài lòng', 0, 0], ['Không hài lòng', 1, 0.5], ['Tổng số lượt đánh giá', 2, null],
      ['Lý do không hài lòng: Quá nhiều bước', 1, 1],
    ]);
    expect(rows(wb, 'Theo nội dung hỗ trợ', 8)).toEqual([
      ['Đăng ký tài khoản VNeID mức 1', 0, 1, 1, 0, 0, 0, 2],
      ['Kích hoạt tài khoản VNeID', 1, 0, 0, 0, 0, 0, 1],
      ['Hướng dẫn đăng ký mức 2 tại Công an', 0, 1, 0, 0, 0, 0, 1],
      ['Liên kết tài khoản Cổng DVC với VNeID', 1, 0, 0, 0, 0, 0, 1],
      ['Nộp hồ sơ trực tuyến lần đầu', 0, 0, 1, 0, 0, 0, 1],
      ['Tổng cộng', 2, 2, 2, 0, 0, 0, 6],
    ]);
    expect(rows(wb, 'Lý do không thành công', 2)).toEqual([
      ['Chưa nhận tin nhắn phê duyệt', 1], ['Không có SIM chính chủ', 1], ['Lỗi Cổng dịch vụ công', 1], ['Tổng cộng', 3],
    ]);
    expect(rows(wb, 'Theo cán bộ', 5)).toEqual([
      // A citizen helped by both is one citizen: the total is the distinct count of the summary (3), not 2 + 2.
      ['Lê Thu Hà', 'Tổ 1', 3, 2, 1], ['Trần Văn Bình', 'Đoàn Thanh niên', 3, 2, 1], ['Tổng cộng', null, 6, 3, 2],
    ]);
    expect(rows(wb, 'Theo tổ', 4)).toEqual([['Tổ 1', 3, 2, 1], ['Đoàn Thanh niên', 3, 2, 1], ['Tổng cộng', 6, 3, 2]]);
    // Two referrals, one of them with two kinds of error: three kinds, two referrals in total.
    expect(rows(wb, 'Chuyển Công an', 2)).toEqual([
      ['Sai ngày tháng năm sinh', 1], ['Trùng thông tin (hai hồ sơ)', 1], ['Sai giới tính', 1], ['Tổng cộng', 2],
    ]);
    expect(rows(wb, 'Thủ tục được hướng dẫn', 4)).toEqual([['1.004194', 2, 1, 0.5], ['Tổng cộng', 2, 1, null]]);
    expect(rows(wb, 'Tiến độ chỉ tiêu', 6)).toEqual([
      ['Công dân kích hoạt VNeID', 10, '31/12/2026', 100, 1, 0.01],
      ['Tài khoản dịch vụ công', 5, '30/06/2026', 50, 2, 0.04],
      ['SIM chính chủ', 80, '31/12/2026', 800, null, null],
    ]);
    expect(wb.getWorksheet('Tiến độ chỉ tiêu')!.getCell(SHEET_LAYOUT.firstDataRow, 6).numFmt).toBe('0.0%');

    // Exported: the reminder stops, and the export is in the audit log.
    expect((await w.call('staff.reports.reminder', { token })).value).toMatchObject({ show: false, exported: true });
    expect(JSON.parse(w.s.audit.lastOf('report.exported')!.details)).toEqual({ kind: 'monthly', from: '2026-11-01', to: '2026-11-30', format: 'xlsx' });
  });

  it('gives the same totals in the dashboard, CSV, JSON and the CLI', async () => {
    const { token } = await november();
    const d = await w.call('staff.dashboard', { token, range: 'month' }); // December so far
    expect(d.value.period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(d.value.totals).toMatchObject({ records: 1, citizens: 1, completed: 1, followUpsOpen: 2 });
    expect(d.value.targets[0]).toMatchObject({ indicator: 'vneid-activated', targetCount: 100, achieved: 2, overdue: false });
    expect(d.value.targets[1]).toMatchObject({ indicator: 'online-accounts', achieved: 2, overdue: true });

    const csv = await w.call('staff.reports.generate', { token, period: { kind: 'custom', from: '2026-11-01', to: '2026-11-30' }, format: 'csv' });
    const text = Buffer.from(csv.value.file.base64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\nKết quả theo nội dung hỗ trợ\r\nNội dung hỗ trợ,Hoàn thành,Chờ xử lý tiếp,Không thành công,Chưa xong,Dừng lại,Đang thực hiện,Tổng\r\n');
    expect(text).toContain('\r\nTổng cộng,2,2,2,0,0,0,6\r\n');
    expect(text).toContain('\r\n1.004194,2,1,50.0\r\n');

    const json = await w.call('staff.reports.generate', { token, period: { kind: 'custom', from: '2026-11-01', to: '2026-11-30' }, format: 'json' });
    const parsed = JSON.parse(Buffer.from(json.value.file.base64, 'base64').toString('utf8')) as { tables: Record<string, { rows: unknown[][] }> };
    expect(parsed.tables['summary']!.rows[1]).toEqual(['Tổng lượt hỗ trợ', 6]);

    const out = join(w.dir, 'thang-11.xlsx');
    const lines: string[] = [];
    const code = await runCli(staffCommands, ['report', '--from', '2026-11-01', '--to', '2026-11-30', '--format', 'xlsx', '--out', out, '--config', w.configFile], {
      out: (l) => lines.push(l), err: (l) => lines.push(l),
    });
    expect(code).toBe(0);
    expect(lines).toEqual([`report 2026-11-01 – 2026-11-30 written to ${out}`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(rows(wb, 'Theo nội dung hỗ trợ', 8).at(-1)).toEqual(['Tổng cộng', 2, 2, 2, 0, 0, 0, 6]);
    const bad: string[] = [];
    const badCode = await runCli(staffCommands, ['report', '--from', '2026-02-30', '--to', '2026-03-31', '--config', w.configFile], {
      out: (l) => bad.push(l), err: (l) => bad.push(l),
    });
    expect([badCode, bad]).toEqual([2, ['kiosk report: --from 2026-02-30 is not a date (YYYY-MM-DD)']]);

    expect((await w.call('staff.reports.generate', { token, period: { kind: 'custom', from: '2026-11-30', to: '2026-11-01' }, format: 'csv' })).error?.code).toBe('period.reversed');
    const volunteer = await signedIn(w, 'Tình Nguyện', 'volunteer');
    expect((await w.call('staff.reports.generate', { token: volunteer.token, period: { kind: 'previous-week' }, format: 'csv' })).error?.code).toBe('staff.forbidden');
  });
});

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../electron/api/contract';
import type { ApiResult } from '../../../../../electron/api/define';
import type { AuditEntryView, AuditPage } from '../../../../../electron/api/staff';
import { I18nProvider } from '../../../i18n/i18n';
import { createFakeClient } from '../../display/fake-client';
import type { StaffCall } from '../use-staff-session';
import { AuditLog } from './AuditLog';

const TOKEN = 'staff-session-token-0123456789';
afterEach(cleanup);

const entry = (seq: number, over: Partial<AuditEntryView> = {}): AuditEntryView => ({
  seq, at: '2026-11-20T02:03:04.000Z', actor: 'staff:1', actorName: 'Nguyễn Quản Trị', action: 'staff.signedIn', subject: 'account:1', details: {}, ...over,
});
const page = (entries: AuditEntryView[], nextBeforeSeq: number | null, verdict: AuditPage['verdict'] = { ok: true, entries: 60 }): ApiResult<AuditPage> =>
  ({ ok: true, value: { entries, verdict, nextBeforeSeq } });

function setup(list: (input: { beforeSeq?: number; action?: string; limit?: number }) => ApiResult<unknown>) {
  const fake = createFakeClient({ 'staff.audit.list': list as (input: unknown) => ApiResult<unknown> } satisfies Partial<Record<CallName, unknown>>);
  const call = ((name, input) => fake.client.call(name, { ...input, token: TOKEN } as never)) as StaffCall;
  render(
    <I18nProvider initial="vi">
      <AuditLog staff={{ call }} />
    </I18nProvider>,
  );
  return fake;
}

const flush = () => act(async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
});
const listCalls = (fake: ReturnType<typeof createFakeClient>) => fake.calls.filter((c) => c.name === 'staff.audit.list').map((c) => c.input);

describe('AuditLog', () => {
  it('shows the intact verdict and the entries in words, and loads older ones with "Xem thêm"', async () => {
    const fake = setup(({ beforeSeq }) =>
      beforeSeq === undefined
        ? page([
          entry(60, { actor: 'system', actorName: null, action: 'staff.lockedOut', subject: 'account:3', details: { failures: 5, lockSeconds: 30 } }),
          entry(59, { actor: 'cli', actorName: null, action: 'account.created', subject: 'account:3', details: { role: 'staff', team: 'Tổ 1' } }),
          entry(58, { action: 'referral.created', subject: 'referral:4', details: { kinds: ['sex', 'name'] } }),
          entry(57, { action: 'config.changed', subject: null, details: { sha256: 'ab'.repeat(32), previous: null } }),
        ], 57)
        : page([entry(56, { action: 'some.futureAction', actor: 'staff:9', actorName: null, at: '2026-11-20T18:30:00.000Z' })], null));
    await flush();
    expect(screen.getByTestId('audit-verdict').textContent).toBe('✓ Nhật ký nguyên vẹn: 60 mục');
    expect(screen.getByTestId('audit-verdict').className).toContain('ok');
    const row = (seq: number) => [...screen.getByTestId(`audit-entry-${seq}`).querySelectorAll('td')].map((td) => td.textContent);
    expect(row(60)).toEqual(['60', '20/11/2026 09:03:04', 'Hệ thống', 'Tạm khóa tài khoản do nhập sai mã PIN nhiều lần', 'Tài khoản số 3', 'failures: 5 · lockSeconds: 30']);
    expect(row(59)).toEqual(['59', '20/11/2026 09:03:04', 'Dòng lệnh (kỹ thuật viên)', 'Tạo tài khoản', 'Tài khoản số 3', 'role: staff · team: Tổ 1']);
    expect(row(58).slice(2)).toEqual(['Nguyễn Quản Trị', 'Ghi nhận sai sót dữ liệu để chuyển Công an', 'Phiếu chuyển Công an số 4', 'kinds: sex, name']);
    expect(row(57).slice(3)).toEqual(['Thay đổi cấu hình ki-ốt', '', `sha256: ${'ab'.repeat(8)}… · previous: –`]);
    expect(listCalls(fake)).toEqual([{ limit: 50, token: TOKEN }]);

    fireEvent.click(screen.getByTestId('audit-more'));
    await flush();
    expect(listCalls(fake)[1]).toEqual({ limit: 50, beforeSeq: 57, token: TOKEN });
    // Appended below, newest first overall; an unknown action shows its code; past midnight in Vietnam.
    expect([...screen.getByTestId('audit-entries').querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-testid'))).toEqual(
      ['audit-entry-60', 'audit-entry-59', 'audit-entry-58', 'audit-entry-57', 'audit-entry-56'],
    );
    expect(row(56).slice(1, 4)).toEqual(['21/11/2026 01:30:00', 'Tài khoản số 9', 'some.futureAction']);
    expect(screen.queryByTestId('audit-more')).toBeNull();
  });

  it('filters by kind of action, starting again from the newest', async () => {
    const fake = setup(({ action }) => page(action === 'referral.' ? [entry(30, { action: 'referral.exported', subject: 'batch:0123456789abcdef' })] : [entry(40)], null));
    await flush();
    expect(screen.getByTestId('audit-entry-40')).toBeTruthy();
    const select = screen.getByTestId('audit-filter') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Tất cả', 'Đăng nhập, đăng xuất', 'Tài khoản cán bộ', 'Hồ sơ hỗ trợ', 'Việc cần theo dõi', 'Chuyển Công an', 'Báo cáo, xuất tệp', 'Màn hình sảnh, thông báo khẩn', 'Cấu hình ki-ốt',
    ]);
    fireEvent.change(select, { target: { value: 'referrals' } });
    await flush();
    expect(listCalls(fake).at(-1)).toEqual({ limit: 50, action: 'referral.', token: TOKEN });
    expect(screen.queryByTestId('audit-entry-40')).toBeNull();
    expect(screen.getByTestId('audit-entry-30').textContent).toContain('Xuất danh sách chuyển Công an');
    expect(screen.getByTestId('audit-entry-30').textContent).toContain('Danh sách 01234567…');
    fireEvent.change(select, { target: { value: 'config' } });
    await flush();
    expect(listCalls(fake).at(-1)).toMatchObject({ action: 'config.' });
  });

  it('says in red where the chain was broken and why', async () => {
    setup(() => page([entry(5), entry(4, { action: 'record.closed', subject: 'record:2', details: { status: 'completed', followUp: null } })], 4, { ok: false, atSeq: 4, reason: 'hash-mismatch' }));
    await flush();
    const verdict = screen.getByTestId('audit-verdict');
    expect(verdict.getAttribute('role')).toBe('alert');
    expect(verdict.className).toContain('broken');
    expect(verdict.textContent).toContain('Nhật ký đã bị sửa hoặc xoá tại mục số 4');
    expect(screen.getByTestId('audit-verdict-reason').textContent).toBe('Nội dung của mục này đã bị sửa, hoặc mục này không do ki-ốt ghi.');
    expect(screen.getByTestId('audit-entry-4').className).toBe('staff-audit-broken');
    expect(screen.getByTestId('audit-entry-5').className).toBe('');
  });

  it('shows a refusal in words and an empty log plainly', async () => {
    setup(() => ({ ok: false, error: { code: 'staff.forbidden' } }));
    await flush();
    expect(screen.getByTestId('audit-error').textContent).toBe('Vai trò của bạn không được làm việc này.');
    expect(screen.queryByTestId('audit-verdict')).toBeNull();
    cleanup();
    setup(() => page([], null, { ok: true, entries: 0 }));
    await flush();
    expect(screen.getByTestId('audit-verdict').textContent).toBe('✓ Nhật ký nguyên vẹn: 0 mục');
    expect(screen.getByTestId('audit-empty').textContent).toBe('Chưa có mục nào thuộc loại này.');
  });
});

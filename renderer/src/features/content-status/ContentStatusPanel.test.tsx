import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentStatus } from '../../../../electron/api/catalogue';
import type { DisplayContentStatus } from '../../../../electron/api/display';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { createFakeClient } from '../display/fake-client';
import { ContentStatusPanel } from './ContentStatusPanel';

const TOKEN = 'staff-session-token-0123456789';

const catalogue: ContentStatus = {
  pack: {
    packId: 'phuong-minh-hoa-mau', version: '2026.03', publisher: 'Phường Minh Họa', date: '2026-03-01', sample: true,
    source: 'local', loadedAt: '2026-03-14T01:30:00.000Z', procedures: 15, essentialServices: 25, capturedAt: null, ageDays: 0, maxAgeDays: 180, stale: false,
  },
  problems: [],
  checkedAt: '2026-03-14T01:30:00.000Z',
  remote: null,
};
const display: DisplayContentStatus = {
  loadedAt: '2026-03-14T01:30:00.000Z', source: 'file', keptLastGood: false, problems: [], checkedAt: '2026-03-14T01:30:00.000Z',
};

afterEach(cleanup);

function setup(answers: Parameters<typeof createFakeClient>[0] = {}, language: 'vi' | 'en' = 'vi') {
  const fake = createFakeClient({
    'catalogue.contentStatus': () => ({ ok: true, value: catalogue }),
    'display.contentStatus': () => ({ ok: true, value: display }),
    ...answers,
  });
  render(
    <ClientProvider client={fake.client}>
      <I18nProvider initial={language}>
        <ContentStatusPanel token={TOKEN} />
      </I18nProvider>
    </ClientProvider>,
  );
  return fake;
}

const flush = () => act(async () => {
  await Promise.resolve();
  await Promise.resolve();
});

describe('ContentStatusPanel', () => {
  it('shows the live pack and the display file, both without errors, in Vietnamese dates', async () => {
    const fake = setup();
    await flush();
    expect(fake.calls.find((c) => c.name === 'display.contentStatus')?.input).toEqual({ token: TOKEN });
    const procedures = screen.getByTestId('content-status-procedures');
    expect(within(procedures).getByText('Thủ tục hành chính')).toBeTruthy();
    expect(procedures.textContent).toContain('phuong-minh-hoa-mau, phiên bản 2026.03');
    expect(procedures.textContent).toContain('Phường Minh Họa');
    expect(procedures.textContent).toContain('01/03/2026');
    expect(procedures.textContent).toContain('Thứ Bảy, 14/03/2026 · 08:30');
    expect(procedures.textContent).toContain('15 thủ tục · 25 dịch vụ công thiết yếu');
    expect(procedures.textContent).toContain('Thư mục nội dung trên ki-ốt');
    expect(screen.getByTestId('content-status-sample').textContent).toContain('Dữ liệu mẫu');
    expect(screen.getByTestId('content-status-procedures-verdict').textContent).toContain('Nội dung đang dùng không có lỗi');
    const shown = screen.getByTestId('content-status-display');
    expect(within(shown).getByText('Màn hình công cộng')).toBeTruthy();
    expect(screen.getByTestId('content-status-display-verdict').textContent).toContain('Nội dung đang dùng không có lỗi');
    expect(screen.queryAllByTestId('content-status-problem')).toHaveLength(0);
  });

  it('follows the events: a refused display file lists its problem with file and path, then clears when fixed', async () => {
    const fake = setup();
    await flush();
    act(() => fake.emit('display.contentStatusChanged', {
      ...display, keptLastGood: true, checkedAt: '2026-03-14T02:05:00.000Z',
      problems: ['display.json: announcements.1.id: duplicate announcement id "gio-lam-viec"'],
    } satisfies DisplayContentStatus));
    const verdict = screen.getByTestId('content-status-display-verdict');
    expect(verdict.textContent).toContain('Bản mới bị từ chối vì có lỗi, ki-ốt vẫn dùng bản trước');
    expect(verdict.getAttribute('data-ok')).toBe('false');
    const problem = within(screen.getByTestId('content-status-display-problems')).getByTestId('content-status-problem');
    expect(problem.getAttribute('data-severity')).toBe('error');
    expect(problem.textContent).toContain('Tệp: display.json');
    expect(problem.textContent).toContain('Vị trí: announcements.1.id (thông báo thứ 2)');
    expect(problem.textContent).toContain('Mã thông báo "gio-lam-viec" bị trùng');
    expect(problem.textContent).toContain('duplicate announcement id "gio-lam-viec"');

    act(() => fake.emit('display.contentStatusChanged', { ...display, checkedAt: '2026-03-14T02:06:00.000Z', loadedAt: '2026-03-14T02:06:00.000Z' }));
    expect(screen.getByTestId('content-status-display-verdict').textContent).toContain('Nội dung đang dùng không có lỗi');
    expect(screen.queryAllByTestId('content-status-problem')).toHaveLength(0);
  });

  it('a refused pack: errors before warnings, each with file and path; a remote source with its last success and error', async () => {
    const fake = setup();
    await flush();
    act(() => fake.emit('catalogue.contentStatusChanged', {
      ...catalogue,
      pack: { ...catalogue.pack!, source: 'remote', sample: false },
      problems: [
        { severity: 'warning', file: 'citizen-words.json', path: '[3].means', message: '"xx" is in no procedure or service name' },
        { severity: 'error', file: 'procedures/1.004222.json', path: 'channels[0].kind', message: 'Invalid option: expected one of "inPerson"|"online"|"postal"' },
      ],
      remote: { host: 'noidung.tinh.gov.vn', lastPollAt: '2026-03-14T02:00:00.000Z', lastSuccessAt: '2026-03-14T02:00:00.000Z', lastError: null },
    } satisfies ContentStatus));
    expect(screen.getByTestId('content-status-procedures-verdict').textContent).toContain('Bản mới bị từ chối vì có lỗi, ki-ốt vẫn dùng bản trước');
    const items = within(screen.getByTestId('content-status-procedures-problems')).getAllByTestId('content-status-problem');
    expect(items.map((i) => i.getAttribute('data-severity'))).toEqual(['error', 'warning']);
    expect(items[0]!.textContent).toContain('Tệp: procedures/1.004222.json');
    expect(items[0]!.textContent).toContain('Vị trí: channels[0].kind');
    expect(items[0]!.textContent).toContain('chỉ được dùng một trong các giá trị "inPerson", "online", "postal"');
    expect(items[1]!.textContent).toContain('Cảnh báo');
    const block = screen.getByTestId('content-status-procedures');
    expect(block.textContent).toContain('noidung.tinh.gov.vn');
    expect(block.textContent).toContain('Nguồn của tỉnh (đã kiểm tra chữ ký số)');
    expect(screen.getByTestId('content-status-sample').textContent).toContain('không phải dữ liệu mẫu');
  });

  it('says when nothing usable is live, and when the display shows only its fallback', async () => {
    setup({
      'catalogue.contentStatus': () => ({ ok: true, value: { ...catalogue, pack: null, problems: [{ severity: 'error', file: 'manifest.json', path: '', message: 'cannot read the file (ENOENT)' }] } }),
      'display.contentStatus': () => ({ ok: true, value: { loadedAt: null, source: 'fallback', keptLastGood: false, problems: ['display.json: not valid JSON (Unexpected end of JSON input)'], checkedAt: '2026-03-14T01:30:00.000Z' } }),
    });
    await flush();
    expect(screen.getByTestId('content-status-procedures-verdict').textContent).toContain('Chưa có gói thủ tục nào dùng được');
    expect(screen.getByTestId('content-status-display-verdict').textContent).toContain('chưa dùng được lần nào');
    expect(screen.getByTestId('content-status-display').textContent).toContain('Nội dung dự phòng');
    const problem = within(screen.getByTestId('content-status-display-problems')).getByTestId('content-status-problem');
    expect(problem.textContent).toContain('Vị trí: cả tệp');
    expect(problem.textContent).toContain('Tệp sai cú pháp JSON');
  });

  it('shows a refusal of the call in words, and reads again on "Kiểm tra lại"', async () => {
    let answer: { ok: false; error: { code: string } } | { ok: true; value: DisplayContentStatus } = { ok: false, error: { code: 'staff.forbidden' } };
    const fake = setup({ 'display.contentStatus': () => answer });
    await flush();
    expect(screen.getByRole('alert').textContent).toContain('Vai trò của bạn không được làm việc này.');
    answer = { ok: true, value: display };
    await act(async () => {
      fireEvent.click(screen.getByTestId('content-status-refresh'));
    });
    await flush();
    expect(fake.calls.filter((c) => c.name === 'display.contentStatus')).toHaveLength(2);
    expect(screen.getByTestId('content-status-display-verdict').textContent).toContain('Nội dung đang dùng không có lỗi');
  });

  it('speaks English with the same keys', async () => {
    setup({}, 'en');
    await flush();
    expect(screen.getByText('Administrative procedures')).toBeTruthy();
    expect(screen.getByText('Lobby display')).toBeTruthy();
    expect(screen.getByTestId('content-status-procedures').textContent).toContain('14/03/2026 · 08:30');
    expect(screen.getByTestId('content-status-display-verdict').textContent).toContain('The content in use has no errors');
  });

  it('shows the data\'s capture date and age, and flags stale data with the import command', async () => {
    const real = { ...catalogue.pack!, packId: 'vn-ward-catalogue', sample: false, capturedAt: '2026-07-18', ageDays: 141, maxAgeDays: 180, stale: false };
    setup({ 'catalogue.contentStatus': () => ({ ok: true, value: { ...catalogue, pack: real } }) });
    await flush();
    const age = screen.getByTestId('content-status-age');
    expect(age.textContent).toBe('Dữ liệu thủ tục ngày 18/07/2026 (141 ngày trước)');
    expect(age.dataset.stale).toBe('false');
    expect(screen.queryByTestId('content-status-stale')).toBeNull();
    cleanup();
    setup({ 'catalogue.contentStatus': () => ({ ok: true, value: { ...catalogue, pack: { ...real, ageDays: 200, stale: true } } }) });
    await flush();
    expect(screen.getByTestId('content-status-age').textContent).toContain('Dữ liệu thủ tục ngày 18/07/2026 (200 ngày trước)');
    const stale = screen.getByTestId('content-status-stale');
    expect(stale.textContent).toBe('Dữ liệu đã cũ: hãy nhập dữ liệu mới từ Cổng Dịch vụ công quốc gia (dữ liệu quá 180 ngày), bằng lệnh npx kiosk content import-portal');
    expect(stale.getAttribute('role')).toBe('alert');
  });

  it('dates a pack without a capture date by its own date', async () => {
    setup({ 'catalogue.contentStatus': () => ({ ok: true, value: { ...catalogue, pack: { ...catalogue.pack!, ageDays: null } } }) });
    await flush();
    expect(screen.getByTestId('content-status-age').textContent).toBe('Dữ liệu thủ tục ngày 01/03/2026');
  });
});


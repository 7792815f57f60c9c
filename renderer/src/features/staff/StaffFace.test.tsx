import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallName } from '../../../../electron/api/contract';
import type { ApiResult } from '../../../../electron/api/define';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { createFakeClient } from '../display/fake-client';
import { StaffFace } from './StaffFace';
import { unconfirmedBatch } from './PoliceListExport';

const TOKEN = 'token-0123456789-0123456789';
const tile = { id: 7, name: 'Trần Văn Bình', role: 'volunteer' as const, team: 'Đoàn Thanh niên' };
const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value });

function setup(signIn: (input: unknown) => ApiResult<unknown>) {
  const answers: Partial<Record<CallName, (input: unknown) => ApiResult<unknown>>> = {
    'staff.signInList': () => ok([tile]),
    'staff.signIn': signIn,
    'staff.signOut': () => ok({}),
    'staff.touch': () => ok({ inactivitySeconds: 60 }),
    'staff.reports.reminder': () => ok({ period: { from: '2026-10-01', to: '2026-10-31' }, dueBy: '2026-11-11', show: false, overdue: false, exported: true }),
    'staff.citizen.current': () => ok({ available: false }),
  };
  const fake = createFakeClient(answers);
  render(
    <ClientProvider client={fake.client}>
      <I18nProvider initial="vi">
        <StaffFace wardName="Phường Minh Họa" />
      </I18nProvider>
    </ClientProvider>,
  );
  return fake;
}

const flush = () => act(async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
});

async function typePin(pin: string) {
  await flush();
  fireEvent.click(screen.getByTestId('staff-tile-7'));
  for (const d of pin) fireEvent.click(screen.getByTestId(`pin-key-${d}`));
  fireEvent.click(screen.getByTestId('pin-ok'));
  await flush();
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('StaffFace', () => {
  it('shows the tries left, then the lock countdown', async () => {
    const outcomes = [ok({ outcome: 'wrong-pin', attemptsBeforeLock: 1 }), ok({ outcome: 'locked', retryAfterSeconds: 30 })];
    setup(() => outcomes.shift()!);
    await flush();
    await typePin('000001');
    expect(screen.getByTestId('pin-wrong').textContent).toBe('Mã PIN không đúng. Còn 1 lần thử trước khi tài khoản bị tạm khóa.');
    for (const d of '000002') fireEvent.click(screen.getByTestId(`pin-key-${d}`));
    fireEvent.click(screen.getByTestId('pin-ok'));
    await flush();
    expect(screen.getByTestId('pin-locked').textContent).toContain('30 giây');
    await act(async () => vi.advanceTimersByTime(10_000));
    expect(screen.getByTestId('pin-locked').textContent).toContain('20 giây');
    expect((screen.getByTestId('pin-ok') as HTMLButtonElement).disabled).toBe(true);
  });

  it('signs in, warns before the inactivity sign-out, and signs out when idle', async () => {
    const fake = setup(() => ok({ outcome: 'signed-in', token: TOKEN, account: tile, inactivitySeconds: 60, mustChangePin: false }));
    await flush();
    await typePin('482913');
    expect(screen.getByTestId('staff-who').textContent).toContain('Trần Văn Bình');
    // Volunteers see no report or account tabs.
    expect(screen.queryByTestId('staff-tab-reports')).toBeNull();
    await act(async () => vi.advanceTimersByTime(31_000));
    expect(screen.getByTestId('staff-idle-countdown').textContent).toContain('29 giây');
    fireEvent.pointerDown(screen.getByTestId('staff-who'));
    await act(async () => vi.advanceTimersByTime(1_000));
    expect(screen.queryByTestId('staff-idle-countdown')).toBeNull();
    await act(async () => vi.advanceTimersByTime(61_000));
    await flush();
    expect(screen.getByTestId('staff-sign-in')).toBeTruthy();
    expect(screen.getByTestId('staff-idle-notice')).toBeTruthy();
    expect(fake.calls.filter((c) => c.name === 'staff.signOut')).toEqual([{ name: 'staff.signOut', input: { token: TOKEN } }]);
    // Every staff call carried the token.
    expect(fake.calls.filter((c) => c.name === 'staff.citizen.current').every((c) => (c.input as { token: string }).token === TOKEN)).toBe(true);
  });
});

describe('unconfirmedBatch', () => {
  const ref = (id: number, status: 'open' | 'exported' | 'purged', exportBatch: string | null) => ({
    id, maskedId: null, kinds: ['sex' as const], status, createdAt: '2026-11-20T02:00:00.000Z', staffName: 'A', deleteBy: null, exportBatch,
  });
  it('finds the export still waiting for its hand-over, with how many it holds', () => {
    expect(unconfirmedBatch([ref(3, 'open', null), ref(2, 'exported', 'b2'), ref(1, 'exported', 'b2')])).toEqual({ id: 'b2', count: 2 });
    expect(unconfirmedBatch([ref(1, 'purged', null), ref(2, 'open', null)])).toBeNull();
  });
});

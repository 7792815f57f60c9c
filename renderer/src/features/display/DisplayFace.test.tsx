import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DisplayFeed } from '../../../../electron/api/display';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { DisplayFace } from './DisplayFace';
import { createFakeClient } from './fake-client';

const feed = (over: Partial<DisplayFeed> = {}): DisplayFeed => ({
  revision: 'r1',
  generatedAt: '2026-03-14T02:00:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
  wardName: 'Phường Minh Họa',
  sample: false,
  ticker: { vi: 'Dòng chữ chạy' },
  emergency: null,
  slides: [
    {
      kind: 'services', key: 'services-0-1', durationMs: 10_000, page: 1, pages: 1,
      services: [{ n: 3, name: { vi: 'Đăng ký thường trú' }, sector: 'Công an', atWard: true, onlineUrl: 'https://dichvucong.gov.vn', onlineLabel: { vi: 'Cổng' } }],
    },
    { kind: 'statistics', key: 'statistics-1', durationMs: 10_000, citizensHelpedThisWeek: 42, activationsThisMonth: null,
      activationTarget: { label: 'Công dân kích hoạt VNeID', targetCount: 8000, achieved: 12, deadline: '2026-12-31' },
      satisfactionThisMonth: { rated: 20, satisfied: 17 } },
  ],
  ...over,
});

const front = () => screen.getByTestId('slide-front');

function setup(first = feed()) {
  const fake = createFakeClient({ 'display.feed': () => ({ ok: true, value: first }) });
  render(
    <ClientProvider client={fake.client}>
      <I18nProvider initial="vi">
        <DisplayFace wardName="Phường Minh Họa" />
      </I18nProvider>
    </ClientProvider>,
  );
  return fake;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const flush = () => act(async () => {
  await vi.advanceTimersByTimeAsync(0);
});

describe('DisplayFace', () => {
  it('fetches the feed, shows the first slide with its QR code and the ward marked, then moves on after its duration', async () => {
    setup();
    await flush();
    expect(front().textContent).toContain('Đăng ký thường trú');
    expect(front().textContent).toContain('Làm tại phường');
    expect(front().querySelector('img.service-qr')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(front().querySelector('[data-slide-kind]')?.getAttribute('data-slide-kind')).toBe('statistics');
    expect(screen.getByTestId('stat-helped').textContent).toBe('42');
    expect(screen.getByTestId('stat-activations').textContent).toBe('Chưa có số liệu');
    // The same name and wording as the staff dashboard (figures.* messages, figures/target-text.ts).
    expect(screen.getByText('Lượt công dân được hỗ trợ tuần này')).toBeTruthy();
    expect(screen.getByTestId('stat-target').textContent).toBe('Công dân kích hoạt VNeID: 12 / 8000 người (0.2%) · hạn 31/12/2026');
    expect(screen.getByTestId('stat-satisfaction').textContent).toBe('85%');
  });

  it('applies a pushed content change without reloading, and ignores a repeat of the same revision', async () => {
    const fake = setup();
    await flush();
    const layer = front();
    act(() => fake.emit('display.feedChanged', feed({ revision: 'r2', ticker: { vi: 'Tin mới' } })));
    expect(screen.getByTestId('display-ticker').textContent).toBe('Tin mới');
    expect(front()).toBe(layer);
    act(() => fake.emit('display.feedChanged', feed({ revision: 'r2', ticker: { vi: 'không áp dụng' } })));
    expect(screen.getByTestId('display-ticker').textContent).toBe('Tin mới');
  });

  it('covers everything with an emergency message and removes it when withdrawn', async () => {
    const fake = setup();
    await flush();
    act(() => fake.emit('display.feedChanged', feed({ revision: 'r3', emergency: { id: 1, text: 'Mất điện, tạm dừng tiếp nhận', setAt: '2026-03-14T02:00:00.000Z' } })));
    expect(screen.getByTestId('display-emergency').textContent).toContain('Mất điện, tạm dừng tiếp nhận');
    act(() => fake.emit('display.feedChanged', feed({ revision: 'r4' })));
    expect(screen.queryByTestId('display-emergency')).toBeNull();
  });

  it('keeps looping its last content while offline, with a discreet mark, and refetches on reconnection', async () => {
    const fake = setup();
    await flush();
    act(() => fake.setConnected(false));
    expect(screen.getByTestId('display-offline').textContent).toBe('Mất kết nối');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(front().querySelector('[data-slide-kind]')?.getAttribute('data-slide-kind')).toBe('statistics');
    const before = fake.calls.filter((c) => c.name === 'display.feed').length;
    act(() => fake.setConnected(true));
    await flush();
    expect(screen.queryByTestId('display-offline')).toBeNull();
    expect(fake.calls.filter((c) => c.name === 'display.feed').length).toBe(before + 1);
  });
});

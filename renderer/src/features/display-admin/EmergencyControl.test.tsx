import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DisplayFeed } from '../../../../electron/api/display';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { createFakeClient } from '../display/fake-client';
import { EmergencyControl } from './EmergencyControl';

const feed: DisplayFeed = {
  revision: 'r1', generatedAt: '2026-03-14T02:00:00.000Z', timeZone: 'Asia/Ho_Chi_Minh', wardName: 'P', sample: false,
  ticker: null, emergency: null, slides: [],
};

const TOKEN = 'staff-session-token-0123456789';
afterEach(cleanup);

function setup(answers: Parameters<typeof createFakeClient>[0]) {
  const fake = createFakeClient({ 'display.feed': () => ({ ok: true, value: feed }), ...answers });
  render(
    <ClientProvider client={fake.client}>
      <I18nProvider initial="vi">
        <EmergencyControl token={TOKEN} />
      </I18nProvider>
    </ClientProvider>,
  );
  return fake;
}

const flush = () => act(async () => {
  await Promise.resolve();
});

describe('EmergencyControl', () => {
  it('puts the trimmed text up, shows it as live, and takes it down', async () => {
    const fake = setup({
      'display.setEmergency': (input) => ({ ok: true, value: { id: 7, text: (input as { text: string }).text, setAt: '2026-03-14T02:00:00.000Z' } }),
      'display.withdrawEmergency': () => ({ ok: true, value: { withdrawn: true } }),
    });
    await flush();
    expect(screen.getByTestId('emergency-none')).toBeTruthy();
    expect((screen.getByTestId('emergency-set') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('emergency-text'), { target: { value: '  Mất điện  ' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('emergency-set'));
    });
    expect(fake.calls.find((c) => c.name === 'display.setEmergency')?.input).toEqual({ token: TOKEN, text: 'Mất điện' });
    expect(screen.getByTestId('emergency-live').textContent).toContain('Mất điện');
    await act(async () => {
      fireEvent.click(screen.getByText('Gỡ thông báo xuống'));
    });
    expect(screen.getByTestId('emergency-none')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Đã gỡ thông báo xuống.');
  });

  it('follows the feed (another admin put a message up) and shows a refusal in words', async () => {
    const fake = setup({ 'display.setEmergency': () => ({ ok: false, error: { code: 'api.forbidden' } }) });
    await flush();
    act(() => fake.emit('display.feedChanged', { ...feed, revision: 'r2', emergency: { id: 3, text: 'Sơ tán', setAt: '2026-03-14T02:00:00.000Z' } }));
    expect(screen.getByTestId('emergency-live').textContent).toContain('Sơ tán');
    fireEvent.change(screen.getByTestId('emergency-text'), { target: { value: 'Khác' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('emergency-set'));
    });
    expect(screen.getByRole('alert').textContent).toBeTruthy();
    expect(screen.getByTestId('emergency-live').textContent).toContain('Sơ tán');
  });
});

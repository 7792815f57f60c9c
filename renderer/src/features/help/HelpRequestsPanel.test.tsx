import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskClient } from '../../../../electron/api/contract';
import type { HelpRequest } from '../../../../electron/api/help';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { HelpRequestsPanel } from './HelpRequestsPanel';

/** A fake core holding the open requests; records calls and can push 'help.changed'. */
function fakeClient(initial: HelpRequest[]) {
  let open = [...initial];
  const calls: { name: string; input: unknown }[] = [];
  const listeners = new Map<string, (p: unknown) => void>();
  const client = {
    async call(name: string, input: { id?: number }) {
      calls.push({ name, input });
      if (name === 'help.acknowledge') open = open.filter((r) => r.id !== input.id);
      return { ok: true, value: { requests: open } };
    },
    subscribe(name: string, listener: (p: unknown) => void) {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    },
    onConnection: () => () => undefined,
  } as unknown as KioskClient;
  return { client, calls, push: (requests: HelpRequest[]) => listeners.get('help.changed')?.({ requests }) };
}

const request = (id: number, screen: string): HelpRequest => ({ id, kiosk: 'Phường Minh Họa', screen, requestedAt: '2026-03-02T08:00:00.000Z' });
const now = () => Date.parse('2026-03-02T08:05:30.000Z');

afterEach(cleanup);

describe('HelpRequestsPanel', () => {
  it('lists open requests with the screen in words and acknowledges them with the staff token', async () => {
    const fake = fakeClient([request(1, 'guide')]);
    render(
      <ClientProvider client={fake.client}>
        <I18nProvider initial="vi"><HelpRequestsPanel token="staff-token-0123456789abcdef" now={now} /></I18nProvider>
      </ClientProvider>,
    );
    const item = await screen.findByTestId('help-request');
    expect(item.textContent).toContain('Phường Minh Họa');
    expect(item.textContent).toContain('5 phút trước');
    expect(item.textContent).toContain('Làm trực tuyến');
    expect(fake.calls[0]).toEqual({ name: 'help.requests', input: { token: 'staff-token-0123456789abcdef' } });
    await act(async () => fireEvent.click(screen.getByTestId('help-acknowledge')));
    expect(fake.calls.at(-1)).toEqual({ name: 'help.acknowledge', input: { token: 'staff-token-0123456789abcdef', id: 1 } });
    expect(screen.queryByTestId('help-request')).toBeNull();
    expect(screen.getByText('Không có yêu cầu nào đang chờ.')).toBeTruthy();
  });

  it('shows requests pushed by help.changed, unknown screens as "other"', async () => {
    const fake = fakeClient([]);
    render(
      <ClientProvider client={fake.client}>
        <I18nProvider initial="en"><HelpRequestsPanel token="staff-token-0123456789abcdef" now={now} /></I18nProvider>
      </ClientProvider>,
    );
    await screen.findByText('No requests waiting.');
    act(() => fake.push([request(2, 'some-new-screen')]));
    expect(screen.getByTestId('help-request').textContent).toContain('On screen: Other');
    expect(screen.getByTestId('help-requests-count').textContent).toBe('1');
  });
});

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../../../../electron/api/catalogue';
import type { KioskClient } from '../../../../electron/api/contract';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { SearchPanel } from './SearchPanel';

const hit = (code: string, name: string, citizenWords: string[] = []): SearchHit => ({
  ref: { kind: 'procedure', code }, name, sector: 'ho-tich', atWard: true, lifeEvents: [],
  nameParts: [{ text: name, hit: true }],
  why: { inName: [], citizenWords, inText: [], corrections: [], byCode: false },
});
/** What the fake core answers to every search, as the real one would to "dang ky …". */
const HITS = [hit('1.001193', 'Đăng ký khai sinh', ['làm giấy khai sinh']), hit('1.004194', 'Đăng ký tạm trú')];

/** A fake core whose search always finds HITS; it records the queries it was asked. */
function fakeClient() {
  const queries: string[] = [];
  const client = {
    async call(name: string, input: { query: string }) {
      if (name !== 'catalogue.search') return { ok: false, error: { code: 'test.unexpected' } };
      queries.push(input.query);
      return { ok: true, value: { hits: structuredClone(HITS) } }; // a fresh answer each time, as over the wire
    },
    subscribe: () => () => undefined,
    onConnection: () => () => undefined,
  } as unknown as KioskClient;
  return { client, queries };
}

function Harness() {
  const [query, setQuery] = useState('');
  return <SearchPanel query={query} onQuery={setQuery} onOpen={() => undefined} />;
}

function show() {
  const fake = fakeClient();
  render(
    <ClientProvider client={fake.client}>
      <I18nProvider initial="vi">
        <Harness />
      </I18nProvider>
    </ClientProvider>,
  );
  return fake;
}

const tap = (id: string) => act(() => fireEvent.click(screen.getByTestId(id)));
const typeKeys = (keys: string) => {
  for (const k of keys) tap(k === ' ' ? 'key-space' : `key-${k}`);
};
const field = () => screen.getByTestId<HTMLInputElement>('search-input').value;
/** Lets the search's debounce run out and the fake core answer. */
const pause = () => act(async () => {
  await vi.advanceTimersByTimeAsync(500);
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the search field restores the marks citizens leave out (Telex mode)', () => {
  it('typing "dang kys " on the on-screen keyboard gives "đăng ký "', async () => {
    show();
    typeKeys('dang kys ');
    await pause(); // typed faster than the search: the marks come with the hits
    expect(field()).toBe('đăng ký ');
    expect(screen.getAllByTestId('result')).toHaveLength(2);
  });

  it('the space itself restores the word when hits are on screen; Backspace then removes one letter', async () => {
    const fake = show();
    typeKeys('dang');
    await pause(); // the hits for "dang" are on screen
    typeKeys(' kys ');
    expect(field()).toBe('đăng ký '); // at once, before any new answer
    await pause();
    expect(fake.queries.at(-1)).toBe('đăng ký'); // the search runs on the text as shown
    tap('key-backspace');
    expect(field()).toBe('đăng ký');
    tap('key-backspace');
    expect(field()).toBe('đăng k');
    typeKeys('ys khai sinh ');
    expect(field()).toBe('đăng ký khai sinh ');
  });

  it('keeps composing the word being typed when the hits arrive mid-word', async () => {
    show();
    typeKeys('dang kys tuow');
    await pause();
    expect(field()).toBe('đăng ký tươ');
    typeKeys('w'); // "w" right after its own mark still undoes it
    expect(field()).toBe('đăng ký tuow');
  });

  it('leaves text typed without any accent as it is: search folds it anyway', async () => {
    show();
    typeKeys('dang ky tam tru ');
    await pause();
    expect(field()).toBe('dang ky tam tru ');
  });

  it('does nothing in plain mode: the citizen chose no accents', async () => {
    show();
    typeKeys('kys ');
    await pause();
    tap('keyboard-mode-plain');
    typeKeys('dang ');
    expect(field()).toBe('ký dang '); // hits on screen, a mark typed, a word finished: still as typed
    await pause();
    expect(field()).toBe('ký dang ');
  });

  it('does not put back a mark removed by an edit inside the text', async () => {
    const fake = show();
    typeKeys('dang kys ');
    await pause();
    expect(field()).toBe('đăng ký ');
    await pause();
    expect(fake.queries.at(-1)).toBe('đăng ký');
    act(() => fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'dang ký ' } }));
    await pause();
    expect(fake.queries.at(-1)).toBe('dang ký'); // new hits came, and left the edit alone
    expect(field()).toBe('dang ký ');
  });
});

import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KioskClient } from '../../../../electron/api/contract';
import { WEDGE_DEFAULTS, type KioskStatus, type WedgeSettings } from '../../../../electron/api/kiosk';
import { ClientProvider } from '../../app/client-context';
import { useWedgeScanner, type UseWedgeScannerOptions } from './use-wedge-scanner';
import { useWedgeSettings } from './use-wedge-settings';

/** A manual clock: each key advances it, so gaps are exact without sleeping. */
function manualClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/**
 * Presses a key as a browser would: keydown (bubbling through window's capture listener), and unless
 * prevented, the character goes into the focused field (jsdom does not perform that default action).
 */
function press(key: string): boolean {
  const target = (document.activeElement ?? document.body) as HTMLElement;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  const notPrevented = target.dispatchEvent(event);
  if (notPrevented && [...key].length === 1 && target instanceof HTMLInputElement) {
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(target, target.value.slice(0, start) + key + target.value.slice(end));
    target.setSelectionRange(start + key.length, start + key.length);
    target.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return notPrevented;
}

function typeKeys(keys: readonly string[], gapMs: number, clock: ReturnType<typeof manualClock>): boolean[] {
  return keys.map((k) => {
    clock.advance(gapMs);
    let passed = false;
    act(() => {
      passed = press(k);
    });
    return passed;
  });
}

/** A React-controlled search field, like the kiosk's procedure search, with the hook mounted. */
function SearchWithScanner(props: Omit<UseWedgeScannerOptions, 'onScan'> & { onScan: (text: string) => void }) {
  const [value, setValue] = useState('');
  useWedgeScanner(props);
  return <input aria-label="search" value={value} onChange={(e) => setValue(e.target.value)} />;
}

const QR = '001093012345||Nguyen Van Minh|05011993|Nam|Pho Hang Bac|20042021';

describe('useWedgeScanner', () => {
  afterEach(() => cleanup());

  it('turns a fast burst into one scan that never appears in the focused input', () => {
    const clock = manualClock();
    const onScan = vi.fn();
    const view = render(<SearchWithScanner onScan={onScan} now={clock.now} />);
    const input = view.getByLabelText('search') as HTMLInputElement;
    input.focus();

    const passed = typeKeys([...QR, 'Enter'], 4, clock);

    expect(onScan).toHaveBeenCalledTimes(1);
    expect(onScan).toHaveBeenCalledWith(QR);
    expect(input.value).toBe('');
    // The keys before recognition (minimum length − 1) went through and were taken back; the rest were prevented.
    const before = WEDGE_DEFAULTS.minLength - 1;
    expect(passed.slice(0, before).every(Boolean)).toBe(true);
    expect(passed.slice(before).every((p) => !p)).toBe(true);
  });

  it('leaves text typed before the burst in place', () => {
    const clock = manualClock();
    const onScan = vi.fn();
    const view = render(<SearchWithScanner onScan={onScan} now={clock.now} />);
    const input = view.getByLabelText('search') as HTMLInputElement;
    input.focus();
    typeKeys([...'khai sinh'], 150, clock);
    clock.advance(1000);
    typeKeys([...'H54.22-251123-0001', 'Enter'], 3, clock);
    expect(input.value).toBe('khai sinh');
    expect(onScan).toHaveBeenCalledWith('H54.22-251123-0001');
  });

  it('keeps slow typing as typing: text in the field, Enter not prevented, no scan', () => {
    const clock = manualClock();
    const onScan = vi.fn();
    const view = render(<SearchWithScanner onScan={onScan} now={clock.now} />);
    const input = view.getByLabelText('search') as HTMLInputElement;
    input.focus();
    const passed = typeKeys([...'dang ky khai sinh', 'Enter'], 120, clock);
    expect(input.value).toBe('dang ky khai sinh');
    expect(passed.every(Boolean)).toBe(true);
    expect(onScan).not.toHaveBeenCalled();
  });

  it('ends a suffix-less burst on idle', () => {
    vi.useFakeTimers();
    try {
      const clock = manualClock();
      const onScan = vi.fn();
      render(<SearchWithScanner onScan={onScan} now={clock.now} endOnIdleMs={100} />);
      typeKeys([...'ABCDEFGH'], 4, clock);
      expect(onScan).not.toHaveBeenCalled();
      clock.advance(100);
      act(() => {
        vi.advanceTimersByTime(100);
      });
      expect(onScan).toHaveBeenCalledWith('ABCDEFGH');
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops listening when disabled', () => {
    const clock = manualClock();
    const onScan = vi.fn();
    const view = render(<SearchWithScanner onScan={onScan} now={clock.now} enabled={false} />);
    const input = view.getByLabelText('search') as HTMLInputElement;
    input.focus();
    typeKeys([...'ABCDEFGH', 'Enter'], 4, clock);
    expect(onScan).not.toHaveBeenCalled();
    expect(input.value).toBe('ABCDEFGH');
  });

  it('a configured longer minimum length keeps a short fast burst as typing', () => {
    const clock = manualClock();
    const onScan = vi.fn();
    const view = render(<SearchWithScanner onScan={onScan} now={clock.now} minLength={20} />);
    const input = view.getByLabelText('search') as HTMLInputElement;
    input.focus();
    const passed = typeKeys([...'H54.22-251123-0001', 'Enter'], 3, clock);
    expect(onScan).not.toHaveBeenCalled();
    expect(input.value).toBe('H54.22-251123-0001');
    expect(passed.every(Boolean)).toBe(true);
  });
});

/** A fake core answering kiosk.status with the given wedge settings (or none, as an older core would). */
function statusClient(wedge: WedgeSettings | undefined): KioskClient {
  const status: KioskStatus = {
    version: 'test', ward: { name: 'Phường Minh Họa', province: 'Hà Nội' }, language: 'vi', startedAt: new Date(0).toISOString(),
    display: 'off', runtime: 'browser', ...(wedge ? { wedge } : {}),
  };
  return {
    call: async (name: string) => (name === 'kiosk.status' ? { ok: true, value: status } : { ok: false, error: { code: 'test.unexpected' } }),
    subscribe: () => () => undefined,
    onConnection: () => () => undefined,
  } as unknown as KioskClient;
}

/** The citizen face's wiring: the settings from kiosk.status into the hook. */
function ConfiguredScanner({ onScan, now }: { onScan: (text: string) => void; now: () => number }) {
  const [value, setValue] = useState('');
  const settings = useWedgeSettings();
  useWedgeScanner({ ...settings, onScan, now });
  return <input aria-label="search" value={value} onChange={(e) => setValue(e.target.value)} />;
}

describe('useWedgeSettings with useWedgeScanner (kiosk.status → the face)', () => {
  afterEach(() => cleanup());

  it('a configured minimum length of 20 makes a 14-character burst stay typing; a longer one is a scan', async () => {
    const clock = manualClock();
    const onScan = vi.fn();
    const view = render(
      <ClientProvider client={statusClient({ maxInterKeyGapMs: 35, minLength: 20, terminators: ['Enter'] })}>
        <ConfiguredScanner onScan={onScan} now={clock.now} />
      </ClientProvider>,
    );
    const input = view.getByLabelText('search') as HTMLInputElement;
    await act(async () => undefined); // kiosk.status answers
    input.focus();
    typeKeys([...'A12-251123-001', 'Enter'], 3, clock);
    expect(onScan).not.toHaveBeenCalled();
    expect(input.value).toBe('A12-251123-001');

    clock.advance(1000);
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    typeKeys([...QR, 'Enter'], 3, clock);
    expect(onScan).toHaveBeenCalledWith(QR);
    expect(input.value).toBe('');
  });

  it('uses the shared defaults until the core answers, and when it sends no settings', async () => {
    const clock = manualClock();
    const onScan = vi.fn();
    render(
      <ClientProvider client={statusClient(undefined)}>
        <ConfiguredScanner onScan={onScan} now={clock.now} />
      </ClientProvider>,
    );
    await act(async () => undefined);
    typeKeys([...'A12-251123-001', 'Enter'], 3, clock);
    expect(onScan).toHaveBeenCalledWith('A12-251123-001');
  });
});

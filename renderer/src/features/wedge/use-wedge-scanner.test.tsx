import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWedgeScanner, type UseWedgeScannerOptions } from './use-wedge-scanner';

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
    // The first five keys went through before recognition (and were taken back); the rest were prevented.
    expect(passed.slice(0, 5)).toEqual([true, true, true, true, true]);
    expect(passed.slice(5).every((p) => !p)).toBe(true);
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
});

import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTapCounter, inStaffCorner, useStaffGesture } from './use-staff-gesture';

afterEach(cleanup);

describe('createTapCounter', () => {
  it('fires on the fifth tap within 3 s and starts over', () => {
    const c = createTapCounter();
    expect([0, 500, 1000, 1500].map((t) => c.tap(t))).toEqual([false, false, false, false]);
    expect(c.tap(2999)).toBe(true);
    expect(c.tap(3100)).toBe(false);
  });
  it('forgets taps older than the window', () => {
    const c = createTapCounter(5, 3000);
    for (const t of [0, 1000, 2000, 2900]) c.tap(t);
    expect(c.tap(3000)).toBe(false); // the tap at 0 is 3 s old: only four count
    expect(c.tap(3100)).toBe(true);
  });
  it('resets on a tap elsewhere', () => {
    const c = createTapCounter(3, 3000);
    c.tap(0);
    c.tap(10);
    c.reset();
    expect(c.tap(20)).toBe(false);
  });
  it('knows the corner', () => {
    expect(inStaffCorner(0, 0)).toBe(true);
    expect(inStaffCorner(95, 95)).toBe(true);
    expect(inStaffCorner(96, 10)).toBe(false);
    expect(inStaffCorner(10, 200, 96)).toBe(false);
  });
});

function Probe({ onTrigger }: { onTrigger: () => void }) {
  useStaffGesture(onTrigger);
  return <div data-testid="page" />;
}

describe('useStaffGesture', () => {
  it('calls back after five corner taps, not for taps elsewhere', () => {
    const spy = vi.fn();
    const { getByTestId } = render(<Probe onTrigger={spy} />);
    const page = getByTestId('page');
    const tap = (x: number, y: number, t: number) => fireEvent.pointerDown(page, { clientX: x, clientY: y, timeStamp: t });
    for (let i = 0; i < 4; i++) tap(10, 10, 100 + i);
    tap(500, 500, 105);
    tap(10, 10, 106);
    expect(spy).not.toHaveBeenCalled();
    for (let i = 0; i < 4; i++) tap(20, 30, 200 + i);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

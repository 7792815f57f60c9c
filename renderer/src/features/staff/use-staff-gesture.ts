import { useEffect, useRef } from 'react';

export interface StaffGestureOptions {
  /** Taps needed (default 5). */
  readonly taps?: number;
  /** Within this many ms from the first to the last tap (default 3000). */
  readonly withinMs?: number;
  /** Side of the top-left square that counts, in CSS px (default 96). */
  readonly cornerPx?: number;
}

/**
 * Counts taps; true when `taps` of them fall within `withinMs`. Pure (time passed in), so it is tested
 * without timers. A tap outside the corner resets it (`reset`).
 */
export function createTapCounter(taps = 5, withinMs = 3000) {
  let times: number[] = [];
  return {
    tap(nowMs: number): boolean {
      times = [...times.filter((t) => nowMs - t < withinMs), nowMs];
      if (times.length >= taps) {
        times = [];
        return true;
      }
      return false;
    },
    reset(): void {
      times = [];
    },
  };
}

/** Whether a pointer position lies in the top-left corner square (the discreet staff entry). */
export const inStaffCorner = (x: number, y: number, cornerPx = 96): boolean => x >= 0 && y >= 0 && x < cornerPx && y < cornerPx;

/**
 * The discreet way into the staff face from the citizen face: five taps on the top-left corner within
 * 3 s (then the staff PIN). Listens on the window in the capture phase, so it works over any screen
 * without a visible button and without stopping the taps from reaching the page.
 *
 * Mount once in the citizen face: `useStaffGesture(openStaffFace)`.
 */
export function useStaffGesture(onTrigger: () => void, options: StaffGestureOptions = {}): void {
  const trigger = useRef(onTrigger);
  trigger.current = onTrigger;
  const { taps = 5, withinMs = 3000, cornerPx = 96 } = options;
  useEffect(() => {
    const counter = createTapCounter(taps, withinMs);
    const onDown = (e: PointerEvent) => {
      if (!inStaffCorner(e.clientX, e.clientY, cornerPx)) return counter.reset();
      if (counter.tap(e.timeStamp || performance.now())) trigger.current();
    };
    window.addEventListener('pointerdown', onDown, { capture: true });
    return () => window.removeEventListener('pointerdown', onDown, { capture: true });
  }, [taps, withinMs, cornerPx]);
}

/** Opens the staff face in this window (the launch token stays in sessionStorage; the PIN is asked there). */
export function openStaffFace(w: Window = window): void {
  w.location.assign('/staff');
}

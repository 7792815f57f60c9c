import { describe, expect, it } from 'vitest';
import { DISPLAY_WINDOW_NEEDS, orderScreens, planDisplayWindow, screenChangeAction, type ScreenInfo } from './display-window';

const laptop: ScreenInfo = { id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } };
const tvRight: ScreenInfo = { id: 7, bounds: { x: 1280, y: 0, width: 1920, height: 1080 } };
const tvLeft: ScreenInfo = { id: 9, bounds: { x: -1080, y: 0, width: 1080, height: 1920 } };
const second = { mode: 'second-monitor', monitor: 1 } as const;

describe('orderScreens', () => {
  it('puts the primary first, then the others left to right, whatever order the OS lists them', () => {
    expect(orderScreens([tvRight, laptop, tvLeft], 1).map((s) => s.id)).toEqual([1, 9, 7]);
  });
});

describe('planDisplayWindow', () => {
  it('opens on the configured screen', () => {
    expect(planDisplayWindow(second, [laptop, tvRight], 1)).toEqual({ open: true, screenId: 7, bounds: tvRight.bounds });
    expect(planDisplayWindow({ ...second, monitor: 2 }, [laptop, tvRight, tvLeft], 1)).toMatchObject({ screenId: 7 });
  });
  it('does not cover the kiosk when the second screen is missing', () => {
    expect(planDisplayWindow(second, [laptop], 1)).toEqual({ open: false, reason: 'no-such-screen' });
  });
  it('opens nothing unless the config says second-monitor', () => {
    expect(planDisplayWindow({ mode: 'lan', monitor: 1 }, [laptop, tvRight], 1)).toEqual({ open: false, reason: 'not-second-monitor' });
    expect(planDisplayWindow({ mode: 'off', monitor: 1 }, [laptop, tvRight], 1)).toEqual({ open: false, reason: 'not-second-monitor' });
  });
  it('may use the primary screen when told to (a display-only machine)', () => {
    expect(planDisplayWindow({ ...second, monitor: 0 }, [laptop], 1)).toMatchObject({ open: true, screenId: 1 });
  });
});

describe('screenChangeAction', () => {
  it('opens when the TV is plugged in, moves when it changes, closes when it is unplugged', () => {
    expect(screenChangeAction(null, planDisplayWindow(second, [laptop], 1))).toEqual({ do: 'nothing' });
    expect(screenChangeAction(null, planDisplayWindow(second, [laptop, tvRight], 1))).toEqual({ do: 'open', bounds: tvRight.bounds });
    expect(screenChangeAction(tvRight.bounds, planDisplayWindow(second, [laptop, tvRight], 1))).toEqual({ do: 'nothing' });
    const rotated = { ...tvRight, bounds: { ...tvRight.bounds, width: 1080, height: 1920 } };
    expect(screenChangeAction(tvRight.bounds, planDisplayWindow(second, [laptop, rotated], 1))).toEqual({ do: 'move', bounds: rotated.bounds });
    expect(screenChangeAction(tvRight.bounds, planDisplayWindow(second, [laptop], 1))).toEqual({ do: 'close' });
  });
});

describe('DISPLAY_WINDOW_NEEDS', () => {
  it('keeps timers running unfocused and the screen awake', () => {
    expect(DISPLAY_WINDOW_NEEDS.webPreferences.backgroundThrottling).toBe(false);
    expect(DISPLAY_WINDOW_NEEDS.powerSaveBlocker).toBe('prevent-display-sleep');
  });
});

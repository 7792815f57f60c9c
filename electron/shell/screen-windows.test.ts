import { describe, expect, it } from 'vitest';
import {
  DISPLAY_WINDOW_NEEDS, STAFF_WINDOW_NEEDS, kioskShouldReclaimFocus, orderScreens, planScreenWindow, screenChangeAction, shellFaces, type ScreenInfo,
} from './screen-windows';

const laptop: ScreenInfo = { id: 1, bounds: { x: 0, y: 0, width: 1280, height: 800 } };
const tvRight: ScreenInfo = { id: 7, bounds: { x: 1280, y: 0, width: 1920, height: 1080 } };
const tvLeft: ScreenInfo = { id: 9, bounds: { x: -1080, y: 0, width: 1080, height: 1920 } };
const second = { mode: 'second-monitor', monitor: 1 } as const;

describe('orderScreens', () => {
  it('puts the primary first, then the others left to right, whatever order the OS lists them', () => {
    expect(orderScreens([tvRight, laptop, tvLeft], 1).map((s) => s.id)).toEqual([1, 9, 7]);
  });
});

describe('planScreenWindow', () => {
  it('opens on the configured screen', () => {
    expect(planScreenWindow(second, [laptop, tvRight], 1)).toEqual({ open: true, screenId: 7, bounds: tvRight.bounds });
    expect(planScreenWindow({ ...second, monitor: 2 }, [laptop, tvRight, tvLeft], 1)).toMatchObject({ screenId: 7 });
  });
  it('does not cover the kiosk when the second screen is missing', () => {
    expect(planScreenWindow(second, [laptop], 1)).toEqual({ open: false, reason: 'no-such-screen' });
  });
  it('opens nothing unless the config says second-monitor', () => {
    expect(planScreenWindow({ mode: 'lan', monitor: 1 }, [laptop, tvRight], 1)).toEqual({ open: false, reason: 'not-second-monitor' });
    expect(planScreenWindow({ mode: 'off', monitor: 1 }, [laptop, tvRight], 1)).toEqual({ open: false, reason: 'not-second-monitor' });
  });
  it('may use the primary screen when told to (a display-only machine)', () => {
    expect(planScreenWindow({ ...second, monitor: 0 }, [laptop], 1)).toMatchObject({ open: true, screenId: 1 });
  });
});

describe('screenChangeAction', () => {
  it('opens when the TV is plugged in, moves when it changes, closes when it is unplugged', () => {
    expect(screenChangeAction(null, planScreenWindow(second, [laptop], 1))).toEqual({ do: 'nothing' });
    expect(screenChangeAction(null, planScreenWindow(second, [laptop, tvRight], 1))).toEqual({ do: 'open', bounds: tvRight.bounds });
    expect(screenChangeAction(tvRight.bounds, planScreenWindow(second, [laptop, tvRight], 1))).toEqual({ do: 'nothing' });
    const rotated = { ...tvRight, bounds: { ...tvRight.bounds, width: 1080, height: 1920 } };
    expect(screenChangeAction(tvRight.bounds, planScreenWindow(second, [laptop, rotated], 1))).toEqual({ do: 'move', bounds: rotated.bounds });
    expect(screenChangeAction(tvRight.bounds, planScreenWindow(second, [laptop], 1))).toEqual({ do: 'close' });
  });
});

describe('DISPLAY_WINDOW_NEEDS', () => {
  it('keeps timers running unfocused and the screen awake', () => {
    expect(DISPLAY_WINDOW_NEEDS.webPreferences.backgroundThrottling).toBe(false);
    expect(DISPLAY_WINDOW_NEEDS.powerSaveBlocker).toBe('prevent-display-sleep');
  });
});

describe('shellFaces', () => {
  const faces = (kiosk: boolean, display: 'second-monitor' | 'lan' | 'off', staff: 'second-monitor' | 'off') =>
    shellFaces({ kiosk: { enabled: kiosk }, display: { mode: display, monitor: 1 }, staff: { mode: staff, monitor: 2 } });
  it('starts the kiosk window, the screen windows and the LAN server the config asks for', () => {
    expect(faces(true, 'second-monitor', 'off')).toEqual({ kioskWindow: true, screenWindows: ['display'], lanServer: false });
    expect(faces(true, 'lan', 'second-monitor')).toEqual({ kioskWindow: true, screenWindows: ['staff'], lanServer: true });
    expect(faces(false, 'lan', 'off')).toEqual({ kioskWindow: false, screenWindows: [], lanServer: true });
    expect(faces(false, 'second-monitor', 'second-monitor')).toEqual({ kioskWindow: false, screenWindows: ['display', 'staff'], lanServer: false });
  });
});

describe('the staff desk screen', () => {
  it('opens the staff face on its own screen, like the display', () => {
    expect(STAFF_WINDOW_NEEDS.path).toBe('/staff');
    expect(planScreenWindow({ mode: 'second-monitor', monitor: 2 }, [laptop, tvRight, tvLeft], 1)).toMatchObject({ open: true, screenId: 7 });
  });
  it('lets the kiosk reclaim the focus only from windows that are not ours', () => {
    expect(kioskShouldReclaimFocus(null)).toBe(true);
    expect(kioskShouldReclaimFocus('staff')).toBe(false);
    expect(kioskShouldReclaimFocus('kiosk')).toBe(false);
  });
});

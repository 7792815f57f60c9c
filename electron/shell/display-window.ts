/*
 * Where and how the lobby display window runs in the Electron app, as plain functions so the rules
 * are tested without Electron. main.ts calls planDisplayWindow on start and on every screen change,
 * applies screenChangeAction's answer, and holds a power-save blocker while the window is open.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What main.ts passes from Electron's screen.getAllDisplays() (Electron.Display fits). */
export interface ScreenInfo {
  readonly id: number;
  readonly bounds: Rect;
}

export interface DisplayFaceConfig {
  readonly mode: 'second-monitor' | 'lan' | 'off';
  /** 0 = the primary screen, 1 = the next one to its right (then below), … */
  readonly monitor: number;
}

export type DisplayWindowPlan =
  | { readonly open: false; readonly reason: 'not-second-monitor' | 'no-such-screen' }
  | { readonly open: true; readonly screenId: number; readonly bounds: Rect };

/**
 * Screens in the order the config's `monitor` counts them: the primary first, then the others left
 * to right, top to bottom. Electron's own order varies by OS and by plugging order; this one does not.
 */
export function orderScreens(screens: readonly ScreenInfo[], primaryId: number): ScreenInfo[] {
  const primary = screens.filter((s) => s.id === primaryId);
  const others = screens.filter((s) => s.id !== primaryId).sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y);
  return [...primary, ...others];
}

/**
 * Whether to open the display window and on which screen. With only the primary screen and monitor ≥ 1
 * nothing opens (covering the citizen's kiosk with the lobby loop would be worse than no display);
 * main.ts tries again when a screen is plugged in.
 */
export function planDisplayWindow(config: DisplayFaceConfig, screens: readonly ScreenInfo[], primaryId: number): DisplayWindowPlan {
  if (config.mode !== 'second-monitor') return { open: false, reason: 'not-second-monitor' };
  const target = orderScreens(screens, primaryId)[config.monitor];
  if (!target) return { open: false, reason: 'no-such-screen' };
  return { open: true, screenId: target.id, bounds: target.bounds };
}

export type ScreenChangeAction =
  | { readonly do: 'nothing' }
  | { readonly do: 'open'; readonly bounds: Rect }
  | { readonly do: 'move'; readonly bounds: Rect }
  | { readonly do: 'close' };

/** What to do with the display window (open now or not: `current` is its bounds or null) for a new plan. */
export function screenChangeAction(current: Rect | null, plan: DisplayWindowPlan): ScreenChangeAction {
  if (!plan.open) return current ? { do: 'close' } : { do: 'nothing' };
  if (!current) return { do: 'open', bounds: plan.bounds };
  return sameRect(current, plan.bounds) ? { do: 'nothing' } : { do: 'move', bounds: plan.bounds };
}

/**
 * What the display window needs beyond displayWindowOptions(): timers must keep running although
 * the window never has focus (Chromium throttles background windows), and the screen must not sleep.
 */
export const DISPLAY_WINDOW_NEEDS = {
  /** Merge into webPreferences of the display BrowserWindow. */
  webPreferences: { backgroundThrottling: false },
  /** powerSaveBlocker.start(type) while the window is open; stop it when the window closes. */
  powerSaveBlocker: 'prevent-display-sleep',
  /** The display URL; `cursor: none` is in the face's stylesheet, this is a belt for OS cursors. */
  path: '/display',
  /** For webContents.insertCSS: hide the pointer even over an unstyled page (a load error page). */
  hideCursorCss: '* { cursor: none !important; }',
} as const;

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

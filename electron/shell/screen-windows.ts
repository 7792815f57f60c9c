/*
 * Where the windows that live on a screen of their own run in the Electron app (the lobby display
 * and the staff desk screen), as plain functions so the rules are tested without Electron. main.ts
 * calls planScreenWindow on start and on every screen change and applies screenChangeAction's answer;
 * it holds a power-save blocker while the display window is open.
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

/** A face's placement from the config (faces.display, faces.staff): only "second-monitor" opens a window. */
export interface ScreenFaceConfig {
  readonly mode: 'second-monitor' | 'lan' | 'off';
  /** 0 = the primary screen, 1 = the next one to its right (then below), … */
  readonly monitor: number;
}

export type ScreenWindowPlan =
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
 * Whether to open a face's window and on which screen. With only the primary screen and monitor ≥ 1
 * nothing opens (covering the citizen's kiosk with the lobby loop or the staff face would be worse
 * than no second window); main.ts tries again when a screen is plugged in.
 */
export function planScreenWindow(config: ScreenFaceConfig, screens: readonly ScreenInfo[], primaryId: number): ScreenWindowPlan {
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

/** What to do with a face's window (open now or not: `current` is its bounds or null) for a new plan. */
export function screenChangeAction(current: Rect | null, plan: ScreenWindowPlan): ScreenChangeAction {
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

/** The faces part of the kiosk config (faces.kiosk, faces.display, faces.staff). */
export interface FacesConfig {
  readonly kiosk: { readonly enabled: boolean };
  readonly display: ScreenFaceConfig;
  readonly staff: ScreenFaceConfig;
}

/**
 * What the Electron shell starts on this machine: the citizen's kiosk window unless disabled (a lobby
 * PC or a staff desk), the faces placed on screens of their own, and the local server when lobby TVs
 * on the ward network fetch the display from it (issue 8; browser mode always runs that server).
 */
export function shellFaces(faces: FacesConfig): { kioskWindow: boolean; screenWindows: ('display' | 'staff')[]; lanServer: boolean } {
  return {
    kioskWindow: faces.kiosk.enabled,
    screenWindows: (['display', 'staff'] as const).filter((f) => faces[f].mode === 'second-monitor'),
    lanServer: faces.display.mode === 'lan',
  };
}

/**
 * The staff desk screen (issue 7: staff reach their face "from a second screen"): the same app page as
 * the kiosk's /staff, in a window of its own that staff may focus and type into. It never steals focus
 * back and is not kept on top: the citizen's kiosk window is the one that must stay in front.
 */
export const STAFF_WINDOW_NEEDS = {
  path: '/staff',
} as const;

/**
 * Whether the kiosk window should take the focus back after losing it (lockdown: a citizen must not
 * reach the desktop). Not when another window of ours has it: the staff screen's PIN pad needs the
 * keyboard, and taking it away every 300 ms would make the staff screen unusable.
 */
export function kioskShouldReclaimFocus(focusedRole: 'kiosk' | 'display' | 'staff' | null): boolean {
  return focusedRole === null;
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The subset of Electron's Input (before-input-event) that shortcut blocking reads. */
export interface KeyInput {
  readonly type: string;
  readonly key: string;
  readonly control: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

/**
 * Keyboard shortcuts a member of the public must not use in production: reload, devtools, zoom, new
 * window, print, find, view source, close/quit. (Electron's kiosk flag is only fullscreen on Windows
 * and Linux; OS-level combinations such as Ctrl+Alt+Del are the OS lockdown's job.)
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh'].includes(key)) return true;
  if (input.alt && ['arrowleft', 'arrowright', 'f4', 'home'].includes(key)) return true;
  if (mod && ['r', 'w', 'n', 't', 'p', 'f', 'g', 'u', 's', 'o', 'q', 'j', 'h', 'l', '+', '=', '-', '0', '_'].includes(key)) return true;
  if (mod && input.shift && ['i', 'j', 'c', 'delete'].includes(key)) return true;
  return false;
}

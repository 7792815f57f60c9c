import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { lockDownContents, type LockableContents } from './contents-lockdown';
import { DISABLE_PRINT_SCRIPT, LOCKDOWN_CSS } from './lockdown';
import { isAppUrl } from './navigation-policy';
import { isPermissionGranted } from './permission-policy';
import { lockDownSession, type LockableSession } from './session-lockdown';

class FakeContents extends EventEmitter implements LockableContents {
  css: string[] = [];
  zoom: [number, number][] = [];
  scripts: string[] = [];
  devToolsClosed = 0;
  openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  readonly mainFrame = { framesInSubtree: [{ executeJavaScript: async (c: string) => void this.scripts.push(c) }, { executeJavaScript: async (c: string) => void this.scripts.push(c) }] };
  setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }) { this.openHandler = h; }
  async insertCSS(css: string) { this.css.push(css); return 'key'; }
  async setVisualZoomLevelLimits(min: number, max: number) { this.zoom.push([min, max]); }
  closeDevTools() { this.devToolsClosed++; }
}

function cancellable(extra: Record<string, unknown> = {}) {
  const e = { prevented: false, preventDefault() { e.prevented = true; }, ...extra };
  return e;
}

function kioskContents(production = true) {
  const c = new FakeContents();
  const log: string[] = [];
  const opened: string[] = [];
  lockDownContents(c, { production, disablePrint: false, mayNavigate: isAppUrl, openedWindow: (u) => opened.push(u), log: (m) => log.push(m) });
  return { c, log, opened };
}

describe('lockDownContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays on the app, refuses anything else and logs scheme+host only', (event) => {
    const { c, log } = kioskContents();
    const inside = cancellable({ url: 'app://kiosk/staff' });
    c.emit(event, inside);
    expect(inside.prevented).toBe(false);
    const outside = cancellable({ url: 'https://evil.example/phish?id=001234567890' });
    c.emit(event, outside);
    expect(outside.prevented).toBe(true);
    expect(log.at(-1)).toMatch(/refused: https:\/\/evil\.example$/);
  });

  it('never opens a window, handing the URL to the policy', () => {
    const { c, opened } = kioskContents();
    expect(c.openHandler!({ url: 'https://dichvucong.gov.vn/x' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://dichvucong.gov.vn/x']);
  });

  it.each(['will-attach-webview', 'will-prevent-unload', 'context-menu'])('cancels %s', (event) => {
    const { c } = kioskContents();
    const e = cancellable();
    c.emit(event, e);
    expect(e.prevented).toBe(true);
  });

  it('applies the lockdown CSS and zoom limits on every page load', () => {
    const { c } = kioskContents();
    c.emit('dom-ready');
    c.emit('dom-ready');
    expect(c.css).toEqual([LOCKDOWN_CSS, LOCKDOWN_CSS]);
    expect(c.zoom).toEqual([[1, 1], [1, 1]]);
    expect(LOCKDOWN_CSS).toMatch(/user-select: none/);
    expect(LOCKDOWN_CSS).toMatch(/touch-action: pan-x pan-y/);
    expect(LOCKDOWN_CSS).toMatch(/-webkit-user-drag: none/);
    expect(LOCKDOWN_CSS).toMatch(/input, textarea[^{]*\{ -webkit-user-select: text/);
  });

  it('in production blocks shortcuts and closes devtools; in development leaves them', () => {
    const prod = kioskContents(true).c;
    const reload = cancellable();
    prod.emit('before-input-event', reload, { type: 'keyDown', key: 'r', control: true, meta: false, alt: false, shift: false });
    expect(reload.prevented).toBe(true);
    const letter = cancellable();
    prod.emit('before-input-event', letter, { type: 'keyDown', key: 'a', control: false, meta: false, alt: false, shift: false });
    expect(letter.prevented).toBe(false);
    prod.emit('devtools-opened');
    expect(prod.devToolsClosed).toBe(1);
    const dev = kioskContents(false).c;
    expect(dev.listenerCount('before-input-event')).toBe(0);
    expect(dev.listenerCount('devtools-opened')).toBe(0);
  });

  it('turns window.print off in every frame of a remote page', () => {
    const c = new FakeContents();
    lockDownContents(c, { production: true, disablePrint: true, mayNavigate: () => true, log: () => {} });
    c.emit('did-frame-finish-load', {}, true);
    expect(c.scripts).toEqual([DISABLE_PRINT_SCRIPT, DISABLE_PRINT_SCRIPT]);
    expect(kioskContents().c.listenerCount('did-frame-finish-load')).toBe(0);
  });
});

describe('permissions', () => {
  it.each([
    'media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal',
    'clipboard-read', 'hid', 'serial', 'usb', 'display-capture', 'idle-detection', 'window-management', 'unknown',
  ])('deny %s to the app and to the portal', (permission) => {
    expect(isPermissionGranted('app', permission, 'app://kiosk/citizen')).toBe(false);
    expect(isPermissionGranted('portal', permission, 'https://dichvucong.gov.vn/')).toBe(false);
  });

  it('let only the app itself write to the clipboard', () => {
    expect(isPermissionGranted('app', 'clipboard-sanitized-write', 'app://kiosk/citizen')).toBe(true);
    expect(isPermissionGranted('app', 'clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('app', 'clipboard-sanitized-write', undefined)).toBe(false);
    expect(isPermissionGranted('portal', 'clipboard-sanitized-write', 'https://dichvucong.gov.vn/')).toBe(false);
  });

  it('lockDownSession wires request, check and device handlers, and cancels downloads', () => {
    const handlers: Record<string, (...a: any[]) => unknown> = {};
    const events = new EventEmitter();
    const ses: LockableSession = {
      setPermissionRequestHandler: (h) => void (handlers.request = h),
      setPermissionCheckHandler: (h) => void (handlers.check = h),
      setDevicePermissionHandler: (h) => void (handlers.device = h),
      on: (e, l) => events.on(e, l),
    };
    const log: string[] = [];
    lockDownSession(ses, 'portal', (m) => log.push(m));
    const answers: boolean[] = [];
    handlers.request!(null, 'media', (g: boolean) => answers.push(g), { requestingUrl: 'https://dichvucong.gov.vn/' });
    handlers.request!(null, 'geolocation', (g: boolean) => answers.push(g), { requestingUrl: 'https://dichvucong.gov.vn/' });
    expect(answers).toEqual([false, false]);
    expect(handlers.check!(null, 'media', 'https://dichvucong.gov.vn', {})).toBe(false);
    expect(handlers.device!({ deviceType: 'hid' })).toBe(false);
    const download = cancellable();
    events.emit('will-download', download);
    expect(download.prevented).toBe(true);
    expect(log).toEqual(['permission refused: media for portal', 'permission refused: geolocation for portal', 'download refused for portal']);
  });
});

import { describe, expect, it } from 'vitest';
import { isBlockedShortcut } from './blocked-shortcuts';
import { guardIpcCall } from './ipc-guard';
import { decideWindowOpen, isAppUrl, isPortalUrlAllowed } from './navigation-policy';
import { displayWindowOptions, kioskWindowOptions, staffWindowOptions } from './window-options';

const kiosk = { frameUrl: 'app://kiosk/citizen', isMainFrame: true, role: 'kiosk' as const };

describe('IPC guard', () => {
  it('accepts a valid call from the app page', () => {
    expect(guardIpcCall(kiosk, 'session.end', { reason: 'finished' })).toMatchObject({ ok: true });
  });
  it.each([
    ['a remote page', { ...kiosk, frameUrl: 'https://dichvucong.gov.vn/' }],
    ['a file: page', { ...kiosk, frameUrl: 'file:///etc/passwd' }],
    ['a look-alike custom origin', { ...kiosk, frameUrl: 'app://kiosk.evil/citizen' }],
    ['a subframe', { ...kiosk, isMainFrame: false }],
    ['a window the shell did not create', { ...kiosk, role: undefined }],
  ])('rejects a message from %s', (_what, sender) => {
    expect(guardIpcCall(sender, 'session.start', {})).toEqual({ ok: false, code: 'ipc.foreign-sender' });
  });
  it('rejects an unknown call and a payload that fails its schema', () => {
    expect(guardIpcCall(kiosk, 'fs.readFile', {})).toEqual({ ok: false, code: 'ipc.unknown-call' });
    expect(guardIpcCall(kiosk, 'session.end', { reason: 'because' })).toMatchObject({ ok: false, code: 'ipc.invalid-input' });
    expect(guardIpcCall(kiosk, 'session.end', 'not an object')).toMatchObject({ ok: false, code: 'ipc.invalid-input' });
  });
  it('rejects an oversized payload before parsing it', () => {
    expect(guardIpcCall(kiosk, 'session.end', { reason: 'finished', pad: 'x'.repeat(300_000) })).toEqual({ ok: false, code: 'ipc.too-large' });
  });
  it('gives the display window display calls only', () => {
    const display = { ...kiosk, frameUrl: 'app://kiosk/display', role: 'display' as const };
    expect(guardIpcCall(display, 'kiosk.status', {})).toMatchObject({ ok: true });
    expect(guardIpcCall(display, 'session.start', {})).toEqual({ ok: false, code: 'ipc.forbidden' });
  });
  it('gives the staff desk screen the staff face calls, still only from the app origin', () => {
    const staff = { ...kiosk, frameUrl: 'app://kiosk/staff', role: 'staff' as const };
    expect(guardIpcCall(staff, 'staff.signInList', {})).toMatchObject({ ok: true });
    expect(guardIpcCall({ ...staff, frameUrl: 'https://dichvucong.gov.vn/' }, 'staff.signInList', {})).toEqual({ ok: false, code: 'ipc.foreign-sender' });
  });
});

describe('navigation policy', () => {
  const allow = ['dichvucong.gov.vn', 'vneid.gov.vn'];
  it('keeps the kiosk window on the app origin', () => {
    expect(isAppUrl('app://kiosk/citizen')).toBe(true);
    expect(isAppUrl('https://dichvucong.gov.vn')).toBe(false);
    expect(isAppUrl('file:///tmp/x.html')).toBe(false);
  });
  it.each([
    ['https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', true],
    ['https://sso.dichvucong.gov.vn/login', true],
    ['http://dichvucong.gov.vn/', false],
    ['https://dichvucong.gov.vn.evil.example/', false],
    ['https://evildichvucong.gov.vn/', false],
    ['https://user:pw@dichvucong.gov.vn/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('portal %s allowed = %s', (url, expected) => expect(isPortalUrlAllowed(url, allow)).toBe(expected));
  it('never opens new windows, redirecting allowlisted links into the portal view', () => {
    expect(decideWindowOpen('https://vneid.gov.vn/x', allow)).toEqual({ action: 'deny', openInPortal: 'https://vneid.gov.vn/x' });
    expect(decideWindowOpen('https://example.com', allow)).toEqual({ action: 'deny' });
  });
});

describe('window options', () => {
  it('follow the Electron security checklist in both windows', () => {
    const input = { preloadPath: '/p.cjs', production: true };
    for (const o of [kioskWindowOptions(input), displayWindowOptions(input), staffWindowOptions(input)]) {
      expect(o.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, devTools: false });
    }
    expect(kioskWindowOptions({ preloadPath: '/p.cjs', production: true })).toMatchObject({ kiosk: true, autoHideMenuBar: true });
    expect(kioskWindowOptions({ preloadPath: '/p.cjs', production: false }).webPreferences.devTools).toBe(true);
    // The staff screen must not cover the kiosk or lock staff out of the OS on their own screen.
    expect(staffWindowOptions(input)).toMatchObject({ kiosk: false, alwaysOnTop: false, closable: false });
  });
});

describe('blocked shortcuts', () => {
  const key = (k: string, mods: Partial<{ control: boolean; shift: boolean; alt: boolean; meta: boolean }> = {}) => ({
    type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods,
  });
  it.each([
    [key('r', { control: true }), true], [key('F5'), true], [key('I', { control: true, shift: true }), true],
    [key('F12'), true], [key('+', { control: true }), true], [key('p', { control: true }), true],
    [key('ArrowLeft', { alt: true }), true], [key('a'), false], [key('Enter'), false], [key('c', { control: true }), false],
  ])('%o blocked = %s', (input, expected) => expect(isBlockedShortcut(input)).toBe(expected));
});

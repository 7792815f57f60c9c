import { describe, expect, it } from 'vitest';
import { PortalController, isPortalCall, type PortalBounds, type PortalHost, type PortalSurface } from './portal-controller';
import { typingSteps, type TypingStep } from './portal-typing';

const allow = ['dichvucong.gov.vn', 'vneid.gov.vn'];
const bounds: PortalBounds = { x: 0, y: 80, width: 1280, height: 640 };

function fakeHost(active = true) {
  const log: string[] = [];
  const surfaces: { partition: string; url: string; bounds: PortalBounds | null; typed: TypingStep[]; closed: boolean; visible: boolean }[] = [];
  const cleared: string[] = [];
  let clipboardCleared = 0;
  const state = { active };
  const host: PortalHost = {
    create(partition): PortalSurface {
      const s = { partition, url: '', bounds: null as PortalBounds | null, typed: [] as TypingStep[], closed: false, visible: true };
      surfaces.push(s);
      return {
        load: async (url) => void (s.url = url),
        setBounds: (b) => void (s.bounds = b),
        setVisible: (v) => void (s.visible = v),
        currentUrl: () => s.url,
        type: async (step) => void s.typed.push(step),
        close: () => void (s.closed = true),
      };
    },
    clearPartition: async (p) => void cleared.push(p),
    clearClipboard: () => void clipboardCleared++,
    contentSize: () => ({ width: 1280, height: 800 }),
    sessionActive: () => state.active,
    log: (m) => log.push(m),
  };
  return { host, log, surfaces, cleared, state, clipboard: () => clipboardCleared };
}

describe('PortalController', () => {
  it('opens an allowlisted https page in an in-memory partition and reports only its host', async () => {
    const f = fakeHost();
    const p = new PortalController(f.host, allow);
    const r = await p.handle('portal.open', { url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?ma=001234567890', bounds });
    expect(r).toEqual({ ok: true, value: { available: true, open: true, host: 'dichvucong.gov.vn' } });
    expect(f.surfaces[0]).toMatchObject({ partition: 'portal-session-1', bounds });
    expect(f.surfaces[0]!.partition.startsWith('persist:')).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'https://dichvucong.gov.vn.evil.example/',
    'http://dichvucong.gov.vn/',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('refuses to open %s and logs only the scheme and host', async (url) => {
    const f = fakeHost();
    const p = new PortalController(f.host, allow);
    expect(await p.handle('portal.open', { url, bounds })).toEqual({ ok: false, error: { code: 'portal.not-allowed' } });
    expect(f.surfaces).toHaveLength(0);
    expect(f.log.join('\n')).not.toMatch(/passwd|alert/);
  });

  it('refuses to open without a citizen session to own (and wipe) its data', async () => {
    const f = fakeHost(false);
    expect(await new PortalController(f.host, allow).handle('portal.open', { url: 'https://vneid.gov.vn/', bounds })).toEqual({ ok: false, error: { code: 'session.none' } });
  });

  it('keeps the view on the allowlist for navigations and shows allowlisted new windows in the same view', async () => {
    const f = fakeHost();
    const p = new PortalController(f.host, allow);
    await p.handle('portal.open', { url: 'https://dichvucong.gov.vn/', bounds });
    expect(p.mayNavigate('https://sso.dichvucong.gov.vn/login')).toBe(true);
    expect(p.mayNavigate('https://evil.example/steal?x=1')).toBe(false);
    expect(f.log).toContain('portal navigation refused: https://evil.example');
    p.openedWindow('https://vneid.gov.vn/guide');
    p.openedWindow('https://evil.example/popup');
    await Promise.resolve();
    expect(f.surfaces).toHaveLength(1);
    expect(f.surfaces[0]!.url).toBe('https://vneid.gov.vn/guide');
  });

  it('clamps bounds inside the window and answers not-open when closed', async () => {
    const f = fakeHost();
    const p = new PortalController(f.host, allow);
    expect(await p.handle('portal.setBounds', { bounds })).toEqual({ ok: false, error: { code: 'portal.not-open' } });
    expect(await p.handle('portal.typeText', { text: 'a' })).toEqual({ ok: false, error: { code: 'portal.not-open' } });
    await p.handle('portal.open', { url: 'https://dichvucong.gov.vn/', bounds });
    await p.handle('portal.setBounds', { bounds: { x: 5000, y: 0, width: 9000, height: 9000 } });
    expect(f.surfaces[0]!.bounds).toEqual({ x: 1180, y: 0, width: 100, height: 800 });
    expect(await p.handle('portal.close', {})).toEqual({ ok: true, value: { available: true, open: false } });
    expect(f.surfaces[0]!.closed).toBe(true);
  });

  it('types text through insertText steps and control characters as keys', async () => {
    const f = fakeHost();
    const p = new PortalController(f.host, allow);
    await p.handle('portal.open', { url: 'https://dichvucong.gov.vn/', bounds });
    expect(await p.handle('portal.typeText', { text: 'Nguyễn\b\n' })).toEqual({ ok: true, value: {} });
    expect(f.surfaces[0]!.typed).toEqual([{ text: 'Nguyễn' }, { key: 'Backspace' }, { key: 'Enter' }]);
  });

  it('on session wipe closes the view, clears every partition it used and the clipboard, and starts a fresh partition', async () => {
    const f = fakeHost();
    const p = new PortalController(f.host, allow);
    await p.handle('portal.open', { url: 'https://dichvucong.gov.vn/', bounds });
    await p.wipe();
    expect(f.surfaces[0]!.closed).toBe(true);
    expect(f.cleared).toEqual(['portal-session-1']);
    expect(f.clipboard()).toBe(1);
    expect(p.status()).toEqual({ available: true, open: false });
    await p.handle('portal.open', { url: 'https://vneid.gov.vn/', bounds });
    expect(f.surfaces[1]!.partition).toBe('portal-session-2');
    await p.wipe();
    expect(f.cleared).toEqual(['portal-session-1', 'portal-session-2']);
  });

  it('recognises portal calls by name', () => {
    expect(isPortalCall('portal.open')).toBe(true);
    expect(isPortalCall('session.start')).toBe(false);
  });
});

describe('typingSteps', () => {
  it.each([
    ['abc', [{ text: 'abc' }]],
    ['Đăng ký', [{ text: 'Đăng ký' }]],
    ['\b', [{ key: 'Backspace' }]],
    ['ab\tc\r\n', [{ text: 'ab' }, { key: 'Tab' }, { text: 'c' }, { key: 'Enter' }, { key: 'Enter' }]],
    ['a\u0000\u001bb', [{ text: 'ab' }]],
    ['', []],
  ])('%j → %j', (input, expected) => expect(typingSteps(input)).toEqual(expected));

  it("hides the view under the face's dialogs and the idle warning, and shows it when both are gone", async () => {
    const { host, surfaces } = fakeHost();
    const p = new PortalController(host, allow);
    await p.handle('portal.open', { url: 'https://dichvucong.gov.vn/', bounds: { x: 0, y: 0, width: 800, height: 600 } });
    expect(surfaces[0]!.visible).toBe(true);
    await p.handle('portal.setVisible', { visible: false });
    expect(surfaces[0]!.visible).toBe(false);
    p.cover(true);
    await p.handle('portal.setVisible', { visible: true });
    expect(surfaces[0]!.visible).toBe(false);
    p.cover(false);
    expect(surfaces[0]!.visible).toBe(true);
  });
});

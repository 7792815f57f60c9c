import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../host/server/content-security-policy';
import { guardIpcCall } from './ipc-guard';
import { APP_ORIGIN, decideWindowOpen, isPortalUrlAllowed } from './navigation-policy';
import { isPermissionGranted } from './permission-policy';
import { displayWindowOptions, kioskWindowOptions, portalViewOptions, staffWindowOptions } from './window-options';

/*
 * The Electron security checklist (electronjs.org/docs/latest/tutorial/security, "Checklist: Security
 * recommendations"), point by point, as tests where a test can decide it. Behaviour is tested in the
 * helpers' own tests (lockdown.test.ts, portal-controller.test.ts, shell.test.ts); this file checks
 * that each point holds for every window and that main.ts wires the helpers. The electronegativity
 * scan (scripts/security-scan.mjs) checks the same points from the source side.
 */

const REPO = resolve(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(join(REPO, rel), 'utf8');
const main = read('electron/main.ts');
/** The code without its comments (which may name what the code must not do). */
const code = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const preload = code(read('electron/preload.ts'));

function sources(dir: string): string[] {
  return readdirSync(join(REPO, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(REPO, rel)).isDirectory()) return sources(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

const allPreferences = [
  ['kiosk window', kioskWindowOptions({ preloadPath: '/p.cjs', production: true }).webPreferences],
  ['display window', displayWindowOptions({ preloadPath: '/p.cjs', production: true }).webPreferences],
  ['staff window', staffWindowOptions({ preloadPath: '/p.cjs', production: true }).webPreferences],
  ['portal view', portalViewOptions({ partition: 'portal-session-1', production: true }).webPreferences],
] as const;

describe('Electron security checklist', () => {
  it('§1 only secure content: the app from its own scheme, the portal over https only', () => {
    expect(APP_ORIGIN).toBe('app://kiosk');
    expect(isPortalUrlAllowed('http://dichvucong.gov.vn/', ['dichvucong.gov.vn'])).toBe(false);
  });

  it.each(allPreferences)('§2 §3 §4 §6 §8 §9 §10 %s: no Node, isolated, sandboxed, web security on, nothing insecure or experimental', (_name, prefs) => {
    expect(prefs).toMatchObject({
      nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
      contextIsolation: true, sandbox: true, webSecurity: true, allowRunningInsecureContent: false,
      experimentalFeatures: false, webviewTag: false, devTools: false, disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('§2 §20 the portal view has no preload: a remote page never reaches window.kiosk', () => {
    expect(portalViewOptions({ partition: 'portal-session-1', production: true }).webPreferences).not.toHaveProperty('preload');
    expect(() => portalViewOptions({ partition: 'persist:portal', production: true })).toThrow(/persistent/);
  });

  it('§3 §4 main.ts restates the fixed preferences where each window and view is built, never weakening them', () => {
    for (const src of [main, read('electron/shell/portal-view.ts')]) {
      expect(src).toMatch(/contextIsolation: true,\s*sandbox: true,\s*nodeIntegration: false/);
    }
    for (const file of sources('electron')) {
      const src = read(file);
      expect(src, file).not.toMatch(/sandbox:\s*false|contextIsolation:\s*false|nodeIntegration:\s*true|webSecurity:\s*false|allowRunningInsecureContent:\s*true|enableBlinkFeatures/);
    }
  });

  it('§5 permission requests are handled: denied for the app (but clipboard write) and for the portal', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) {
      expect(isPermissionGranted('app', p, 'app://kiosk/citizen')).toBe(false);
      expect(isPermissionGranted('portal', p, 'https://dichvucong.gov.vn/')).toBe(false);
    }
    expect(main).toMatch(/lockDownSession\(session\.defaultSession, 'app'/);
    expect(read('electron/shell/portal-view.ts')).toMatch(/lockDownSession\(ses, 'portal'/);
  });

  it('§7 a Content-Security-Policy is sent with every page and csp-evaluator finds nothing of weight', () => {
    const require = createRequire(import.meta.url);
    const csp = require('@doyensec/csp-evaluator');
    const findings: { severity: number; directive: string; value?: string }[] = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
    const serious = findings.filter((f) => [csp.severities.HIGH, csp.severities.SYNTAX, csp.severities.MEDIUM, csp.severities.HIGH_MAYBE].includes(f.severity));
    expect(serious).toEqual([]);
    // Accepted: "'self' can be problematic if you host JSONP, Angular or user uploaded files" — the app
    // origin serves only the built renderer (no JSONP, no Angular, no uploads).
    expect(findings.map((f) => `${f.directive} ${f.value ?? ''}`.trim())).toEqual(["script-src 'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(main).toMatch(/headers: \{ \.\.\.SECURITY_HEADERS/);
  });

  it('§11 §12 <webview> is off and every attach is refused', () => {
    expect(main).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(read('electron/shell/contents-lockdown.ts')).toMatch(/'will-attach-webview'/);
  });

  it('§13 §14 navigation is limited and new windows are never created (allowlisted links open in the portal view)', () => {
    expect(decideWindowOpen('https://dichvucong.gov.vn/x', ['dichvucong.gov.vn'])).toEqual({ action: 'deny', openInPortal: 'https://dichvucong.gov.vn/x' });
    expect(decideWindowOpen('https://evil.example/', ['dichvucong.gov.vn'])).toEqual({ action: 'deny' });
    expect(main).toMatch(/lockDownContents\(wc, \{/);
    expect(main).toMatch(/mayNavigate: isAppUrl/);
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
  });

  it('§15 shell.openExternal is not used anywhere, and pages cannot start external programs', () => {
    for (const file of sources('electron')) expect(read(file), file).not.toMatch(/openExternal\s*\(|shell\.openPath/);
    expect(isPermissionGranted('app', 'openExternal', 'app://kiosk/citizen')).toBe(false);
  });

  it('§16 a current Electron major', () => {
    const version = JSON.parse(read('package.json')).devDependencies.electron as string;
    expect(Number(/(\d+)/.exec(version)![1])).toBeGreaterThanOrEqual(45);
  });

  it('§17 the sender of every IPC message is validated, through one handler', () => {
    expect(main.match(/ipcMain\.(handle|on)\(/g)).toEqual(['ipcMain.handle(']);
    expect(main).toMatch(/guardIpcCall\(\{ frameUrl: event\.senderFrame\?\.url, isMainFrame: event\.senderFrame === event\.sender\.mainFrame, role \}/);
    const portalPage = { frameUrl: 'https://dichvucong.gov.vn/', isMainFrame: true, role: 'kiosk' as const };
    expect(guardIpcCall(portalPage, 'session.start', {})).toEqual({ ok: false, code: 'ipc.foreign-sender' });
    // The kiosk face's own portal calls are schema-checked before the shell acts on them.
    const face = { frameUrl: 'app://kiosk/citizen', isMainFrame: true, role: 'kiosk' as const };
    const bounds = { x: 0, y: 0, width: 800, height: 600 };
    expect(guardIpcCall(face, 'portal.open', { url: 'javascript:alert(1)', bounds })).toMatchObject({ ok: false, code: 'ipc.invalid-input' });
    expect(guardIpcCall(face, 'portal.open', { url: 'http://dichvucong.gov.vn/', bounds })).toMatchObject({ ok: false, code: 'ipc.invalid-input' });
    expect(guardIpcCall(face, 'portal.typeText', { text: 'x'.repeat(201) })).toMatchObject({ ok: false, code: 'ipc.invalid-input' });
    expect(guardIpcCall({ ...face, frameUrl: 'app://kiosk/display', role: 'display' }, 'portal.open', { url: 'https://dichvucong.gov.vn/', bounds })).toEqual({ ok: false, code: 'ipc.forbidden' });
  });

  it('§18 no file:// pages (the custom app: scheme instead)', () => {
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });

  it('§20 the preload exposes named contract verbs only: no ipcRenderer, no channels, no process', () => {
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('kiosk', Object\.freeze/);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer[,)]/);
    expect(preload).not.toMatch(/process\.env|require\(/);
    expect(preload.match(/ipcRenderer\.(invoke|send|sendSync|on)\('([^']+)'/g)?.map((m) => m.replace(/.*'(.+)'/, '$1'))).toEqual(['kiosk:call', 'kiosk:event']);
  });
});

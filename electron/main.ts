import { app, BrowserWindow, ipcMain, protocol, screen, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { loadConfig } from './host/config/load-config';
import { defaultConfigFile, packageRootFrom } from './host/paths';
import { startKioskCore, type KioskCore } from './host/kiosk-core';
import { SECURITY_HEADERS } from './host/server/content-security-policy';
import { readStatic } from './host/server/static-files';
import { isBlockedShortcut } from './shell/blocked-shortcuts';
import { guardIpcCall, type WindowRole } from './shell/ipc-guard';
import { APP_ORIGIN, isAppUrl } from './shell/navigation-policy';
import { displayWindowOptions, kioskWindowOptions } from './shell/window-options';

// The Electron shell: lifecycle, windows, lockdown, IPC binding. Logic lives in shell/ and host/.

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const production = app.isPackaged || process.env.KIOSK_PRODUCTION === '1';
const roles = new Map<number, WindowRole>();
let core: KioskCore | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('web-contents-created', (_e, contents) => lockDown(contents));

app.whenReady().then(async () => {
  const root = packageRootFrom(__dirname);
  const file = defaultConfigFile(root);
  const loaded = loadConfig(file);
  if (!loaded.ok) {
    console.error(`${file}: the kiosk will not start:\n  ${loaded.problems.join('\n  ')}`);
    app.exit(1);
    return;
  }
  core = await startKioskCore(loaded.value, { runtime: 'electron' });
  const rendererDir = join(root, 'dist', 'renderer');
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const f = url.host === 'kiosk' ? await readStatic(rendererDir, url.pathname) : null;
    if (!f) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(f.body), { headers: { ...SECURITY_HEADERS, 'Content-Type': f.type } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  ipcMain.handle('kiosk:call', async (event, name: unknown, input: unknown) => {
    const role = roles.get(event.sender.id);
    const decision = guardIpcCall({ frameUrl: event.senderFrame?.url, isMainFrame: event.senderFrame === event.sender.mainFrame, role }, name, input);
    if (!decision.ok) {
      console.warn(`[security] refused IPC ${String(name).slice(0, 100)}: ${decision.code}`);
      return { ok: false, error: { code: decision.code, ...(decision.issues ? { issues: decision.issues } : {}) } };
    }
    return core!.dispatch(name as string, decision.input, { grants: decision.grants, origin: `ipc:${role}` });
  });

  const kiosk = createWindow('kiosk', `${APP_ORIGIN}/citizen`);
  app.on('second-instance', () => kiosk.focus());
  const display = loaded.value.config.faces.display;
  if (display.mode === 'second-monitor') {
    const target = screen.getAllDisplays()[display.monitor];
    if (target) createWindow('display', `${APP_ORIGIN}/display`, target.bounds);
  }
});

function createWindow(role: WindowRole, url: string, bounds?: Electron.Rectangle): BrowserWindow {
  const preloadPath = join(__dirname, 'preload.cjs');
  const options = role === 'kiosk' ? kioskWindowOptions({ preloadPath, production }) : displayWindowOptions({ preloadPath, production, ...(bounds ? { bounds } : {}) });
  const win = new BrowserWindow(options);
  const id = win.webContents.id;
  roles.set(id, role);
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => roles.delete(id));
  const unsubscribe = core!.events.subscribe(role === 'display' ? ['display'] : ['display', 'citizen', 'staff', 'admin'], (name, payload) => {
    if (!win.isDestroyed()) win.webContents.send('kiosk:event', name, payload);
  });
  win.on('closed', unsubscribe);
  // A crashed renderer is reloaded; the face starts again from its attract screen.
  win.webContents.on('render-process-gone', () => !win.isDestroyed() && win.loadURL(url));
  void win.loadURL(url);
  return win;
}

function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (production) {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedShortcut(input)) event.preventDefault();
    });
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

app.on('window-all-closed', async () => {
  await core?.stop();
  app.quit();
});

import { app, BrowserWindow, clipboard, ipcMain, powerMonitor, powerSaveBlocker, protocol, safeStorage, screen, session } from 'electron';
import { cpSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig, type LoadedConfig } from './host/config/load-config';
import { handleCoreExceptions } from './host/health/core-exceptions';
import { DeviceReopener } from './host/health/device-reopener';
import type { MaintenanceModule } from './host/health/maintenance-module';
import type { KioskCore } from './host/core-module';
import { startKioskCore } from './host/kiosk-core';
import { keepYoungGenerationSmall } from './host/health/young-generation';
import { createOsSlipPrinter } from './shell/os-slip-printer';
import { keystoreWrapper } from './shell/keystore-wrapper';
import { captureConsole, openKioskLog, type Logger } from './host/logging/logger';
import { packageRootFrom } from './host/paths';
import { SECURITY_HEADERS } from './host/server/content-security-policy';
import { startLocalServer } from './host/server/local-server';
import { listenPlan } from './host/server/listen-plan';
import { readStatic } from './host/server/static-files';
import { kioskLocations } from './shell/config-location';
import { lockDownContents } from './shell/contents-lockdown';
import { DISPLAY_WINDOW_NEEDS, kioskShouldReclaimFocus, planScreenWindow, screenChangeAction, shellFaces, STAFF_WINDOW_NEEDS, type ScreenFaceConfig } from './shell/screen-windows';
import { guardIpcCall, type WindowRole } from './shell/ipc-guard';
import { ALWAYS_ON_TOP_LEVEL, REFOCUS_DELAY_MS } from './shell/lockdown';
import { MAINTENANCE_CSS, MAINTENANCE_CSS_PATH, MAINTENANCE_HTML, MAINTENANCE_PATH } from './shell/maintenance-page';
import { APP_ORIGIN, isAppUrl } from './shell/navigation-policy';
import { isPortalCall, PortalController } from './shell/portal-controller';
import { createElectronPortalHost } from './shell/portal-view';
import { RendererSupervisor } from './shell/renderer-supervisor';
import { lockDownSession } from './shell/session-lockdown';
import { startWatchdog } from './shell/watchdog-host';
import { relaunchWaitPid, waitForExit } from './shell/watchdog';
import { displayWindowOptions, kioskWindowOptions, staffWindowOptions } from './shell/window-options';

// The Electron shell: lifecycle, windows, lockdown, self-healing, IPC binding. Logic lives in shell/ and host/.

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const production = app.isPackaged || process.env.KIOSK_PRODUCTION === '1';
const roles = new Map<number, WindowRole>();
let core: KioskCore | null = null;
let quitting = false;

// Contents the shell did not create itself get the strictest policy (there should be none: new
// windows and <webview> are refused everywhere); the shell's own windows and views replace it below.
app.on('web-contents-created', (_e, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void boot().catch((e: Error) => {
  console.error(`[shell] the kiosk could not start: ${e.message}`);
  app.exit(1);
});

async function boot(): Promise<void> {
  // Started by the watchdog after it killed a hung instance: wait for that one to be gone first.
  const oldPid = relaunchWaitPid(process.argv);
  if (oldPid) await waitForExit(oldPid, isAlive, (ms) => new Promise((r) => setTimeout(r, ms)));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();

  const loaded = loadKioskConfig();
  if (!loaded) return;
  const { logger, sink } = openKioskLog(loaded.config.dataDir);
  captureConsole(logger);
  app.on('will-quit', () => sink.close());

  const keyWrapper = keystoreWrapper(safeStorage);
  keepYoungGenerationSmall();
  core = await startKioskCore(loaded, { runtime: 'electron', osPrinter: createOsSlipPrinter(), ...(keyWrapper ? { keyWrapper } : {}) });
  const maintenance = core.module<MaintenanceModule>('maintenance');
  const reopener = new DeviceReopener(() => [core!.devices.cardReader, core!.devices.scanner], { log: (m) => logger.warn('health', m) });

  // Core exceptions: logged (no dialog) and the devices reopened in case one was left half-open.
  handleCoreExceptions({ log: (e) => logger.error('core', 'uncaught exception', e), reopener });
  powerMonitor.on('resume', () => setTimeout(() => void reopener.reopen('resume'), 2_000));
  if (production) startWatchdog({ logDir: join(loaded.config.dataDir, 'logs'), supervised: process.env.KIOSK_SUPERVISED === '1', log: (m) => logger.warn('watchdog', m), quitting: () => quitting });

  const rendererDir = join(packageRootFrom(__dirname), 'dist', 'renderer');
  serveApp(rendererDir);
  lockDownSession(session.defaultSession, 'app', (m) => logger.warn('security', m));

  const faces = shellFaces(loaded.config.faces);
  const portal = faces.kioskWindow ? openKioskWindow(maintenance, loaded, logger) : null;

  ipcMain.handle('kiosk:call', async (event, name: unknown, input: unknown) => {
    const role = roles.get(event.sender.id);
    const decision = guardIpcCall({ frameUrl: event.senderFrame?.url, isMainFrame: event.senderFrame === event.sender.mainFrame, role }, name, input);
    if (!decision.ok) {
      logger.warn('security', `refused IPC ${String(name).slice(0, 100)} from ${role ?? 'unknown'}: ${decision.code}`);
      return { ok: false, error: { code: decision.code, ...(decision.issues ? { issues: decision.issues } : {}) } };
    }
    // The embedded portal lives in the shell; everything else is the core's.
    if (isPortalCall(name as string)) {
      if (!portal) return { ok: false, error: { code: 'portal.unavailable' } };
      return portal.handle(name as Parameters<PortalController['handle']>[0], decision.input as Record<string, unknown>);
    }
    return core!.dispatch(name as string, decision.input, { grants: decision.grants, origin: `ipc:${role}` });
  });

  for (const role of faces.screenWindows) manageScreenWindow(role, loaded.config.faces[role]);
  // Lobby TVs on the ward network fetch /display from the core's local server, as in browser mode; its
  // full faces stay loopback-only behind a launch token that is never shown (peer-policy.ts).
  if (faces.lanServer) {
    const plan = listenPlan(loaded.config);
    const server = await startLocalServer(core, { rendererDir, ...plan.faces, display: plan.display });
    logger.info('shell', `lobby displays on the ward network: ${server.lanDisplay?.url ?? server.url('display')}`);
    app.on('will-quit', () => void server.close());
  }
}

/** The citizen's kiosk window and the embedded portal that lives in it; returns the portal's controller. */
function openKioskWindow(maintenance: MaintenanceModule | undefined, loaded: LoadedConfig, logger: Logger): PortalController {
  const kiosk = createWindow('kiosk', `${APP_ORIGIN}/citizen`, maintenance);
  app.on('second-instance', () => kiosk.focus());
  const portal: PortalController = new PortalController(
    createElectronPortalHost({
      window: kiosk,
      production,
      controller: (): PortalController => portal,
      sessionActive: () => core!.sessions.state().state === 'active',
      log: (m) => logger.warn('portal', m),
    }),
    loaded.config.portal.allowlist,
  );
  core!.events.subscribe(['citizen'], (name, payload) => {
    if (name === 'session.wiped') void portal.wipe().finally(() => clipboard.clear());
    // The idle warning must not sit under the native portal view.
    if (name === 'session.idleWarning') portal.cover(true);
    if (name === 'session.changed') portal.cover((payload as { warningSecondsLeft?: number }).warningSecondsLeft !== undefined);
  });
  // A reloaded face starts from its attract screen: no portal view left floating over it.
  kiosk.webContents.on('render-process-gone', () => void portal.handle('portal.close', {}));
  return portal;
}

/** Finds the configuration outside the app folder (seeding it on first start) and applies the data folder. */
function loadKioskConfig(): LoadedConfig | null {
  const where = kioskLocations({ platform: process.platform, packaged: app.isPackaged, env: process.env, resourcesPath: process.resourcesPath, packageRoot: packageRootFrom(__dirname) });
  if (where.seedFrom && !existsSync(where.configFile) && existsSync(where.seedFrom)) {
    try {
      cpSync(where.seedFrom, dirname(where.configFile), { recursive: true, errorOnExist: false, force: false });
    } catch (e) {
      console.error(`[shell] cannot create ${where.configFile}: ${(e as Error).message}`);
    }
  }
  const loaded = loadConfig(where.configFile);
  if (!loaded.ok) {
    console.error(`${where.configFile}: the kiosk will not start:\n  ${loaded.problems.join('\n  ')}`);
    app.exit(1);
    return null;
  }
  const dataDir = where.dataDirOverride;
  return dataDir ? { ...loaded.value, config: { ...loaded.value.config, dataDir } } : loaded.value;
}

/** The renderer (and the maintenance screen) under app://kiosk, with the strict CSP on every answer. */
function serveApp(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'kiosk') return new Response('Not found', { status: 404 });
    if (url.pathname === MAINTENANCE_PATH) return new Response(MAINTENANCE_HTML, { headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } });
    if (url.pathname === MAINTENANCE_CSS_PATH) return new Response(MAINTENANCE_CSS, { headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/css; charset=utf-8' } });
    const f = await readStatic(rendererDir, url.pathname);
    if (!f) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(f.body), { headers: { ...SECURITY_HEADERS, 'Content-Type': f.type } });
  });
}

function createWindow(role: WindowRole, url: string, maintenance: MaintenanceModule | undefined, bounds?: Electron.Rectangle): BrowserWindow {
  const preloadPath = join(__dirname, 'preload.cjs');
  const placed = { preloadPath, production, ...(bounds ? { bounds } : {}) };
  const options = role === 'kiosk' ? kioskWindowOptions(placed) : role === 'display' ? displayWindowOptions(placed) : staffWindowOptions(placed);
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      ...(role === 'display' ? DISPLAY_WINDOW_NEEDS.webPreferences : {}),
      // Restated at the construction site, where reviewers and the security scan look: these never vary.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const wc = win.webContents;
  const id = wc.id;
  roles.set(id, role);
  win.removeMenu();
  lockDownContents(wc, {
    production,
    disablePrint: false,
    mayNavigate: isAppUrl,
    ...(role === 'display' ? { extraCss: DISPLAY_WINDOW_NEEDS.hideCursorCss } : {}),
    log: (m) => console.warn(`[security] ${role}: ${m}`),
  });
  win.once('ready-to-show', () => (role === 'display' ? win.showInactive() : win.show()));
  win.on('closed', () => roles.delete(id));
  const unsubscribe = core!.events.subscribe(role === 'display' ? ['display'] : ['display', 'citizen', 'staff', 'admin'], (name, payload) => {
    if (!win.isDestroyed()) win.webContents.send('kiosk:event', name, payload);
  });
  win.on('closed', unsubscribe);

  // Self-healing: crash → reload, hang → kill then reload, too many → maintenance screen (staff reset).
  const supervisor = new RendererSupervisor(
    {
      reload: () => {
        // The reloaded face starts from its attract screen: the citizen it showed is dropped first.
        if (role === 'kiosk') core!.sessions.end('face-restarted');
        if (!win.isDestroyed()) void win.loadURL(url);
      },
      // The lobby display keeps its loop: only the kiosk face turns into the maintenance screen.
      showMaintenance: () => {
        if (role === 'kiosk') core!.sessions.end('face-restarted');
        if (!win.isDestroyed()) void win.loadURL(role === 'kiosk' ? `${APP_ORIGIN}${MAINTENANCE_PATH}` : url);
      },
      kill: () => !win.isDestroyed() && wc.forcefullyCrashRenderer(),
    },
    { recordFailure: (kind) => maintenance?.recordFailure(kind) ?? { mode: 'normal', recentFailures: 0, threshold: 1, since: null, lastFailure: null } },
  );
  wc.on('render-process-gone', (_e, details) => {
    console.warn(`[health] ${role} renderer gone: ${details.reason}`);
    if (!win.isDestroyed()) supervisor.gone(details.reason);
  });
  win.on('unresponsive', () => supervisor.unresponsive());
  win.on('responsive', () => supervisor.responsive());
  const offMaintenance = role === 'kiosk' ? maintenance?.onChange((s) => supervisor.maintenanceChanged(s)) : undefined;
  win.on('closed', () => offMaintenance?.());

  if (role === 'kiosk' && production) {
    win.setAlwaysOnTop(true, ALWAYS_ON_TOP_LEVEL);
    win.on('blur', () =>
      setTimeout(() => {
        const focused = BrowserWindow.getFocusedWindow();
        if (!win.isDestroyed() && kioskShouldReclaimFocus(focused ? (roles.get(focused.webContents.id) ?? null) : null)) {
          win.moveTop();
          win.focus();
        }
      }, REFOCUS_DELAY_MS),
    );
  }
  const start = role === 'kiosk' && maintenance?.status().mode === 'maintenance' ? `${APP_ORIGIN}${MAINTENANCE_PATH}` : url;
  supervisor.showingMaintenance = start !== url;
  void win.loadURL(start);
  return win;
}

/**
 * A face on a screen of its own (the lobby display, the staff desk screen), following screens as they
 * are plugged in and out. The display also keeps the screen awake while it is open.
 */
function manageScreenWindow(role: 'display' | 'staff', face: ScreenFaceConfig): void {
  let win: BrowserWindow | null = null;
  let blocker: number | null = null;
  const path = role === 'display' ? DISPLAY_WINDOW_NEEDS.path : STAFF_WINDOW_NEEDS.path;
  const apply = () => {
    const plan = planScreenWindow(face, screen.getAllDisplays(), screen.getPrimaryDisplay().id);
    const action = screenChangeAction(win && !win.isDestroyed() ? win.getBounds() : null, plan);
    if (action.do === 'open') {
      win = createWindow(role, `${APP_ORIGIN}${path}`, core!.module<MaintenanceModule>('maintenance'), action.bounds);
      if (role === 'display') blocker = powerSaveBlocker.start(DISPLAY_WINDOW_NEEDS.powerSaveBlocker);
      win.on('closed', () => {
        if (blocker !== null) powerSaveBlocker.stop(blocker);
        blocker = null;
        win = null;
      });
    } else if (action.do === 'move') {
      win?.setBounds(action.bounds);
    } else if (action.do === 'close') {
      win?.destroy();
    }
  };
  apply();
  screen.on('display-added', apply);
  screen.on('display-removed', apply);
  screen.on('display-metrics-changed', apply);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

app.on('before-quit', () => {
  quitting = true;
});

app.on('window-all-closed', async () => {
  await core?.stop();
  app.quit();
});

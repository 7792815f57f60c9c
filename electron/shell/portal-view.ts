import { BrowserWindow, clipboard, session, WebContentsView } from 'electron';
import { lockDownContents } from './contents-lockdown';
import type { PortalController, PortalHost, PortalSurface } from './portal-controller';
import { lockDownSession } from './session-lockdown';
import { portalViewOptions } from './window-options';

export interface ElectronPortalHostOptions {
  readonly window: BrowserWindow;
  readonly production: boolean;
  /** The controller, for navigation decisions and redirected window.open calls (set after construction). */
  readonly controller: () => PortalController;
  sessionActive(): boolean;
  log(message: string): void;
}

/**
 * The Electron side of the embedded portal: a WebContentsView over the kiosk face, with no preload (no
 * `window.kiosk`, no IPC), sandboxed, in an in-memory partition whose permissions are all denied,
 * locked down like the kiosk window but navigating only within the portal allowlist.
 */
export function createElectronPortalHost(o: ElectronPortalHostOptions): PortalHost {
  const prepared = new Set<string>();
  return {
    create(partition): PortalSurface {
      const ses = session.fromPartition(partition, { cache: true });
      if (!prepared.has(partition)) {
        lockDownSession(ses, 'portal', o.log);
        prepared.add(partition);
      }
      const view = new WebContentsView({
        webPreferences: {
          ...portalViewOptions({ partition, production: o.production }).webPreferences,
          // Restated at the construction site, where reviewers and the security scan look.
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
        },
      });
      const wc = view.webContents;
      lockDownContents(wc, {
        production: o.production,
        disablePrint: true,
        mayNavigate: (url) => o.controller().mayNavigate(url),
        openedWindow: (url) => o.controller().openedWindow(url),
        log: o.log,
      });
      wc.on('render-process-gone', () => o.log('portal view renderer gone; the citizen may open it again'));
      o.window.contentView.addChildView(view);
      return {
        load: (url) => wc.loadURL(url),
        setBounds: (b) => view.setBounds(b),
        setVisible: (visible) => view.setVisible(visible),
        currentUrl: () => (wc.isDestroyed() ? '' : wc.getURL()),
        async type(step) {
          if ('text' in step) return wc.insertText(step.text);
          wc.sendInputEvent({ type: 'keyDown', keyCode: step.key });
          wc.sendInputEvent({ type: 'keyUp', keyCode: step.key });
        },
        close() {
          if (!o.window.isDestroyed()) o.window.contentView.removeChildView(view);
          if (!wc.isDestroyed()) wc.close();
        },
      };
    },
    async clearPartition(partition) {
      const ses = session.fromPartition(partition);
      await ses.clearStorageData();
      await ses.clearCache();
      await ses.clearAuthCache();
      await ses.clearHostResolverCache();
      await ses.closeAllConnections();
    },
    clearClipboard: () => clipboard.clear(),
    contentSize() {
      const [width, height] = o.window.getContentSize();
      return { width: width ?? 0, height: height ?? 0 };
    },
    sessionActive: () => o.sessionActive(),
    log: o.log,
  };
}

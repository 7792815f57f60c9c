import { isBlockedShortcut, type KeyInput } from './blocked-shortcuts';
import { DISABLE_PRINT_SCRIPT, LOCKDOWN_CSS, VISUAL_ZOOM_LIMITS } from './lockdown';
import { describeUrlForLog } from './navigation-policy';

/** An Electron event the handler may cancel. */
export interface CancellableEvent {
  preventDefault(): void;
}

/**
 * The part of Electron's WebContents the lockdown uses, so tests can drive it with a fake. (Electron's
 * WebContents fits; main.ts passes it directly.)
 */
export interface LockableContents {
  on(event: string, listener: (...args: any[]) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  insertCSS(css: string): Promise<string>;
  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void>;
  closeDevTools(): void;
  readonly mainFrame: { readonly framesInSubtree: readonly { executeJavaScript(code: string): Promise<unknown> }[] };
}

export interface ContentsPolicy {
  /** Production: shortcuts blocked and devtools closed. */
  readonly production: boolean;
  /** Whether this page (or one of its frames) may go to `url`; checked on navigations and redirects. */
  mayNavigate(url: string): boolean;
  /** A window.open / target=_blank: no window is ever created; the caller may show the URL elsewhere. */
  openedWindow?(url: string): void;
  /** Replace window.print in every frame (remote pages; the app itself never prints through Chromium). */
  readonly disablePrint: boolean;
  /** Extra CSS for this page (e.g. the display's hidden cursor). */
  readonly extraCss?: string;
  log(message: string): void;
}

/**
 * Locks down one page (the kiosk window, the display window, the portal view): navigation, redirects
 * and frame navigations only where the policy allows; no new windows; no <webview>; no
 * "leave this page?" dialogs; the lockdown CSS (no selection outside inputs, no drag, no pinch-zoom)
 * and zoom limits on every load; no context menu; in production no shortcuts and no devtools.
 * Electron security checklist §13 (navigation) and §14 (new windows).
 */
export function lockDownContents(contents: LockableContents, policy: ContentsPolicy): void {
  const guard = (what: string) => (details: CancellableEvent & { url: string }) => {
    if (policy.mayNavigate(details.url)) return;
    details.preventDefault();
    policy.log(`${what} refused: ${describeUrlForLog(details.url)}`);
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    policy.log(`new window refused: ${describeUrlForLog(url)}`);
    policy.openedWindow?.(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event: CancellableEvent) => event.preventDefault());
  contents.on('will-prevent-unload', (event: CancellableEvent) => event.preventDefault());
  contents.on('context-menu', (event: CancellableEvent) => event.preventDefault());
  contents.on('dom-ready', () => {
    void contents.insertCSS(LOCKDOWN_CSS + (policy.extraCss ?? '')).catch(() => undefined);
    void contents.setVisualZoomLevelLimits(VISUAL_ZOOM_LIMITS.minimum, VISUAL_ZOOM_LIMITS.maximum).catch(() => undefined);
  });
  if (policy.disablePrint) {
    contents.on('did-frame-finish-load', () => {
      for (const frame of contents.mainFrame.framesInSubtree) void frame.executeJavaScript(DISABLE_PRINT_SCRIPT).catch(() => undefined);
    });
  }
  if (policy.production) {
    contents.on('before-input-event', (event: CancellableEvent, input: KeyInput) => {
      if (isBlockedShortcut(input)) event.preventDefault();
    });
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

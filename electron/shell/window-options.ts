/**
 * BrowserWindow options for the kiosk and display windows, as plain data so unit tests can check the
 * Electron security checklist (electronjs.org/docs/latest/tutorial/security) without Electron.
 */
export interface WindowOptionsInput {
  readonly preloadPath: string;
  readonly production: boolean;
  /** Display window placement on a second screen, in screen coordinates. */
  readonly bounds?: { x: number; y: number; width: number; height: number };
}

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  // Middle-click (auxclick) would open links as new windows outside setWindowOpenHandler's reach in
  // older Electron; disabling the feature closes that path for good (Electron security checklist §14).
  disableBlinkFeatures: 'Auxclick',
} as const;

export function kioskWindowOptions(input: WindowOptionsInput) {
  return {
    show: false,
    backgroundColor: '#0b3d2e',
    autoHideMenuBar: true,
    kiosk: input.production,
    fullscreen: input.production,
    alwaysOnTop: input.production,
    // A member of the public must not be able to move, shrink, hide or close the kiosk window.
    movable: !input.production,
    resizable: !input.production,
    minimizable: !input.production,
    maximizable: !input.production,
    closable: !input.production,
    skipTaskbar: input.production,
    width: 1280,
    height: 800,
    title: 'Ki-ốt dịch vụ công',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: input.preloadPath, devTools: !input.production },
  };
}

export function displayWindowOptions(input: WindowOptionsInput) {
  return {
    ...kioskWindowOptions(input),
    alwaysOnTop: false,
    focusable: false,
    ...(input.bounds ?? {}),
    kiosk: false,
    fullscreen: true,
    title: 'Bảng thông tin dịch vụ công',
  };
}

/**
 * The staff desk screen: fullscreen on its own monitor, focusable (PIN pad, typing), never on top of
 * the kiosk and never in kiosk mode (staff may need the OS on that screen, e.g. to save a report).
 */
export function staffWindowOptions(input: WindowOptionsInput) {
  return {
    ...kioskWindowOptions(input),
    alwaysOnTop: false,
    ...(input.bounds ?? {}),
    kiosk: false,
    fullscreen: input.production,
    title: 'Ki-ốt dịch vụ công — Cán bộ',
  };
}

/**
 * The embedded portal view (a WebContentsView inside the kiosk window): a remote government site,
 * so the strictest settings and NO preload (it must never reach `window.kiosk`), in an in-memory
 * partition of its own ("portal-<n>" without the "persist:" prefix) that is cleared at session end.
 */
export function portalViewOptions(input: { partition: string; production: boolean }) {
  if (input.partition.startsWith('persist:')) throw new Error('the portal partition must not be persistent');
  return {
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      partition: input.partition,
      devTools: !input.production,
      javascript: true,
      images: true,
      autoplayPolicy: 'document-user-activation-required' as const,
    },
  };
}

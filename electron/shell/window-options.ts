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
} as const;

export function kioskWindowOptions(input: WindowOptionsInput) {
  return {
    show: false,
    backgroundColor: '#0b3d2e',
    autoHideMenuBar: true,
    kiosk: input.production,
    fullscreen: input.production,
    alwaysOnTop: input.production,
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

/**
 * Lockdown beyond Electron's `kiosk` flag (which on Windows and Linux only makes the window
 * fullscreen). These are plain data so the shell applies them and tests read them; the OS side
 * (Assigned Access, a kiosk session) is in docs/operations.md.
 */

/**
 * Injected into every page of the kiosk window and the portal view (insertCSS is not subject to the
 * page's CSP). No text selection outside inputs, no long-press callout, no dragging of links and
 * images, no pinch-zoom (touch-action without pinch-zoom; the effective value intersects up the
 * tree, so setting it on the root covers every element), no rubber-band overscroll.
 */
export const LOCKDOWN_CSS = `
html, body { -webkit-user-select: none !important; user-select: none !important; -webkit-touch-callout: none !important;
  touch-action: pan-x pan-y !important; overscroll-behavior: none !important; }
input, textarea, [contenteditable=""], [contenteditable="true"] { -webkit-user-select: text !important; user-select: text !important; }
a, img, svg { -webkit-user-drag: none !important; }
`;

/**
 * Pinch-zoom limits for `webContents.setVisualZoomLevelLimits` (1, 1 = no visual zoom), applied
 * together with the blocked zoom shortcuts (see blocked-shortcuts.ts).
 */
export const VISUAL_ZOOM_LIMITS = { minimum: 1, maximum: 1 } as const;

/**
 * Replaces `window.print` in the portal's frames: a print dialog offers "Save as PDF", which opens a
 * file chooser onto the kiosk's disk. No flow prints through the browser (receipts go to the ESC/POS
 * printer from the core), so printing is simply off. Run in the page's main world on each frame load.
 */
export const DISABLE_PRINT_SCRIPT = `try { Object.defineProperty(window, 'print', { value: function print() {}, writable: false, configurable: false }); } catch (e) {}`;

/** After the kiosk window loses focus (a dialog of the OS, a stray window), it takes focus back after this long. */
export const REFOCUS_DELAY_MS = 300;

/** The always-on-top level: above the taskbar and notification toasts on Windows and most Linux WMs. */
export const ALWAYS_ON_TOP_LEVEL = 'screen-saver' as const;

import { isAppUrl } from './navigation-policy';

/** Who asks: the app's own pages in the kiosk or display window, or a page in the embedded portal view. */
export type PermissionRequester = 'app' | 'portal';

/**
 * Electron permission decisions (session.setPermissionRequestHandler / setPermissionCheckHandler):
 * deny everything — camera, microphone, geolocation, notifications, MIDI, HID/serial/USB, pointer
 * lock, fullscreen, external protocols (mailto:, tel:, which would start another program), clipboard
 * reading — with one exception: the app's own kiosk face may WRITE to the clipboard (the citizen
 * copies their card data into a portal form; session end clears it again). The portal gets nothing.
 */
export function isPermissionGranted(requester: PermissionRequester, permission: string, requestingUrl: string | undefined): boolean {
  if (requester !== 'app') return false;
  if (!requestingUrl || !isAppUrl(requestingUrl)) return false;
  return permission === 'clipboard-sanitized-write';
}

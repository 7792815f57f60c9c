import { isPermissionGranted, type PermissionRequester } from './permission-policy';

/** The part of Electron's Session the lockdown uses (Electron's Session fits; tests pass a fake). */
export interface LockableSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string, details: { requestingUrl?: string }) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  on(event: string, listener: (...args: any[]) => void): unknown;
}

/**
 * Permission and download policy of one session (the default session of the app's windows, or a
 * portal partition): every permission request and check goes through isPermissionGranted (deny all
 * but the kiosk face's clipboard write), device access (HID, serial, USB) is denied to web pages —
 * the core owns the devices — and downloads are cancelled (a download would open a save dialog onto
 * the kiosk's disk). Electron security checklist §5 (permission requests).
 */
export function lockDownSession(session: LockableSession, requester: PermissionRequester, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) => {
    const granted = isPermissionGranted(requester, permission, details.requestingUrl);
    if (!granted) log(`permission refused: ${permission} for ${requester}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_wc, permission, _origin, details) => isPermissionGranted(requester, permission, details.requestingUrl));
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event: { preventDefault(): void }) => {
    event.preventDefault();
    log(`download refused for ${requester}`);
  });
}

import type { KioskClient } from '../../../electron/api/contract';
import type { Face } from '../../../electron/api/kiosk';
import { createIpcClient, type PreloadBridge } from './ipc-client';
import { createWsClient } from './ws-client';

const TOKEN_KEY = 'kiosk.launchToken';

/**
 * Chooses the transport at start: Electron's preload bridge when present, else the core's WebSocket.
 * The launch token arrives in the URL fragment (#k=…); it is kept in sessionStorage and removed from
 * the address so it is never shown on screen.
 */
export function pickClient(face: Face, w: Window = window): KioskClient {
  const bridge = (w as unknown as { kiosk?: PreloadBridge }).kiosk;
  if (bridge) return createIpcClient(bridge);
  const fromHash = new URLSearchParams(w.location.hash.slice(1)).get('k');
  if (fromHash) {
    w.sessionStorage.setItem(TOKEN_KEY, fromHash);
    w.history.replaceState(null, '', w.location.pathname + w.location.search);
  }
  const token = w.sessionStorage.getItem(TOKEN_KEY);
  const scheme = w.location.protocol === 'https:' ? 'wss' : 'ws';
  const params = new URLSearchParams({ face });
  if (token && face !== 'display') params.set('k', token);
  return createWsClient(`${scheme}://${w.location.host}/api?${params}`);
}

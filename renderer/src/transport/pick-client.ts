import type { KioskClient } from '../../../electron/api/contract';
import type { Face } from '../../../electron/api/kiosk';
import { createIpcClient, type PreloadBridge } from './ipc-client';
import { createWsClient } from './ws-client';

/**
 * Chooses the transport: Electron's preload bridge when present, else the core's WebSocket with the
 * launch token that establishLaunch (launch-session.ts) got for this tab; the display needs none.
 */
export function pickClient(face: Face, token: string | null, w: Window = window): KioskClient {
  const bridge = (w as unknown as { kiosk?: PreloadBridge }).kiosk;
  if (bridge) return createIpcClient(bridge);
  const scheme = w.location.protocol === 'https:' ? 'wss' : 'ws';
  const params = new URLSearchParams({ face });
  if (token && face !== 'display') params.set('k', token);
  return createWsClient(`${scheme}://${w.location.host}/api?${params}`);
}

/** True in Electron, where the preload bridge carries the calls and no launch token is needed. */
export const hasBridge = (w: Window = window): boolean => (w as unknown as { kiosk?: unknown }).kiosk !== undefined;

import WebSocket from 'ws';
import type { RunningKiosk } from './kiosk-process';

/**
 * One call to the running core over a fresh WebSocket, as the given face would make it (citizen and
 * staff carry the launch token from the launch file; display carries none). Resolves with the
 * contract's result `{ ok, value } | { ok: false, error }`.
 */
export async function apiCall(kiosk: RunningKiosk, face: 'citizen' | 'staff' | 'display', name: string, input: unknown): Promise<any> {
  const token = kiosk.launchToken;
  const query = face === 'display' ? 'face=display' : `face=${face}&k=${encodeURIComponent(token)}`;
  const ws = new WebSocket(`ws://127.0.0.1:${kiosk.port}/api?${query}`, { headers: { Origin: `http://127.0.0.1:${kiosk.port}` } });
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: no answer`)), 10_000);
      ws.on('message', (data) => {
        const m = JSON.parse(String(data)) as { t: string; id?: number; result?: unknown };
        if (m.t === 'result' && m.id === 1) {
          clearTimeout(timer);
          resolve(m.result);
        }
      });
      ws.once('error', reject);
      ws.send(JSON.stringify({ t: 'call', id: 1, name, input }));
    });
  } finally {
    ws.close();
  }
}

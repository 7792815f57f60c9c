import type { CallInput, CallName, CallOutput, EventName, EventPayload, KioskClient } from '../../../electron/api/contract';
import type { ApiResult } from '../../../electron/api/define';
import type { ServerMessage } from '../../../electron/api/wire';

type Pending = { resolve: (r: ApiResult<unknown>) => void };

/**
 * The contract over the core's WebSocket (browser mode and LAN displays). Reconnects by itself with
 * backoff; calls made while disconnected resolve with the error code "transport.disconnected".
 */
export function createWsClient(url: string, options: { maxBackoffMs?: number } = {}): KioskClient {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const connectionListeners = new Set<(c: boolean) => void>();
  let socket: WebSocket | null = null;
  let connected = false;
  let nextId = 1;
  let backoff = 250;
  const queue: string[] = [];

  const setConnected = (c: boolean) => {
    if (c === connected) return;
    connected = c;
    connectionListeners.forEach((l) => l(c));
  };

  function connect() {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      backoff = 250;
      setConnected(true);
      queue.splice(0).forEach((m) => ws.send(m));
    };
    ws.onmessage = (e) => {
      let msg: ServerMessage;
      try {
        msg = JSON.parse(String(e.data)) as ServerMessage;
      } catch {
        return;
      }
      if (msg.t === 'result') {
        pending.get(msg.id)?.resolve(msg.result as ApiResult<unknown>);
        pending.delete(msg.id);
      } else if (msg.t === 'event') {
        listeners.get(msg.name)?.forEach((l) => l(msg.payload));
      }
    };
    ws.onclose = () => {
      socket = null;
      setConnected(false);
      for (const [id, p] of pending) {
        p.resolve({ ok: false, error: { code: 'transport.disconnected' } });
        pending.delete(id);
      }
      setTimeout(connect, backoff);
      backoff = Math.min(backoff * 2, options.maxBackoffMs ?? 5000);
    };
  }
  connect();

  return {
    call<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>> {
      const id = nextId++;
      const text = JSON.stringify({ t: 'call', id, name, input });
      return new Promise((resolve) => {
        pending.set(id, { resolve: resolve as Pending['resolve'] });
        if (socket && connected) socket.send(text);
        else queue.push(text);
      });
    },
    subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(connected);
      return () => connectionListeners.delete(listener);
    },
  };
}

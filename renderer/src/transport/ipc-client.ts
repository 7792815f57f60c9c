import type { CallInput, CallName, CallOutput, EventName, EventPayload, KioskClient } from '../../../electron/api/contract';
import type { ApiResult } from '../../../electron/api/define';

/** What electron/preload.ts exposes: one function per call and per event, nothing raw. */
export interface PreloadBridge {
  readonly calls: Record<string, (input: unknown) => Promise<unknown>>;
  readonly events: Record<string, (listener: (payload: unknown) => void) => () => void>;
}

/** The contract over Electron IPC, through the preload's named verbs. IPC is always connected. */
export function createIpcClient(bridge: PreloadBridge): KioskClient {
  return {
    async call<N extends CallName>(name: N, input: CallInput<N>) {
      const verb = bridge.calls[name];
      if (!verb) return { ok: false, error: { code: 'api.unknown-call' } } as ApiResult<CallOutput<N>>;
      return (await verb(input)) as ApiResult<CallOutput<N>>;
    },
    subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      const verb = bridge.events[name];
      return verb ? verb(listener as (p: unknown) => void) : () => {};
    },
    onConnection(listener) {
      listener(true);
      return () => {};
    },
  };
}

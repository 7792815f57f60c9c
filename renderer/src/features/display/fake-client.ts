import type { CallName, EventName, KioskClient } from '../../../../electron/api/contract';
import type { ApiResult } from '../../../../electron/api/define';

/**
 * A KioskClient for component tests: answers calls from a table, lets the test push events and
 * flip the connection, and records every call made.
 */
export function createFakeClient(answers: Partial<Record<CallName, (input: unknown) => ApiResult<unknown>>>) {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const connection = new Set<(c: boolean) => void>();
  let connected = true;
  const calls: { name: CallName; input: unknown }[] = [];
  const client: KioskClient = {
    call: (async (name: CallName, input: unknown) => {
      calls.push({ name, input });
      if (!connected) return { ok: false, error: { code: 'transport.disconnected' } };
      return answers[name]?.(input) ?? { ok: false, error: { code: 'api.not-available' } };
    }) as KioskClient['call'],
    subscribe: ((name: EventName, l: (p: unknown) => void) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(l);
      return () => set.delete(l);
    }) as KioskClient['subscribe'],
    onConnection(l) {
      connection.add(l);
      l(connected);
      return () => connection.delete(l);
    },
  };
  return {
    client,
    calls,
    emit(name: EventName, payload: unknown) {
      listeners.get(name)?.forEach((l) => l(payload));
    },
    setConnected(c: boolean) {
      connected = c;
      connection.forEach((l) => l(c));
    },
  };
}

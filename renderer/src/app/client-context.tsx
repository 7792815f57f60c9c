import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { EventName, EventPayload, KioskClient } from '../../../electron/api/contract';

const ClientContext = createContext<KioskClient | null>(null);

export function ClientProvider({ client, children }: { client: KioskClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): KioskClient {
  const c = useContext(ClientContext);
  if (!c) throw new Error('useClient outside ClientProvider');
  return c;
}

/** Subscribes to a core event for the component's lifetime. */
export function useEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): void {
  const client = useClient();
  useEffect(() => client.subscribe(name, listener), [client, name, listener]);
}

export function useConnected(): boolean {
  const client = useClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => client.onConnection(setConnected), [client]);
  return connected;
}

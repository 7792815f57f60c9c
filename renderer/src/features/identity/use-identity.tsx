import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { IdentityState } from '../../../../electron/api/identity';
import { useClient, useEvent } from '../../app/client-context';

export const NO_IDENTITY: IdentityState = {
  consent: 'not-asked',
  pendingIdentification: false,
  cardPresent: false,
  identity: null,
  read: { state: 'idle' },
};

export interface IdentityApi {
  readonly state: IdentityState;
  /** Consent screen answer; resolves to the new state (or null when the core refused the call). */
  consent(given: boolean): Promise<IdentityState | null>;
  /** The 12-digit ID from the keypad; resolves to an error code when refused. */
  enterId(idNumber: string): Promise<string | null>;
  readCard(): Promise<void>;
  cancelRead(): Promise<void>;
}

const IdentityContext = createContext<IdentityApi | null>(null);

/**
 * The citizen's identification as the core holds it (the face keeps a copy for display only, and
 * drops it with the flow on wipe). One provider per citizen flow: remounting it clears everything.
 */
export function IdentityProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [state, setState] = useState<IdentityState>(NO_IDENTITY);

  useEffect(() => {
    let live = true;
    void client.call('identity.get', {}).then((r) => live && r.ok && setState(r.value));
    return () => {
      live = false;
    };
  }, [client]);
  useEvent('identity.changed', useCallback((s: IdentityState) => setState(s), []));

  const consent = useCallback(async (given: boolean) => {
    const r = await client.call('identity.consent', { given });
    if (!r.ok) return null;
    setState(r.value);
    return r.value;
  }, [client]);
  const enterId = useCallback(async (idNumber: string) => {
    const r = await client.call('identity.enterId', { idNumber });
    if (!r.ok) return r.error.code;
    setState(r.value);
    return null;
  }, [client]);
  const readCard = useCallback(async () => {
    const r = await client.call('identity.readCard', { photo: false });
    if (r.ok) setState(r.value);
  }, [client]);
  const cancelRead = useCallback(async () => {
    const r = await client.call('identity.cancelRead', {});
    if (r.ok) setState(r.value);
  }, [client]);

  const api = useMemo(() => ({ state, consent, enterId, readCard, cancelRead }), [state, consent, enterId, readCard, cancelRead]);
  return <IdentityContext.Provider value={api}>{children}</IdentityContext.Provider>;
}

export function useIdentity(): IdentityApi {
  const api = useContext(IdentityContext);
  if (!api) throw new Error('useIdentity outside IdentityProvider');
  return api;
}

/** The identity when it can be used to fill forms: present and not from a damaged QR. */
export function usableIdentity(state: IdentityState) {
  return state.identity && state.identity.integrity === 'ok' ? state.identity : null;
}

import { useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../../electron/api/contract';
import { useClient } from '../../app/client-context';

export interface CallState<T> {
  readonly value: T | null;
  /** The api error code when the core refused; null while loading or on success. */
  readonly error: string | null;
  readonly loading: boolean;
}

/**
 * Makes one read-only call and keeps its answer; calls again when the input changes (compared as
 * JSON). A late answer to an older input is dropped, so fast typing never shows stale results.
 */
export function useCall<N extends CallName>(name: N, input: CallInput<N> | null): CallState<CallOutput<N>> {
  const client = useClient();
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<CallState<CallOutput<N>>>({ value: null, error: null, loading: input !== null });
  useEffect(() => {
    if (key === null) {
      setState({ value: null, error: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void client.call(name, JSON.parse(key) as CallInput<N>).then((r) => {
      if (!live) return;
      setState(r.ok ? { value: r.value, error: null, loading: false } : { value: null, error: r.error.code, loading: false });
    });
    return () => {
      live = false;
    };
  }, [client, name, key]);
  return state;
}

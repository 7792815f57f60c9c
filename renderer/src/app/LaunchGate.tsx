import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LaunchFace } from '../../../electron/api/launch';
import { establishLaunch, type LaunchState } from '../transport/launch-session';
import { LaunchProblem, LaunchWaiting } from './LaunchProblem';

/** How often a tab that cannot reach the core asks again. */
const RETRY_MS = 2000;

/**
 * Renders the face only with a launch token the core accepts; otherwise says why in words (never a
 * face that looks ready but is dead). While the core does not answer, asks again every RETRY_MS; the
 * face calls `recheck` when its socket comes back after a drop, so a tab left open across a core
 * restart recovers by itself, or says that its token is no longer the core's (issue 13, item 2).
 */
export function LaunchGate({ face, children }: { face: LaunchFace; children: (token: string, recheck: () => void) => ReactNode }) {
  const [state, setState] = useState<LaunchState | null>(null);
  const busy = useRef(false);
  const recheck = useRef<() => void>(() => {});

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      if (busy.current) return;
      busy.current = true;
      const next = await establishLaunch(face);
      busy.current = false;
      if (stopped) return;
      // Keep the face mounted while the token is the same (a new state object would rebuild its client).
      setState((prev) => (prev?.kind === 'ready' && next.kind === 'ready' && prev.token === next.token ? prev : next));
      if (next.kind === 'unreachable') timer = setTimeout(() => void check(), RETRY_MS);
    };
    recheck.current = () => void check();
    void check();
    // A new code put in the address of this very tab (same page, only the fragment changes: no reload).
    const onHash = () => new URLSearchParams(window.location.hash.slice(1)).has('c') && void check();
    window.addEventListener('hashchange', onHash);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('hashchange', onHash);
    };
  }, [face]);

  if (state === null) return <div className="face" aria-busy="true" />;
  if (state.kind === 'ready') return <>{children(state.token, () => recheck.current())}</>;
  if (state.kind === 'unreachable') return <LaunchWaiting />;
  return <LaunchProblem face={face} reason={state.kind === 'no-token' ? 'no-token' : state.reason} />;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionState } from '../../../../electron/api/session';
import { useClient, useEvent } from '../../app/client-context';

/**
 * The face's view of the core's citizen session: its state, the idle-warning countdown, activity
 * reporting (throttled), and the wipe. On wipe every listener passed in `onWiped` clears its state.
 */
export function useCitizenSession(onWiped: () => void) {
  const client = useClient();
  const [session, setSession] = useState<SessionState>({ state: 'idle' });
  const [warning, setWarning] = useState<number | null>(null);
  const lastActivity = useRef(0);

  useEffect(() => {
    // A face that (re)starts shows the attract screen and holds nothing of a citizen. A session the core
    // started before this page was loaded belongs to a screen that is gone (a reload, a renderer crash,
    // staff who navigated here): end it, so the next person to touch the screen cannot walk into that
    // citizen's identity. One started since (a QR scanned while the page loaded) is this face's own.
    void client.call('session.get', {}).then((r) => {
      if (!r.ok) return;
      if (startedBeforeThisPage(r.value)) void client.call('session.end', { reason: 'face-restarted' });
      else setSession(r.value);
    });
  }, [client]);

  useEvent('session.changed', useCallback((s: SessionState) => {
    setSession(s);
    if (s.state !== 'active' || s.warningSecondsLeft === undefined) setWarning(null);
  }, []));
  useEvent('session.idleWarning', useCallback(({ secondsLeft }: { secondsLeft: number }) => setWarning(secondsLeft), []));
  useEvent('session.wiped', useCallback(() => {
    setWarning(null);
    // The clipboard may hold a copied ID number or name: overwrite it (privacy.md §1).
    void navigator.clipboard?.writeText('').catch(() => undefined);
    onWiped();
  }, [onWiped]));

  const start = useCallback(async () => {
    const r = await client.call('session.start', {});
    if (r.ok) setSession(r.value);
  }, [client]);

  const end = useCallback(async () => {
    await client.call('session.end', { reason: 'finished' });
  }, [client]);

  const moreTime = useCallback(async () => {
    setWarning(null);
    await client.call('session.activity', {});
  }, [client]);

  /** Touches and keys count as activity, reported at most every 5 s and never while the warning shows. */
  const activity = useCallback(() => {
    if (session.state !== 'active' || warning !== null) return;
    const now = Date.now();
    if (now - lastActivity.current < 5000) return;
    lastActivity.current = now;
    void client.call('session.activity', {});
  }, [client, session.state, warning]);

  return { session, warning, start, end, moreTime, activity };
}

/** Whether a running session began before this page's navigation (same machine, same clock). */
export function startedBeforeThisPage(s: SessionState, pageStart: number = performance.timeOrigin): boolean {
  return s.state === 'active' && Date.parse(s.startedAt) < pageStart;
}

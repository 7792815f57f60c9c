import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../../electron/api/contract';
import type { ApiResult } from '../../../../electron/api/define';
import type { SignInResult, StaffAccountTile } from '../../../../electron/api/staff';
import { useClient } from '../../app/client-context';

export interface StaffSession {
  readonly token: string;
  readonly account: StaffAccountTile;
  readonly inactivitySeconds: number;
  readonly mustChangePin: boolean;
}

/** Calls that carry the staff token: their input without it. */
type TokenCall = { [N in CallName]: CallInput<N> extends { token: string } ? N : never }[CallName];
export type StaffCall = <N extends TokenCall>(name: N, input: Omit<CallInput<N>, 'token'>) => Promise<ApiResult<CallOutput<N>>>;

/** Screen activity is reported to the core at most this often (it keeps the core's session alive). */
const TOUCH_EVERY_MS = 20_000;
/** Why the screen was signed out by the core, shown on the sign-in screen. */
export type StaffNotice = 'idle' | 'locked' | null;

/** The last seconds before the automatic sign-out show a countdown. */
export const IDLE_WARNING_SECONDS = 30;

/**
 * The signed-in staff member on this screen: the token (memory only, never stored), a `call` that adds
 * it, the inactivity sign-out mirrored from the core (the core enforces it too), and activity reporting.
 * Any 'staff.signed-out' or 'staff.locked-out' answer signs the screen out.
 */
export function useStaffSession(now: () => number = Date.now) {
  const client = useClient();
  const [session, setSession] = useState<StaffSession | null>(null);
  const [notice, setNotice] = useState<StaffNotice>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastActivity = useRef(now());
  const lastTouch = useRef(0);
  const tokenRef = useRef<string | null>(null);
  tokenRef.current = session?.token ?? null;

  const drop = useCallback((why: StaffNotice) => {
    // At once, not at the next render: a timer tick or a late answer must not sign out twice.
    tokenRef.current = null;
    setSession(null);
    setSecondsLeft(null);
    setNotice(why);
  }, []);

  const signedIn = useCallback((r: Extract<SignInResult, { outcome: 'signed-in' }>) => {
    lastActivity.current = now();
    lastTouch.current = now();
    setNotice(null);
    setSession({ token: r.token, account: r.account, inactivitySeconds: r.inactivitySeconds, mustChangePin: r.mustChangePin });
  }, [now]);

  const signOut = useCallback(async (why: StaffNotice = null) => {
    const token = tokenRef.current;
    drop(why);
    if (token) await client.call('staff.signOut', { token });
  }, [client, drop]);

  const call = useCallback<StaffCall>(async (name, input) => {
    const token = tokenRef.current;
    if (!token) return { ok: false, error: { code: 'staff.signed-out' } };
    const r = await client.call(name, { ...input, token } as never);
    if (!r.ok && r.error.code === 'staff.signed-out') drop('idle');
    // Too many wrong current PINs: the core locked the account and ended its sessions.
    if (!r.ok && r.error.code === 'staff.locked-out') drop('locked');
    return r as never;
  }, [client, drop]);

  const pinChanged = useCallback(() => setSession((s) => (s ? { ...s, mustChangePin: false } : s)), []);

  /** A touch or key on the staff screen. */
  const activity = useCallback(() => {
    lastActivity.current = now();
    setSecondsLeft(null);
    if (tokenRef.current && now() - lastTouch.current >= TOUCH_EVERY_MS) {
      lastTouch.current = now();
      void call('staff.touch', {});
    }
  }, [call, now]);

  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => {
      if (!tokenRef.current) return;
      const left = Math.ceil(session.inactivitySeconds - (now() - lastActivity.current) / 1000);
      if (left <= 0) void signOut('idle');
      else setSecondsLeft(left <= IDLE_WARNING_SECONDS ? left : null);
    }, 1000);
    return () => clearInterval(timer);
  }, [session, now, signOut]);

  return useMemo(
    () => ({ session, notice, secondsLeft, signedIn, signOut, call, activity, pinChanged }),
    [session, notice, secondsLeft, signedIn, signOut, call, activity, pinChanged],
  );
}

export type StaffSessionApi = ReturnType<typeof useStaffSession>;

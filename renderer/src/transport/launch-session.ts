import { LaunchResponse, type LaunchFace, type LaunchRefusal } from '../../../electron/api/launch';

export const TOKEN_KEY = 'kiosk.launchToken';

/** Where a browser-mode face stands with its launch token. */
export type LaunchState =
  | { readonly kind: 'ready'; readonly token: string }
  /** Opened from a plain address (no code) with no token kept in this tab. */
  | { readonly kind: 'no-token' }
  /** The core refused the code or the kept token. */
  | { readonly kind: 'refused'; readonly reason: LaunchRefusal }
  /** The core does not answer (stopped or restarting): try again. */
  | { readonly kind: 'unreachable' };

/**
 * Gets the launch token of this tab (api/launch.ts): exchanges a one-time code from the address
 * fragment (`#c=…`, removed from the address first so a reload cannot replay it), else confirms the
 * token this tab kept. Never trusts a kept token without asking: after a core restart with a new token
 * the face must say so instead of pretending to be ready (issue 13, item 2).
 */
export async function establishLaunch(face: LaunchFace, w: Window = window, doFetch: typeof fetch = (...a) => w.fetch(...a)): Promise<LaunchState> {
  const code = new URLSearchParams(w.location.hash.slice(1)).get('c');
  if (w.location.hash) w.history.replaceState(null, '', w.location.pathname + w.location.search);
  const kept = w.sessionStorage.getItem(TOKEN_KEY);
  if (!code && !kept) return { kind: 'no-token' };
  let answer: LaunchResponse;
  try {
    const res = await doFetch('/launch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(code ? { face, code } : { face, token: kept }),
      cache: 'no-store',
    });
    const parsed = LaunchResponse.safeParse(await res.json());
    if (!parsed.success) return { kind: 'unreachable' };
    answer = parsed.data;
  } catch {
    return { kind: 'unreachable' };
  }
  if (!answer.ok) {
    // A spent or expired code in a tab that still holds a good token (a reload of an old address) is no loss.
    if (code && kept && answer.refused !== 'forged') return establishLaunch(face, w, doFetch);
    if (!code) w.sessionStorage.removeItem(TOKEN_KEY);
    return { kind: 'refused', reason: answer.refused };
  }
  w.sessionStorage.setItem(TOKEN_KEY, answer.token);
  return { kind: 'ready', token: answer.token };
}

import { z } from 'zod';

/*
 * How a browser-mode face gets its launch token without the token ever being on a command line or in
 * a URL the browser keeps (issue 14, item 4; issue 13, item 2). Whoever opens a face (`kiosk serve
 * --open`, `kiosk open <face>`) puts a ONE-TIME CODE in the address fragment (`/citizen#c=<code>`,
 * never sent in a request). The page removes it from the address and exchanges it once, over loopback,
 * at POST /launch for the launch token, which it keeps in the tab's sessionStorage. A code is spent by
 * its first exchange and dies after LAUNCH_CODE_TTL_SECONDS anyway, so one read from `ps`, /proc or
 * the browser history is worthless. The page also asks POST /launch whether a kept token is still the
 * core's (after a restart) before it says it is ready.
 */

/** A code is worth nothing this long after it was made. */
export const LAUNCH_CODE_TTL_SECONDS = 20;

/** The faces that need the launch token (the display's read-only calls need none). */
export const LaunchFace = z.enum(['citizen', 'staff']);
export type LaunchFace = z.infer<typeof LaunchFace>;

/** POST /launch: a one-time code to exchange, or a kept token to check. */
export const LaunchRequest = z.union([
  z.strictObject({ face: LaunchFace, code: z.string().min(1).max(200) }),
  z.strictObject({ face: LaunchFace, token: z.string().min(1).max(200) }),
]);
export type LaunchRequest = z.infer<typeof LaunchRequest>;

/** Why a code or token was refused (the face turns these into words). */
export const LaunchRefusal = z.enum(['malformed', 'expired', 'spent', 'forged', 'wrong-face', 'stale-token']);
export type LaunchRefusal = z.infer<typeof LaunchRefusal>;

export const LaunchResponse = z.union([
  z.strictObject({ ok: z.literal(true), token: z.string() }),
  z.strictObject({ ok: z.literal(false), refused: LaunchRefusal }),
]);
export type LaunchResponse = z.infer<typeof LaunchResponse>;

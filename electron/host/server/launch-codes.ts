import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { LAUNCH_CODE_TTL_SECONDS, type LaunchFace, type LaunchRefusal } from '../../api/launch';

const TTL_MS = LAUNCH_CODE_TTL_SECONDS * 1000;
/** Clock difference allowed between the process that made a code (`kiosk open`) and the core. */
const SKEW_MS = 2000;

/**
 * A one-time code: `<face>.<expiry ms>.<nonce>.<mac>`, the MAC an HMAC-SHA-256 under the launch token
 * over the rest (truncated to 128 bits). Any process that can read the launch file (mode 0600, same
 * user as the core) can make one, so `kiosk open` needs no channel into the core; the core alone
 * remembers which codes were spent.
 */
export function mintLaunchCode(token: string, face: LaunchFace, nowMs: number, nonce: string = randomBytes(12).toString('base64url')): string {
  const body = `${face}.${nowMs + TTL_MS}.${nonce}`;
  return `${body}.${mac(token, body)}`;
}

const mac = (token: string, body: string) => createHmac('sha256', token).update(`kiosk-launch-code v1|${body}`).digest().subarray(0, 16).toString('base64url');

/** The core's side: checks codes and spends each one once. */
export class LaunchCodes {
  /** Spent codes by expiry, forgotten once expired (an expired code is refused anyway). */
  private readonly spent = new Map<string, number>();

  constructor(
    private readonly token: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends `code` for `face`: ok, or why not. A refused code is not spent (it was never valid). */
  redeem(code: string, face: LaunchFace): { ok: true } | { ok: false; refused: LaunchRefusal } {
    const nowMs = this.now();
    for (const [c, expiry] of this.spent) if (expiry <= nowMs) this.spent.delete(c);
    const m = /^(citizen|staff)\.(\d{1,16})\.([A-Za-z0-9_-]{8,32})\.([A-Za-z0-9_-]{22})$/.exec(code);
    if (!m) return { ok: false, refused: 'malformed' };
    const expiry = Number(m[2]);
    const expected = Buffer.from(mac(this.token, `${m[1]}.${m[2]}.${m[3]}`));
    if (!timingSafeEqual(expected, Buffer.from(m[4]!))) return { ok: false, refused: 'forged' };
    if (m[1] !== face) return { ok: false, refused: 'wrong-face' };
    // A code claiming to live longer than any code is made to is not one we made.
    if (expiry <= nowMs || expiry > nowMs + TTL_MS + SKEW_MS) return { ok: false, refused: 'expired' };
    if (this.spent.has(code)) return { ok: false, refused: 'spent' };
    this.spent.set(code, expiry);
    return { ok: true };
  }
}

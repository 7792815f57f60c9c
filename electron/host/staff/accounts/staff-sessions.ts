import { randomBytes } from 'node:crypto';
import type { StaffRole } from '../../../api/staff';

/** Who a valid staff token belongs to. */
export interface StaffPrincipal {
  readonly accountId: number;
  readonly name: string;
  readonly role: StaffRole;
  readonly team: string;
}

export type SessionLookup =
  | { readonly ok: true; readonly principal: StaffPrincipal }
  | { readonly ok: false; readonly reason: 'unknown' }
  | { readonly ok: false; readonly reason: 'expired'; readonly accountId: number };

interface Entry {
  readonly principal: StaffPrincipal;
  lastActivityMs: number;
}

/**
 * Signed-in staff, in memory only: a restart signs everyone out. Tokens are 32 random bytes
 * (base64url). A session ends after `inactivityMs` without a call, checked when a token is used
 * (no timers), and on sign-out, account disable and PIN reset.
 */
export class StaffSessions {
  private readonly byToken = new Map<string, Entry>();

  constructor(
    private readonly inactivityMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get inactivitySeconds(): number {
    return Math.round(this.inactivityMs / 1000);
  }

  open(principal: StaffPrincipal): string {
    this.sweep();
    const token = randomBytes(32).toString('base64url');
    this.byToken.set(token, { principal, lastActivityMs: this.now() });
    return token;
  }

  /** Checks a token and, when valid, counts the call as activity. An expired token is forgotten. */
  use(token: string): SessionLookup {
    const entry = this.byToken.get(token);
    if (!entry) return { ok: false, reason: 'unknown' };
    if (this.now() - entry.lastActivityMs >= this.inactivityMs) {
      this.byToken.delete(token);
      return { ok: false, reason: 'expired', accountId: entry.principal.accountId };
    }
    entry.lastActivityMs = this.now();
    return { ok: true, principal: entry.principal };
  }

  close(token: string): StaffPrincipal | null {
    const entry = this.byToken.get(token);
    this.byToken.delete(token);
    return entry?.principal ?? null;
  }

  /** Ends every session of an account (disabled, PIN reset). Returns how many ended. */
  closeAccount(accountId: number): number {
    let n = 0;
    for (const [token, entry] of this.byToken) {
      if (entry.principal.accountId === accountId) {
        this.byToken.delete(token);
        n++;
      }
    }
    return n;
  }

  /** Number of live sessions (expired ones are dropped first). */
  count(): number {
    this.sweep();
    return this.byToken.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, entry] of this.byToken) if (now - entry.lastActivityMs >= this.inactivityMs) this.byToken.delete(token);
  }
}

import { lockDelayMs, secondsLocked, type LockoutPolicy } from './lockout';

/**
 * Wrong PINs across ALL accounts. The sign-in list names every account and each has its own free
 * attempts, so per-account lockout alone gives a guesser `freeAttempts × accounts` tries (issue 14,
 * item 1). After `freeAttempts` wrong PINs on this kiosk with no right one between, every sign-in
 * pauses, with the same doubling delay as an account. Kept in memory: only the core signs in, and a
 * restart needs access to the machine, which is beyond what a PIN protects.
 */
export const DEFAULT_KIOSK_LOCKOUT: LockoutPolicy = { freeAttempts: 10, firstDelayMs: 60_000, maxDelayMs: 15 * 60_000 };

export class KioskLockout {
  private failures = 0;
  private lockedUntilMs: number | null = null;

  constructor(private readonly policy: LockoutPolicy = DEFAULT_KIOSK_LOCKOUT) {}

  /** Whole seconds the kiosk still refuses every sign-in (0: open). */
  secondsLocked(nowMs: number): number {
    return secondsLocked(this.lockedUntilMs, nowMs);
  }

  /**
   * Counts one attempt before its PIN is checked (synchronously, so parallel calls cannot slip
   * between the check and the count). Returns the lock it started in ms (0: none).
   */
  reserve(nowMs: number): number {
    this.failures++;
    const lockMs = lockDelayMs(this.failures, this.policy);
    if (lockMs > 0) this.lockedUntilMs = nowMs + lockMs;
    return lockMs;
  }

  /** A right PIN: the kiosk-wide count starts again. */
  clear(): void {
    this.failures = 0;
    this.lockedUntilMs = null;
  }
}

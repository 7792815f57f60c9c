/**
 * Lockout after repeated wrong PINs, with increasing delay. A 6-digit PIN cannot survive unlimited
 * guessing at a public screen; a permanent lock would let any passer-by disable every account, so the
 * lock is temporary and doubles: after `freeAttempts` wrong PINs in a row the account waits
 * `firstDelayMs`, then twice that after each further wrong PIN, up to `maxDelayMs`. A right PIN (or an
 * admin's PIN reset) clears the count. While locked, PINs are not even checked.
 */
export interface LockoutPolicy {
  /** Wrong PINs allowed before the first lock (default 5). */
  readonly freeAttempts: number;
  /** First lock, in ms (default 30 s). */
  readonly firstDelayMs: number;
  /** Longest lock, in ms (default 15 min). */
  readonly maxDelayMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { freeAttempts: 5, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000 };

/** How long to lock after the `failures`-th consecutive wrong PIN (0: no lock). */
export function lockDelayMs(failures: number, policy: LockoutPolicy = DEFAULT_LOCKOUT): number {
  if (failures < policy.freeAttempts) return 0;
  const doublings = failures - policy.freeAttempts;
  // 2^doublings overflows nothing before the cap: stop doubling once past it.
  return doublings > 30 ? policy.maxDelayMs : Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** doublings);
}

/** Wrong PINs left before the next lock (0 once locking has started: each further miss locks again). */
export function attemptsBeforeLock(failures: number, policy: LockoutPolicy = DEFAULT_LOCKOUT): number {
  return Math.max(0, policy.freeAttempts - failures);
}

/** Whole seconds until `lockedUntil` (ms), at least 1 while locked; 0 when not locked. */
export function secondsLocked(lockedUntilMs: number | null, nowMs: number): number {
  if (lockedUntilMs === null || lockedUntilMs <= nowMs) return 0;
  return Math.max(1, Math.ceil((lockedUntilMs - nowMs) / 1000));
}

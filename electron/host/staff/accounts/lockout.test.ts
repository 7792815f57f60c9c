import { describe, expect, it } from 'vitest';
import { attemptsBeforeLock, DEFAULT_LOCKOUT, lockDelayMs, secondsLocked } from './lockout';

describe('lockout policy', () => {
  it.each([
    [0, 0], [1, 0], [4, 0],
    [5, 30_000], [6, 60_000], [7, 120_000], [8, 240_000], [9, 480_000],
    [10, 900_000], [11, 900_000], [1000, 900_000],
  ])('after %i wrong PINs in a row the lock is %i ms', (failures, ms) => {
    expect(lockDelayMs(failures)).toBe(ms);
  });

  it('counts the attempts left before the first lock', () => {
    expect([0, 1, 4, 5, 9].map((n) => attemptsBeforeLock(n))).toEqual([5, 4, 1, 0, 0]);
  });

  it('follows a custom policy', () => {
    const p = { freeAttempts: 3, firstDelayMs: 1000, maxDelayMs: 5000 };
    expect([2, 3, 4, 5, 6].map((n) => lockDelayMs(n, p))).toEqual([0, 1000, 2000, 4000, 5000]);
    expect(DEFAULT_LOCKOUT.freeAttempts).toBe(5);
  });

  it('rounds the time left up to whole seconds', () => {
    expect(secondsLocked(null, 0)).toBe(0);
    expect(secondsLocked(1000, 1000)).toBe(0);
    expect(secondsLocked(1001, 1000)).toBe(1);
    expect(secondsLocked(31_000, 1000)).toBe(30);
    expect(secondsLocked(31_500, 1000)).toBe(31);
  });
});

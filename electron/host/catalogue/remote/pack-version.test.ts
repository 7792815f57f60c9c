import { describe, expect, it } from 'vitest';
import { compareVersions } from './pack-version';

describe('remote pack version order', () => {
  it.each([
    ['2', '1', 1], ['10', '9', 1], ['1', '1', 0], ['1.1', '1', 1], ['1', '1.0', -1],
    ['2025.12.1', '2025.9.30', 1], ['2025-12-01', '2025-11-30', 1], ['007', '7', 0],
    ['1.0.0-2', '1.0.0-1', 1], ['99999999999999999999', '99999999999999999998', 1], ['b', 'a', 1],
  ])('%s vs %s: %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});

import { describe, expect, it } from 'vitest';
import { LaunchCodes, mintLaunchCode } from './launch-codes';

const TOKEN = 'k'.repeat(43);

describe('one-time launch codes', () => {
  it('opens once, for its face, within its lifetime', () => {
    const clock = { now: 1_000_000 };
    const codes = new LaunchCodes(TOKEN, () => clock.now);
    const code = mintLaunchCode(TOKEN, 'citizen', clock.now);
    expect(codes.redeem(code, 'staff')).toEqual({ ok: false, refused: 'wrong-face' });
    expect(codes.redeem(code, 'citizen')).toEqual({ ok: true });
    expect(codes.redeem(code, 'citizen')).toEqual({ ok: false, refused: 'spent' });
    const late = mintLaunchCode(TOKEN, 'citizen', clock.now);
    clock.now += 20_000;
    expect(codes.redeem(late, 'citizen')).toEqual({ ok: false, refused: 'expired' });
  });

  it('refuses codes made with another token, edited, from far in the future, or malformed', () => {
    const now = 5_000_000;
    const codes = new LaunchCodes(TOKEN, () => now);
    expect(codes.redeem(mintLaunchCode('z'.repeat(43), 'citizen', now), 'citizen')).toEqual({ ok: false, refused: 'forged' });
    const good = mintLaunchCode(TOKEN, 'citizen', now);
    const [face, expiry, nonce, mac] = good.split('.');
    expect(codes.redeem([face, Number(expiry) + 60_000, nonce, mac].join('.'), 'citizen')).toEqual({ ok: false, refused: 'forged' });
    expect(codes.redeem(mintLaunchCode(TOKEN, 'citizen', now + 60_000), 'citizen')).toEqual({ ok: false, refused: 'expired' });
    for (const bad of ['', 'citizen', 'citizen.1.2.3', `${good}.x`, good.replace('citizen', 'display')]) expect(codes.redeem(bad, 'citizen')).toEqual({ ok: false, refused: 'malformed' });
  });

  it('forgets spent codes once they expire (memory stays bounded)', () => {
    const clock = { now: 0 };
    const codes = new LaunchCodes(TOKEN, () => clock.now);
    for (let i = 0; i < 100; i++) expect(codes.redeem(mintLaunchCode(TOKEN, 'staff', clock.now), 'staff').ok).toBe(true);
    clock.now += 21_000;
    codes.redeem('x', 'staff');
    expect((codes as unknown as { spent: Map<string, number> }).spent.size).toBe(0);
  });
});

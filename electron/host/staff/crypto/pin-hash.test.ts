import { describe, expect, it } from 'vitest';
import { hashPin, needsRehash, parsePinHash, pinProblem, verifyPin } from './pin-hash';

const CHEAP = { log2N: 10, r: 8, p: 1 };

describe('PIN hashing (scrypt, RFC 7914)', () => {
  it('verifies against RFC 7914 §12 test vector 2 (P="password", S="NaCl", N=1024, r=8, p=16)', async () => {
    // First 32 bytes of the vector's 64-byte output: scrypt's last step is PBKDF2, whose first block does not depend on dkLen.
    const dk = Buffer.from('fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162', 'hex');
    const stored = `scrypt$10$8$16$${Buffer.from('NaCl').toString('base64')}$${dk.toString('base64')}`;
    expect(await verifyPin('password', stored)).toBe(true);
    expect(await verifyPin('passwore', stored)).toBe(false);
  });

  it('round-trips a PIN with a fresh salt each time', async () => {
    const a = await hashPin('482913', CHEAP);
    const b = await hashPin('482913', CHEAP);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPin('482913', a)).toBe(true);
    expect(await verifyPin('482914', a)).toBe(false);
  });

  it('uses the memory-hard default cost (N = 2^16, r = 8)', async () => {
    const h = await hashPin('482913');
    expect(parsePinHash(h)?.params).toEqual({ log2N: 16, r: 8, p: 1 });
    expect(await verifyPin('482913', h)).toBe(true);
  });

  it('never verifies a malformed stored hash', async () => {
    for (const bad of ['', 'plain', 'scrypt$10$8$1$AAAA', 'scrypt$99$8$1$AAAAAAAAAAA=$AAAA', 'bcrypt$10$8$1$AAAAAAAAAAA=$' + 'A'.repeat(44)]) {
      expect(await verifyPin('482913', bad)).toBe(false);
    }
  });

  it('asks for a rehash when the stored cost is below the current one', async () => {
    const weak = await hashPin('482913', CHEAP);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(weak, CHEAP)).toBe(false);
  });
});

describe('pinProblem', () => {
  it.each([
    ['482913', null],
    ['04829137', null],
    ['12345', 'pin.format'],
    ['1234567890123', 'pin.format'],
    ['48a913', 'pin.format'],
    ['111111', 'pin.repeated'],
    ['123456', 'pin.sequence'],
    ['987654', 'pin.sequence'],
    ['890123', 'pin.sequence'],
    ['135791', null],
  ])('%s → %s', (pin, expected) => {
    expect(pinProblem(pin)).toBe(expected);
  });
});

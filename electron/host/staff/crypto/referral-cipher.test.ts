import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyId, openReferral, ReferralCipherError, sealReferral } from './referral-cipher';

const KEY = Buffer.alloc(32, 1);
const TEXT = Buffer.from(JSON.stringify({ fullName: 'Nguyễn Văn An', idNumber: '001093012345' }), 'utf8');

describe('referral sealing (AES-256-GCM)', () => {
  it('round-trips and never contains the plaintext', () => {
    const blob = sealReferral(KEY, 'ref-1', TEXT);
    expect(blob[0]).toBe(1);
    expect(blob.length).toBe(1 + 12 + 16 + TEXT.length);
    expect(blob.includes(Buffer.from('001093012345'))).toBe(false);
    expect(openReferral(KEY, 'ref-1', blob).equals(TEXT)).toBe(true);
  });

  it('refuses a blob moved to another row, opened with another key, or altered', () => {
    const blob = sealReferral(KEY, 'ref-1', TEXT);
    expect(() => openReferral(KEY, 'ref-2', blob)).toThrow(ReferralCipherError);
    expect(() => openReferral(Buffer.alloc(32, 2), 'ref-1', blob)).toThrow(ReferralCipherError);
    const flipped = Buffer.from(blob);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => openReferral(KEY, 'ref-1', flipped)).toThrow(ReferralCipherError);
  });

  it('answers any outside bytes with a ReferralCipherError, never another throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          openReferral(KEY, 'r', bytes);
          return false; // a random blob must never authenticate
        } catch (e) {
          return e instanceof ReferralCipherError;
        }
      }),
    );
  });

  it('fingerprints keys without revealing them', () => {
    expect(keyId(KEY)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyId(KEY)).not.toBe(keyId(Buffer.alloc(32, 2)));
  });
});

import { describe, expect, it } from 'vitest';
import { idHash, maskId } from './id-privacy';

const KEY = Buffer.alloc(32, 7);

describe('maskId', () => {
  it('keeps the first 3 and last 2 digits', () => {
    expect(maskId('001093012345')).toBe('001*******45');
    expect(maskId('079203000001')).toBe('079*******01');
  });
  it('refuses anything that is not 12 digits', () => {
    for (const bad of ['', '00109301234', '0010930123456', '00109301234a']) expect(() => maskId(bad)).toThrow(RangeError);
  });
});

describe('idHash (keyed, HMAC-SHA-256)', () => {
  it('matches RFC 4231-style HMAC-SHA-256 computed independently', async () => {
    const { hmac } = await import('@noble/hashes/hmac.js');
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const expected = Buffer.from(hmac(sha256, KEY, new TextEncoder().encode('cccd-id:001093012345'))).toString('hex');
    expect(idHash(KEY, '001093012345')).toBe(expected);
  });
  it('is stable for one key, differs across IDs and across keys', () => {
    const a = idHash(KEY, '001093012345');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(idHash(KEY, '001093012345')).toBe(a);
    expect(idHash(KEY, '001093012346')).not.toBe(a);
    expect(idHash(Buffer.alloc(32, 8), '001093012345')).not.toBe(a);
  });
  it('refuses short keys and malformed IDs', () => {
    expect(() => idHash(Buffer.alloc(16), '001093012345')).toThrow(RangeError);
    expect(() => idHash(KEY, '12')).toThrow(RangeError);
  });
});

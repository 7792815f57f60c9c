import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRemoteUrl } from './remote-url';
import { parseHex, publicKeyOf, signPack, toHex, verifyPackSignature } from './signature';

// RFC 8032 §7.1, TEST 1 (empty message) and TEST 2 (one byte 0x72).
const TEST1 = {
  secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  message: '',
  signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};
const TEST2 = {
  secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
  public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
  message: '72',
  signature: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
};

describe('Ed25519 pack signatures', () => {
  it.each([TEST1, TEST2])('match the RFC 8032 §7.1 vectors', (v) => {
    const msg = parseHex(v.message)!;
    expect(publicKeyOf(v.secret)).toBe(v.public);
    expect(signPack(msg, v.secret)).toBe(v.signature);
    expect(verifyPackSignature(msg, v.signature, v.public)).toEqual({ ok: true });
    expect(verifyPackSignature(msg, Buffer.from(parseHex(v.signature)!).toString('base64'), v.public)).toEqual({ ok: true });
  });

  it('rejects a tampered pack', () => {
    const pack = new TextEncoder().encode('{"manifest":{"packId":"p"},"procedures":[]}');
    const sig = signPack(pack, TEST2.secret);
    const tampered = pack.slice();
    tampered[12] = tampered[12]! ^ 0x01;
    expect(verifyPackSignature(tampered, sig, TEST2.public)).toMatchObject({ ok: false, code: 'pack.signature.invalid' });
  });

  it('rejects another publisher\'s key and malformed inputs with their own codes', () => {
    const msg = new Uint8Array([1, 2, 3]);
    const sig = signPack(msg, TEST2.secret);
    expect(verifyPackSignature(msg, sig, TEST1.public)).toMatchObject({ code: 'pack.signature.invalid' });
    expect(verifyPackSignature(msg, sig.slice(2), TEST2.public)).toMatchObject({ code: 'pack.signature.format' });
    expect(verifyPackSignature(msg, sig, 'abcd')).toMatchObject({ code: 'pack.signature.key' });
  });

  it('never throws on arbitrary signature text and keys', () => {
    const msg = new Uint8Array([0]);
    fc.assert(fc.property(fc.string(), fc.oneof(fc.string(), fc.uint8Array({ minLength: 32, maxLength: 32 }).map(toHex)), (sig, key) => {
      expect(verifyPackSignature(msg, sig, key).ok).toBe(false);
    }));
  });
});

describe('remote URLs', () => {
  it('must be https, except http to loopback test servers', () => {
    expect(checkRemoteUrl('https://content.example.gov.vn/pack.json').ok).toBe(true);
    expect(checkRemoteUrl('http://127.0.0.1:8080/pack.json').ok).toBe(true);
    expect(checkRemoteUrl('http://localhost/pack.json').ok).toBe(true);
    expect(checkRemoteUrl('http://content.example.gov.vn/pack.json').ok).toBe(false);
    expect(checkRemoteUrl('http://10.0.0.5/pack.json').ok).toBe(false);
    expect(checkRemoteUrl('file:///etc/passwd').ok).toBe(false);
    expect(checkRemoteUrl('not a url').ok).toBe(false);
  });
});

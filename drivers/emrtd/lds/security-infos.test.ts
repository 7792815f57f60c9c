import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBitString, encodeInteger, encodeOid, encodeSequence, encodeSet } from './der';
import { paceProtocolDetails, parseSecurityInfos, STANDARDIZED_DOMAIN_PARAMETERS } from './security-infos';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

describe('parseSecurityInfos', () => {
  it('reads the EF.CardAccess of ICAO 9303-11 Appendix G.1 (PACE ECDH GM AES-128, brainpoolP256r1)', () => {
    const cardAccess = hex('31 14 30 12 06 0A 04 00 7F 00 07 02 02 04 02 02 02 01 02 02 01 0D');
    const r = parseSecurityInfos(cardAccess);
    expect(r).toEqual({
      ok: true,
      value: [{ kind: 'pace', protocol: '0.4.0.127.0.7.2.2.4.2.2', version: 2, parameterId: 13 }],
    });
    expect(STANDARDIZED_DOMAIN_PARAMETERS[13]).toBe('brainpoolP256r1');
    expect(paceProtocolDetails('0.4.0.127.0.7.2.2.4.2.2')).toEqual({
      keyAgreement: 'ECDH',
      mapping: 'GM',
      cipher: 'AES',
      keyLength: 128,
    });
  });

  it('reads CA, CA public key, TA, domain parameters and unknown infos (DG14 content)', () => {
    const point = Uint8Array.from([0x04, ...new Uint8Array(64).fill(1)]);
    const spki = encodeSequence(
      encodeSequence(encodeOid('1.2.840.10045.2.1'), encodeOid('1.3.36.3.3.2.8.1.1.7')),
      encodeBitString(point),
    );
    const set = encodeSet(
      encodeSequence(encodeOid('0.4.0.127.0.7.2.2.3.2.2'), encodeInteger(1)),
      encodeSequence(encodeOid('0.4.0.127.0.7.2.2.3.2.2'), encodeInteger(1), encodeInteger(7)),
      encodeSequence(encodeOid('0.4.0.127.0.7.2.2.1.2'), spki, encodeInteger(7)),
      encodeSequence(encodeOid('0.4.0.127.0.7.2.2.2'), encodeInteger(1)),
      encodeSequence(
        encodeOid('0.4.0.127.0.7.2.2.4.2'),
        encodeSequence(encodeOid('0.4.0.127.0.7.1.2'), encodeInteger(13)),
        encodeInteger(5),
      ),
      encodeSequence(encodeOid('2.23.136.1.1.5'), encodeInteger(1), encodeOid('0.4.0.127.0.7.1.1.4.1.3')),
      encodeSequence(encodeOid('0.4.0.127.0.7.2.2.4.2.4'), encodeInteger(2)),
    );
    const r = parseSecurityInfos(set);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [ca, caKeyed, pk, ta, dp, aa, pace] = r.value;
    expect(ca).toEqual({ kind: 'chip-authentication', protocol: '0.4.0.127.0.7.2.2.3.2.2', version: 1 });
    expect(caKeyed).toEqual({ kind: 'chip-authentication', protocol: '0.4.0.127.0.7.2.2.3.2.2', version: 1, keyId: 7 });
    expect(pk?.kind).toBe('chip-authentication-public-key');
    if (pk?.kind === 'chip-authentication-public-key') {
      expect(pk.keyAlgorithm).toBe('1.2.840.10045.2.1');
      expect(Array.from(pk.publicKey)).toEqual(Array.from(point));
      expect(Array.from(pk.subjectPublicKeyInfo)).toEqual(Array.from(spki));
      expect(pk.keyParameters && Array.from(pk.keyParameters)).toEqual(Array.from(encodeOid('1.3.36.3.3.2.8.1.1.7')));
      expect(pk.keyId).toBe(7);
    }
    expect(ta).toEqual({ kind: 'terminal-authentication', protocol: '0.4.0.127.0.7.2.2.2', version: 1 });
    expect(dp).toMatchObject({ kind: 'pace-domain-parameters', domainParameterAlgorithm: '0.4.0.127.0.7.1.2', parameterId: 5 });
    expect(aa).toEqual({ kind: 'unknown', protocol: '2.23.136.1.1.5' });
    expect(pace).toEqual({ kind: 'pace', protocol: '0.4.0.127.0.7.2.2.4.2.4', version: 2 });
  });

  it.each([
    ['not a SET', '30 00'],
    ['SecurityInfo not a SEQUENCE', '31 02 04 00'],
    ['no OID', '31 05 30 03 02 01 01'],
    ['PACEInfo without version', '31 0E 30 0C 06 0A 04 00 7F 00 07 02 02 04 02 02'],
    ['CA info with OCTET STRING version', '31 11 30 0F 06 0A 04 00 7F 00 07 02 02 03 02 02 04 01 01'],
    ['truncated', '31 14 30 12 06 0A 04 00 7F'],
  ])('rejects %s with security-infos.malformed', (_name, input) => {
    const r = parseSecurityInfos(hex(input));
    expect(!r.ok && r.error.code).toBe('security-infos.malformed');
  });

  it('knows which OIDs are PACE protocols', () => {
    expect(paceProtocolDetails('0.4.0.127.0.7.2.2.4.6.1')).toBeUndefined(); // CAM has no 3DES
    expect(paceProtocolDetails('0.4.0.127.0.7.2.2.4.1.1')).toMatchObject({ keyAgreement: 'DH', cipher: '3DES' });
    expect(paceProtocolDetails('1.2.3')).toBeUndefined();
  });

  it('property: random and mutated input gives infos or a typed error, never a throw', () => {
    const seed = hex('31 14 30 12 06 0A 04 00 7F 00 07 02 02 04 02 02 02 01 02 02 01 0D');
    const mutated = fc
      .array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 })
      .map((edits) => {
        const b = seed.slice();
        for (const [i, v] of edits) b[i] = v;
        return b;
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), mutated), (bytes) => {
        const r = parseSecurityInfos(bytes);
        if (!r.ok) expect(r.error.code).toBe('security-infos.malformed');
      }),
      { numRuns: 3000 },
    );
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSod } from '../../sim/card-profile/sod-builder';
import { defaultTestPki } from '../../sim/card-profile/test-pki';
import { OID_LDS_SECURITY_OBJECT, parseSod } from './sod';
import { encodeTlv } from './tlv';

const pki = defaultTestPki();
const signer = {
  certificate: pki.documentSigner.der,
  signatureAlgorithm: { oid: '1.2.840.10045.4.3.2' },
  sign: (d: Uint8Array) => pki.signWithDocumentSigner(d),
};
const dgs = new Map([
  [1, Uint8Array.of(0x61, 0x00)],
  [13, Uint8Array.of(0x6d, 0x01, 0x00)],
]);

describe('parseSod (ICAO 9303-10 §4.6.2, RFC 5652)', () => {
  it('reads the LDS Security Object, the signer certificate and the SignerInfo', () => {
    const r = parseSod(buildSod(dgs, signer));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sod = r.value;
    expect(sod.contentType).toBe(OID_LDS_SECURITY_OBJECT);
    expect(sod.ldsSecurityObject.hashAlgorithm.oid).toBe('2.16.840.1.101.3.4.2.1');
    expect([...sod.ldsSecurityObject.dataGroupHashes.keys()]).toEqual([1, 13]);
    expect(Buffer.from(sod.ldsSecurityObject.dataGroupHashes.get(13) ?? []).toString('hex')).toBe(createHash('sha256').update(Uint8Array.of(0x6d, 1, 0)).digest('hex'));
    expect(sod.certificates).toHaveLength(1);
    expect(Buffer.from(sod.certificates[0] ?? []).equals(Buffer.from(pki.documentSigner.der))).toBe(true);
    const si = sod.signerInfos[0];
    expect(si?.sid.kind).toBe('issuer-and-serial');
    expect(si?.signatureAlgorithm.oid).toBe('1.2.840.10045.4.3.2');
    expect(si?.signedAttributes?.[0]).toBe(0x31); // re-tagged for the signature (RFC 5652 §5.4)
    expect(Buffer.from(si?.messageDigest ?? []).toString('hex')).toBe(createHash('sha256').update(sod.eContent).digest('hex'));
    expect(si?.contentType).toBe(OID_LDS_SECURITY_OBJECT);
  });

  it('reads a BER SOD with indefinite lengths to the same content', () => {
    const der = parseSod(buildSod(dgs, signer));
    const ber = parseSod(buildSod(dgs, signer, { encoding: 'ber-indefinite' }));
    expect(ber.ok).toBe(true);
    if (!ber.ok || !der.ok) return;
    expect(Buffer.from(ber.value.eContent).equals(Buffer.from(der.value.eContent))).toBe(true);
    expect(Buffer.from(ber.value.signerInfos[0]?.signedAttributes ?? []).equals(Buffer.from(der.value.signerInfos[0]?.signedAttributes ?? []))).toBe(true);
  });

  it.each([
    ['not tag 77', encodeTlv(0x30, new Uint8Array())],
    ['empty 77', encodeTlv(0x77, new Uint8Array())],
    ['truncated', buildSod(dgs, signer).subarray(0, 200)],
  ])('rejects %s with sod.malformed', (_n, bytes) => {
    const r = parseSod(bytes);
    expect(!r.ok && r.error.code).toBe('sod.malformed');
  });
});

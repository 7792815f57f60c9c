import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCertificate } from '../../emrtd/pa/certificate';
import { parsePublicKey } from '../../emrtd/pa/public-key';
import { trustEntry } from '../../emrtd/pa/trust-store';
import { simConfigPath } from './shipped-profiles.fixtures';
import { createTestPki, defaultTestPki } from './test-pki';

describe('TEST PKI', () => {
  it('is deterministic: the same seed gives byte-identical certificates', () => {
    const a = createTestPki();
    const b = createTestPki();
    expect(Buffer.from(a.csca.der).equals(Buffer.from(b.csca.der))).toBe(true);
    expect(Buffer.from(a.documentSigner.der).equals(Buffer.from(b.documentSigner.der))).toBe(true);
    expect(Buffer.from(a.signWithDocumentSigner(Uint8Array.of(1))).equals(Buffer.from(b.signWithDocumentSigner(Uint8Array.of(1))))).toBe(true);
    expect(Buffer.from(createTestPki({ seed: 'other' }).csca.der).equals(Buffer.from(a.csca.der))).toBe(false);
  });

  it('matches the CSCA certificate shipped in kiosk-config/sim/trust-store (regenerate it if this fails)', () => {
    const shipped = new Uint8Array(readFileSync(simConfigPath('trust-store/simulator-test-csca.der')));
    expect(Buffer.from(shipped).equals(Buffer.from(defaultTestPki().csca.der))).toBe(true);
  });

  it('names itself NOT A REAL AUTHORITY and is a usable brainpoolP256r1 CSCA', () => {
    const entry = trustEntry('csca', defaultTestPki().csca.der);
    expect(entry.ok && entry.value.summary).toMatchObject({
      subject: 'CN=TEST CSCA — NOT A REAL AUTHORITY, O=Ward Kiosk Simulator TEST PKI — NOT A REAL AUTHORITY, C=VN',
      curve: 'brainpoolP256r1',
      selfSignatureValid: true,
    });
  });

  it('gives the Document Signer explicit curve parameters and the CSCA key identifier as AKI', () => {
    const pki = defaultTestPki();
    const ds = parseCertificate(pki.documentSigner.der);
    expect(ds.ok).toBe(true);
    if (!ds.ok) return;
    expect(ds.value.isCa).toBe(false);
    expect(Buffer.from(ds.value.authorityKeyIdentifier ?? []).equals(Buffer.from(pki.csca.keyIdentifier))).toBe(true);
    const key = parsePublicKey(ds.value.subjectPublicKeyInfo);
    expect(key.ok && key.value.kind === 'ec' && [key.value.curve.name, key.value.explicitParameters]).toEqual(['brainpoolP256r1', true]);
  });
});

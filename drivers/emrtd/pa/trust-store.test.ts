import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { simConfigPath } from '../../sim/card-profile/shipped-profiles.fixtures';
import { defaultTestPki } from '../../sim/card-profile/test-pki';
import { parseCertificate } from './certificate';
import { parsePublicKey } from './public-key';
import { loadTrustStore, trustEntry, trustStoreFromFiles } from './trust-store';
import { skipWithoutVnCsca, vnCsca } from './vn-csca.fixtures';

const pem = (der: Uint8Array) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'trust-store-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the real Vietnamese CSCA (brainpoolP512r1, explicit parameters)', () => {
  it('loads, its explicit curve is recognised and its self-signature verifies', (ctx) => {
    skipWithoutVnCsca(ctx);
    const entry = trustEntry('vn-csca-epassport.der', vnCsca());
    expect(entry.ok).toBe(true);
    if (!entry.ok) return;
    expect(entry.value.summary).toEqual({
      subject: 'CN=CSCA ePassport Vietnam, O=Vietnam Government Information Security Commission, C=VN',
      issuer: 'CN=CSCA ePassport Vietnam, O=Vietnam Government Information Security Commission, C=VN',
      serial: '506F1357A3A196C24DC32CF464140CAE',
      keyAlgorithm: 'EC',
      curve: 'brainpoolP512r1',
      explicitParameters: true,
      keyBits: 512,
      notBefore: '2022-06-29T01:37:07.000Z',
      notAfter: '2037-10-01T01:37:06.000Z',
      selfSigned: true,
      selfSignatureValid: true,
    });
    expect(entry.value.certificate.signatureAlgorithm.oid).toBe('1.2.840.10045.4.3.4'); // ecdsa-with-SHA512
    expect(Buffer.from(entry.value.certificate.subjectKeyIdentifier ?? []).toString('hex')).toBe('88918f5a25ece37a3e04c52d38a4f2b5123c85c7');
  });

  it('is rejected when one byte of its signature is changed', (ctx) => {
    skipWithoutVnCsca(ctx);
    const der = vnCsca();
    der[der.length - 5] = (der[der.length - 5] as number) ^ 0x01;
    const entry = trustEntry('vn.der', der);
    expect(!entry.ok && entry.error.code).toBe('trust.self-signature-invalid');
  });

  it('property: damaged copies give an entry or a typed rejection, never an exception', (ctx) => {
    skipWithoutVnCsca(ctx);
    const der = vnCsca();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(der.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), (edits) => {
        const b = der.slice();
        for (const [i, v] of edits) b[i] = v;
        const entry = trustEntry('x', b);
        if (!entry.ok) expect(entry.error.code).toMatch(/^trust\./);
        const cert = parseCertificate(b);
        if (cert.ok) {
          const key = parsePublicKey(cert.value.subjectPublicKeyInfo);
          if (!key.ok) expect(key.error.code).toMatch(/^pa\./);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadTrustStore', () => {
  it('reads DER and PEM bundles, lists rejected files with reasons and skips other files', async (ctx) => {
    skipWithoutVnCsca(ctx);
    const dir = tempDir();
    const pki = defaultTestPki();
    writeFileSync(join(dir, 'vn.der'), vnCsca());
    writeFileSync(join(dir, 'bundle.pem'), pem(pki.csca.der) + pem(vnCsca()));
    writeFileSync(join(dir, 'document-signer.cer'), pki.documentSigner.der);
    writeFileSync(join(dir, 'garbage.crt'), 'not a certificate');
    writeFileSync(join(dir, 'README.md'), '# notes');
    const r = await loadTrustStore(dir);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entries.map((e) => e.file)).toEqual(['bundle.pem#1', 'bundle.pem#2', 'vn.der']);
    expect(r.value.rejected).toEqual([
      { file: 'document-signer.cer', code: 'trust.not-a-ca', reason: 'basicConstraints says this is not a CA certificate' },
      { file: 'garbage.crt', code: 'trust.not-a-certificate', reason: expect.any(String) },
    ]);
    expect(r.value.ignored).toEqual(['README.md']);
  });

  it('loads the shipped demo trust store: exactly the simulator TEST CSCA', async () => {
    const r = await loadTrustStore(simConfigPath('trust-store'));
    expect(r.ok && r.value.entries.map((e) => e.summary.subject)).toEqual([
      'CN=TEST CSCA — NOT A REAL AUTHORITY, O=Ward Kiosk Simulator TEST PKI — NOT A REAL AUTHORITY, C=VN',
    ]);
    expect(r.ok && r.value.rejected).toEqual([]);
  });

  it('reports an unreadable directory as trust.dir-unreadable', async () => {
    const r = await loadTrustStore(join(tempDir(), 'missing'));
    expect(!r.ok && r.error.code).toBe('trust.dir-unreadable');
  });

  it('builds from in-memory files too', () => {
    const store = trustStoreFromFiles([{ name: 'a.der', bytes: defaultTestPki().csca.der }, { name: 'b.der', bytes: new Uint8Array(3) }]);
    expect(store.entries).toHaveLength(1);
    expect(store.rejected.map((r) => r.code)).toEqual(['trust.not-a-certificate']);
  });
});

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCardFiles, CARD_FILE_IDS, dataGroupFileId, unknownCscaPki } from '../../sim/card-profile/build-card-files';
import type { CardProfile } from '../../sim/card-profile/card-profile';
import { shippedProfile } from '../../sim/card-profile/shipped-profiles.fixtures';
import { buildSod, type SodSigner } from '../../sim/card-profile/sod-builder';
import { defaultTestPki } from '../../sim/card-profile/test-pki';
import { keyIdentifierOf, type CertificateSigner } from '../../sim/card-profile/x509-builder';
import type { HashName } from './algorithms';
import { verifyPassiveAuthentication } from './passive-auth';
import { ecFixtureKey, fixtureCsca, fixtureDs, rsaFixtureKey } from './pa.fixtures';
import { trustStoreFromFiles } from './trust-store';
import { skipWithoutVnCsca, vnCsca } from './vn-csca.fixtures';
import { parseSod } from '../lds/sod';

const pki = defaultTestPki();
const demoTrust = trustStoreFromFiles([{ name: 'simulator-test-csca.der', bytes: pki.csca.der }]);
const READ = [1, 2, 13, 14, 15]; // what a reader reads (never DG3)
const readDataGroups = (files: Map<number, Uint8Array>, dgs = READ) => new Map(dgs.map((dg) => [dg, files.get(dataGroupFileId(dg)) as Uint8Array]));

let adult: CardProfile;
let elderly: CardProfile;
beforeAll(async () => {
  adult = await shippedProfile('nguyen-van-an');
  elderly = await shippedProfile('tran-thi-binh-60');
});

describe('Passive Authentication over simulated cards', () => {
  it('verifies both shipped profiles against the demo trust store', () => {
    for (const profile of [adult, elderly]) {
      const files = buildCardFiles(profile, pki);
      const r = verifyPassiveAuthentication({ sod: files.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(files), trustStore: demoTrust, now: new Date('2025-06-01') });
      expect(r).toEqual({
        status: 'verified',
        dataGroupHashes: READ.map((dg) => ({ dg, match: true })),
        signer: {
          subject: expect.stringContaining('CN=TEST Document Signer — NOT A REAL AUTHORITY'),
          issuer: expect.stringContaining('CN=TEST CSCA — NOT A REAL AUTHORITY'),
          serial: '0100',
        },
        csca: { subject: expect.stringContaining('TEST CSCA'), file: 'simulator-test-csca.der' },
      });
    }
  });

  it('verifies an SOD written with BER indefinite lengths', () => {
    const files = buildCardFiles(adult, pki, { sodEncoding: 'ber-indefinite' });
    const sod = files.get(CARD_FILE_IDS.sod) as Uint8Array;
    expect(sod[1]).toBe(0x80);
    expect(verifyPassiveAuthentication({ sod, dataGroups: readDataGroups(files), trustStore: demoTrust }).status).toBe('verified');
  });

  it('fails a card whose DG2 was changed after signing', () => {
    const files = buildCardFiles(adult, pki, { tamperDataGroup: 2 });
    const r = verifyPassiveAuthentication({ sod: files.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(files), trustStore: demoTrust });
    expect(r.status).toBe('failed');
    expect(r.reasonCode).toBe('pa.dg-hash-mismatch');
    expect(r.reason).toBe('pa.dg-hash-mismatch: DG2 hash does not match the SOD');
    expect(r.dataGroupHashes.find((h) => h.dg === 2)).toEqual({ dg: 2, match: false });
    expect(r.dataGroupHashes.filter((h) => h.match).map((h) => h.dg)).toEqual([1, 13, 14, 15]);
  });

  it('says not-checkable when the signer chains to no trusted CSCA', () => {
    const files = buildCardFiles(adult, pki, { unknownCsca: true });
    const r = verifyPassiveAuthentication({ sod: files.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(files), trustStore: demoTrust });
    expect(r.status).toBe('not-checkable');
    expect(r.reasonCode).toBe('pa.no-trusted-csca');
    expect(r.signer?.issuer).toContain('TEST Unknown CSCA');
    expect(r.dataGroupHashes.every((h) => h.match)).toBe(true);
    // …and verified once the deployer installs that CSCA.
    const withUnknown = trustStoreFromFiles([{ name: 'unknown.der', bytes: unknownCscaPki().csca.der }]);
    expect(verifyPassiveAuthentication({ sod: files.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(files), trustStore: withUnknown }).status).toBe('verified');
  });

  it('says not-checkable with an empty trust store, failed when a tampered card meets one', () => {
    const empty = trustStoreFromFiles([]);
    const good = buildCardFiles(adult, pki);
    expect(verifyPassiveAuthentication({ sod: good.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(good), trustStore: empty }).status).toBe('not-checkable');
    const bad = buildCardFiles(adult, pki, { tamperDataGroup: 13 });
    expect(verifyPassiveAuthentication({ sod: bad.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(bad), trustStore: empty }).status).toBe('failed');
  });

  it('fails a data group that the SOD does not list', () => {
    const files = buildCardFiles(adult, pki);
    const dgs = readDataGroups(files);
    dgs.set(11, Uint8Array.of(0x6b, 0x00));
    const r = verifyPassiveAuthentication({ sod: files.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: dgs, trustStore: demoTrust });
    expect(r.reasonCode).toBe('pa.dg-not-in-sod');
    expect(r.dataGroupHashes.find((h) => h.dg === 11)).toEqual({ dg: 11, match: false });
  });

  it('cannot check (but does not fail) a genuine card when the certificate dates exclude the reading time', () => {
    const files = buildCardFiles(adult, pki);
    const at = (now: string) => {
      const r = verifyPassiveAuthentication({ sod: files.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(files), trustStore: demoTrust, now: new Date(now) });
      return [r.status, r.reasonCode];
    };
    expect(at('2050-06-01')).toEqual(['not-checkable', 'pa.ds-certificate-expired']);
    expect(at('2023-06-01')).toEqual(['not-checkable', 'pa.ds-certificate-not-yet-valid']);
  });

  it('still fails a tampered card whatever the date', () => {
    const bad = buildCardFiles(adult, pki, { tamperDataGroup: 13 });
    const r = verifyPassiveAuthentication({ sod: bad.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(bad), trustStore: demoTrust, now: new Date('2050-06-01') });
    expect(r.status).toBe('failed');
  });

  it('fails a malformed SOD with sod.malformed', () => {
    const r = verifyPassiveAuthentication({ sod: Uint8Array.of(0x77, 0x02, 0x30, 0x00), dataGroups: new Map(), trustStore: demoTrust });
    expect(r).toMatchObject({ status: 'failed', reasonCode: 'sod.malformed', dataGroupHashes: [] });
  });

  it('is not checkable against the real Vietnamese CSCA (a different authority)', (ctx) => {
    skipWithoutVnCsca(ctx);
    const vn = trustStoreFromFiles([{ name: 'vn.der', bytes: vnCsca() }]);
    const files = buildCardFiles(adult, pki);
    expect(verifyPassiveAuthentication({ sod: files.get(CARD_FILE_IDS.sod) as Uint8Array, dataGroups: readDataGroups(files), trustStore: vn }).reasonCode).toBe('pa.no-trusted-csca');
  });

  it('property: damaged SODs end in a status with a code, never an exception; damage to signed bytes never verifies', () => {
    const files = buildCardFiles(adult, pki);
    const sod = files.get(CARD_FILE_IDS.sod) as Uint8Array;
    const dgs = readDataGroups(files);
    // The LDS Security Object and the signed attributes are covered by the signature; a few CMS fields
    // (SignedData version, the digestAlgorithms set) are not, so damage there may legitimately verify.
    const parsed = parseSod(sod);
    if (!parsed.ok) return expect.fail('the built SOD does not parse');
    const lsoAt = Buffer.from(sod).indexOf(Buffer.from(parsed.value.eContent));
    const signed = (i: number) => i >= lsoAt && i < lsoAt + parsed.value.eContent.length;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(sod.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 }), (edits) => {
        const b = sod.slice();
        for (const [i, v] of edits) b[i] = v;
        const r = verifyPassiveAuthentication({ sod: b, dataGroups: dgs, trustStore: demoTrust });
        expect(['verified', 'failed', 'not-checkable']).toContain(r.status);
        if (r.status !== 'verified') expect(r.reasonCode).toMatch(/^(pa|sod)\./);
        if (edits.some(([i]) => signed(i) && b[i] !== sod[i])) expect(r.status).not.toBe('verified');
      }),
      { numRuns: 400 },
    );
  });
});

/** Builds a SOD over two small DGs with the given DS certificate and signer, and a trust store with `csca`. */
function scenario(dsDer: Uint8Array, signer: CertificateSigner, cscaDer: Uint8Array, hash: HashName = 'sha256') {
  const dgs = new Map([
    [1, Uint8Array.of(0x61, 0x01, 0x41)],
    [2, Uint8Array.of(0x75, 0x01, 0x42)],
  ]);
  const sodSigner: SodSigner = { certificate: dsDer, signatureAlgorithm: signer.algorithm, sign: signer.sign };
  const sod = buildSod(dgs, sodSigner, { hash });
  return verifyPassiveAuthentication({ sod, dataGroups: dgs, trustStore: trustStoreFromFiles([{ name: 'csca.der', bytes: cscaDer }]), now: new Date('2030-01-01') });
}

describe('signature algorithms named by the SignerInfo', () => {
  it('verifies ECDSA with explicit curve parameters (P-256 DS under a brainpoolP384r1 CSCA) for every SHA-2 and SHA-1', () => {
    const csca = ecFixtureKey('brainpoolP384r1', 'csca-384', false);
    const cscaDer = fixtureCsca(csca, 'sha384');
    const ds = ecFixtureKey('P-256', 'ds-p256', true);
    const dsDer = fixtureDs(ds, { signer: csca.signer('sha384'), keyIdentifier: keyIdentifierOf(csca.spki) });
    for (const hash of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const) {
      expect(scenario(dsDer, ds.signer(hash), cscaDer, hash)).toMatchObject({ status: 'verified' });
    }
  });

  it('verifies brainpoolP512r1 explicit keys with SHA-512 (the VN CSCA profile) and P-384 / P-521 named keys', () => {
    const csca = ecFixtureKey('brainpoolP512r1', 'csca-512', true);
    const cscaDer = fixtureCsca(csca, 'sha512');
    for (const curve of ['P-384', 'P-521', 'brainpoolP256r1'] as const) {
      const ds = ecFixtureKey(curve, `ds-${curve}`, curve === 'brainpoolP256r1');
      const dsDer = fixtureDs(ds, { signer: csca.signer('sha512'), keyIdentifier: keyIdentifierOf(csca.spki) });
      expect(scenario(dsDer, ds.signer('sha256'), cscaDer).status).toBe('verified');
    }
  });

  it('verifies BSI plain ECDSA (r || s) and a bare id-ecPublicKey signature algorithm', () => {
    const csca = ecFixtureKey('P-256', 'csca-plain', false);
    const cscaDer = fixtureCsca(csca, 'sha256');
    const ds = ecFixtureKey('brainpoolP256r1', 'ds-plain', false, 'compact');
    const dsDer = fixtureDs(ds, { signer: csca.signer('sha256'), keyIdentifier: keyIdentifierOf(csca.spki) });
    expect(scenario(dsDer, ds.signer('sha256'), cscaDer).status).toBe('verified');
    const derDs = ecFixtureKey('brainpoolP256r1', 'ds-plain', false);
    const bare = { algorithm: { oid: '1.2.840.10045.2.1' }, sign: derDs.signer('sha384').sign };
    expect(scenario(dsDer, bare, cscaDer, 'sha384').status).toBe('verified');
  });

  it('verifies RSASSA-PSS and PKCS#1 v1.5 signatures, and rejects a PSS signature read with the wrong salt length', () => {
    const rsa = rsaFixtureKey();
    const cscaDer = fixtureCsca(rsa, 'sha256', 'Fixture RSA CSCA');
    const dsDer = fixtureDs(rsa, { signer: rsa.pssSigner('sha256', 32), keyIdentifier: keyIdentifierOf(rsa.spki), cn: 'Fixture RSA CSCA' });
    expect(scenario(dsDer, rsa.pssSigner('sha256', 32), cscaDer).status).toBe('verified');
    expect(scenario(dsDer, rsa.pssSigner('sha512', 64), cscaDer, 'sha512').status).toBe('verified');
    expect(scenario(dsDer, rsa.signer('sha384'), cscaDer, 'sha384').status).toBe('verified');
    const lying = { algorithm: rsa.pssSigner('sha256', 20).algorithm, sign: rsa.pssSigner('sha256', 32).sign };
    expect(scenario(dsDer, lying, cscaDer).reasonCode).toBe('pa.signature-invalid');
  });

  it('fails a wrong SignerInfo signature and a Document Signer certificate not signed by its CSCA', () => {
    const csca = ecFixtureKey('P-256', 'csca-x', false);
    const cscaDer = fixtureCsca(csca, 'sha256');
    const ds = ecFixtureKey('P-256', 'ds-x', false);
    const dsDer = fixtureDs(ds, { signer: csca.signer('sha256'), keyIdentifier: keyIdentifierOf(csca.spki) });
    const other = ecFixtureKey('P-256', 'someone-else', false);
    expect(scenario(dsDer, other.signer('sha256'), cscaDer).reasonCode).toBe('pa.signature-invalid');
    // Same key identifier and name as the trusted CSCA, signed by another key: a forged DS certificate.
    const forged = fixtureDs(ds, { signer: other.signer('sha256'), keyIdentifier: keyIdentifierOf(csca.spki) });
    expect(scenario(forged, ds.signer('sha256'), cscaDer).reasonCode).toBe('pa.ds-certificate-signature-invalid');
  });

  it('fails when the messageDigest attribute does not cover the LDS Security Object', () => {
    const csca = ecFixtureKey('P-256', 'csca-md', false);
    const cscaDer = fixtureCsca(csca, 'sha256');
    const ds = ecFixtureKey('P-256', 'ds-md', false);
    const dsDer = fixtureDs(ds, { signer: csca.signer('sha256'), keyIdentifier: keyIdentifierOf(csca.spki) });
    const dgs = new Map([
      [1, Uint8Array.of(0x61, 0x01, 0x41)],
      [2, Uint8Array.of(0x75, 0x01, 0x42)],
    ]);
    const sod = buildSod(dgs, { certificate: dsDer, signatureAlgorithm: ds.signer('sha256').algorithm, sign: ds.signer('sha256').sign });
    // Change DG2's hash inside the SOD, then read only DG1: the DG check passes, the digest must not.
    const dg2Hash = Buffer.from(createHash('sha256').update(Uint8Array.of(0x75, 0x01, 0x42)).digest());
    const at = Buffer.from(sod).indexOf(dg2Hash);
    expect(at).toBeGreaterThan(0);
    const changed = sod.slice();
    changed[at] = (changed[at] as number) ^ 0xff;
    const r = verifyPassiveAuthentication({ sod: changed, dataGroups: new Map([[1, dgs.get(1) as Uint8Array]]), trustStore: trustStoreFromFiles([{ name: 'c', bytes: cscaDer }]), now: new Date('2030-01-01') });
    expect(r.reasonCode).toBe('pa.message-digest-mismatch');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../../electron/host/portal-health/probe';
import { HAVE_OPENSSL, selfSignedCert, startFakePortal } from '../support/local-https';

// The probe against a real local https server: up, down (503), hanging (timeout), and refused.
describe.skipIf(!HAVE_OPENSSL)('portal health probe over https', () => {
  let tls: ReturnType<typeof selfSignedCert>;
  let portal: Awaited<ReturnType<typeof startFakePortal>>;
  beforeAll(async () => {
    tls = selfSignedCert();
    portal = await startFakePortal(tls);
  });
  afterAll(async () => {
    await portal.close();
    tls.cleanup();
  });

  it('is up on the expected status, down on another, with the status said', async () => {
    expect(await probe({ url: portal.url, expectStatus: 200, timeoutMs: 2000, ca: tls.cert })).toEqual({ up: true });
    portal.setMode('down');
    expect(await probe({ url: portal.url, expectStatus: 200, timeoutMs: 2000, ca: tls.cert })).toEqual({ up: false, detail: 'status 503' });
    portal.setMode('up');
  });

  it('a server that does not answer is down after the timeout, never a hang', async () => {
    portal.setMode('hang');
    const started = Date.now();
    expect(await probe({ url: portal.url, expectStatus: 200, timeoutMs: 600, ca: tls.cert })).toEqual({ up: false, detail: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3000);
    portal.setMode('up');
  });

  it('an untrusted certificate is down (no CA given), as is a refused connection', async () => {
    expect((await probe({ url: portal.url, expectStatus: 200, timeoutMs: 2000 })).up).toBe(false);
    expect(await probe({ url: 'https://127.0.0.1:1/', expectStatus: 200, timeoutMs: 2000 })).toMatchObject({ up: false, detail: expect.stringContaining('ECONNREFUSED') });
  });
});

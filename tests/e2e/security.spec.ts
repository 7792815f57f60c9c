import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calls } from '../../electron/api/contract';
import { MAX_MESSAGE_BYTES } from '../../electron/api/wire';
import { expect, test } from './support/kiosk-fixture';

/*
 * Attacks on the kiosk in browser mode (the Electron-only parts — portal view, IPC, windows — are
 * unit-tested in electron/shell). Every refusal must also be logged for the technician.
 */

/** A hostile page on another loopback port: the "site" a citizen might be lured to in a browser. */
async function evilSite(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Opens a WebSocket from the page and reports 'open' or 'refused'. Runs in the browser. */
const tryConnect = (url: string) =>
  new Promise<string>((resolve) => {
    const ws = new WebSocket(url);
    ws.onopen = () => {
      ws.close();
      resolve('open');
    };
    ws.onerror = () => resolve('refused');
  });

test.describe('attacks on the kiosk api', () => {
  test('a page from another origin cannot open the api, even with a stolen launch token', async ({ page, kiosk }) => {
    const evil = await evilSite('<!doctype html><title>evil</title><p>evil</p>');
    try {
      await page.goto(evil.url);
      const base = `ws://127.0.0.1:${kiosk.port}/api`;
      const token = kiosk.launchToken;
      const results = await page.evaluate(
        async ({ urls, fn }) => {
          const connect = new Function(`return (${fn})`)() as (u: string) => Promise<string>;
          return Promise.all(urls.map(connect));
        },
        { urls: [`${base}?face=citizen`, `${base}?face=citizen&k=${token}`, `${base}?face=staff&k=${token}`, `${base}?face=display`], fn: tryConnect.toString() },
      );
      expect(results).toEqual(['refused', 'refused', 'refused', 'refused']);
      await expect.poll(() => (kiosk.output().match(/\[security\] refused \/api from ws:\S*127\.0\.0\.1: ws\.forbidden/g) ?? []).length).toBeGreaterThanOrEqual(4);
    } finally {
      await evil.close();
    }
  });

  test('another page cannot frame the kiosk faces (clickjacking)', async ({ page, kiosk }) => {
    const evil = await evilSite(`<!doctype html><title>evil</title><iframe id="f" src="${kiosk.displayUrl}" width="800" height="600"></iframe>`);
    try {
      await page.goto(evil.url);
      await page.waitForTimeout(1_000);
      await expect(page.frameLocator('#f').getByTestId('display-face')).toHaveCount(0);
    } finally {
      await evil.close();
    }
  });

  test('without the launch token, citizen, staff and admin calls are refused and logged', async ({ page, kiosk }) => {
    await page.goto(kiosk.displayUrl);
    const guarded = Object.entries(calls).filter(([, spec]) => spec.access !== 'display').map(([name]) => name);
    const answers = await page.evaluate(
      async ({ port, names }) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/api?face=citizen`);
        await new Promise((r) => (ws.onopen = r));
        const results: Record<string, unknown> = {};
        let id = 0;
        const pending = new Map<number, string>();
        const done = new Promise<void>((resolve) => {
          ws.onmessage = (e) => {
            const m = JSON.parse(e.data);
            if (m.t !== 'result') return;
            results[pending.get(m.id)!] = m.result;
            if (Object.keys(results).length === names.length + 1) resolve();
          };
        });
        for (const name of ['kiosk.status', ...names]) {
          pending.set(++id, name);
          ws.send(JSON.stringify({ t: 'call', id, name, input: {} }));
        }
        await done;
        ws.close();
        return results;
      },
      { port: kiosk.port, names: guarded },
    );
    expect((answers['kiosk.status'] as { ok: boolean }).ok).toBe(true);
    for (const name of guarded) expect(answers[name], name).toEqual({ ok: false, error: { code: 'api.forbidden' } });
    expect(kiosk.output()).toMatch(/\[security\] refused session\.start from ws:\S+: api\.forbidden/);
  });

  test('oversized, malformed and binary frames close the connection and are logged', async ({ page, kiosk }) => {
    await page.goto(kiosk.displayUrl);
    const codes = await page.evaluate(
      async ({ url, big }) => {
        const frames: (string | ArrayBuffer)[] = [big, '{not json', JSON.stringify({ t: 'call', id: 'x', name: 1 }), new Uint8Array([1, 2, 3]).buffer];
        const out: number[] = [];
        for (const frame of frames) {
          const ws = new WebSocket(url);
          await new Promise((r) => (ws.onopen = r));
          const closed = new Promise<number>((r) => (ws.onclose = (e) => r(e.code)));
          ws.send(frame);
          out.push(await closed);
        }
        return out;
      },
      { url: `ws://127.0.0.1:${kiosk.port}/api?face=citizen&k=${kiosk.launchToken}`, big: JSON.stringify({ t: 'call', id: 1, name: 'kiosk.status', input: { pad: 'x'.repeat(MAX_MESSAGE_BYTES) } }) },
    );
    // The server closes an oversized frame with 1009 before reading it; the browser may see the socket
    // drop first (1006). Either way the connection is gone.
    expect([1009, 1006]).toContain(codes[0]);
    expect(codes.slice(1)).toEqual([1008, 1008, 1008]);
    for (const code of ['wire.not-json', 'wire.malformed', 'wire.binary']) expect(kiosk.output()).toContain(`: ${code}`);
  });

  test('payloads that fail their schema are refused with field problems; the portal does not exist here', async ({ page, kiosk }) => {
    await page.goto(kiosk.displayUrl);
    const r = await page.evaluate(
      async ({ url }) => {
        const ws = new WebSocket(url);
        await new Promise((res) => (ws.onopen = res));
        let id = 0;
        const call = (name: string, input: unknown) =>
          new Promise<unknown>((res) => {
            const my = ++id;
            ws.addEventListener('message', (e) => {
              const m = JSON.parse(e.data);
              if (m.t === 'result' && m.id === my) res(m.result);
            });
            ws.send(JSON.stringify({ t: 'call', id: my, name, input }));
          });
        const out = {
          badReason: await call('session.end', { reason: '<script>' }),
          notAnObject: await call('session.end', 'rm -rf /'),
          portalStatus: await call('portal.status', {}),
          portalJs: await call('portal.open', { url: 'javascript:alert(1)', bounds: { x: 0, y: 0, width: 800, height: 600 } }),
          portalEvil: await call('portal.open', { url: 'https://evil.example/', bounds: { x: 0, y: 0, width: 800, height: 600 } }),
        };
        ws.close();
        return out;
      },
      { url: `ws://127.0.0.1:${kiosk.port}/api?face=citizen&k=${kiosk.launchToken}` },
    );
    expect(r.badReason).toMatchObject({ ok: false, error: { code: 'api.invalid-input', issues: [expect.stringMatching(/^reason:/)] } });
    expect(r.notAnObject).toMatchObject({ ok: false, error: { code: 'api.invalid-input' } });
    expect(r.portalStatus).toEqual({ ok: true, value: { available: false, open: false } });
    // Browser mode has no portal handler at all; the Electron shell's schema and allowlist checks are
    // unit-tested (electron/shell/portal-controller.test.ts, security-checklist.test.ts).
    expect(r.portalJs).toEqual({ ok: false, error: { code: 'api.not-available' } });
    expect(r.portalEvil).toEqual({ ok: false, error: { code: 'api.not-available' } });
    expect(kiosk.output()).toMatch(/refused session\.end from ws:\S+: api\.invalid-input/);
  });
});

test.describe('the kiosk face and the browser', () => {
  test('camera, microphone and geolocation are refused by the page policy', async ({ page, kiosk }) => {
    await page.goto(kiosk.citizenUrl);
    await expect(page.getByTestId('attract-screen')).toBeVisible();
    const r = await page.evaluate(async () => {
      const policy = (document as unknown as { featurePolicy: { allowsFeature(f: string): boolean } }).featurePolicy;
      const allowed = ['camera', 'microphone', 'geolocation', 'usb', 'serial', 'hid'].filter((f) => policy.allowsFeature(f));
      const media = await navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then(() => 'granted', (e: Error) => e.name);
      const geo = await new Promise<string>((res) => navigator.geolocation.getCurrentPosition(() => res('granted'), (e) => res(`error ${e.code}`), { timeout: 3_000 }));
      return { allowed, media, geo };
    });
    expect(r.allowed).toEqual([]);
    expect(r.media).not.toBe('granted');
    expect(r.geo).toBe('error 1'); // PERMISSION_DENIED
  });

  test('every page carries the strict CSP and refuses framing', async ({ page, kiosk }) => {
    for (const url of [kiosk.citizenUrl, kiosk.staffUrl, kiosk.displayUrl]) {
      const response = await page.goto(url);
      const headers = response!.headers();
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['permissions-policy']).toContain('camera=()');
    }
  });
});

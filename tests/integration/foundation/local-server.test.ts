import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { runCli } from '../../../electron/host/cli/run-cli';
import { allCommands } from '../../../electron/host/cli/registry';
import { loadConfig } from '../../../electron/host/config/load-config';
import type { KioskCore } from '../../../electron/host/core-module';
import { startKioskCore } from '../../../electron/host/kiosk-core';
import { startLocalServer, type LocalServer } from '../../../electron/host/server/local-server';
import { wsApiClient } from '../support/ws-api-client';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
let dir: string;
let core: KioskCore;
let server: LocalServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-server-'));
  const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8'));
  const configFile = join(dir, 'kiosk.json');
  writeFileSync(configFile, JSON.stringify({ ...demo, dataDir: join(dir, 'data'), content: { dir: join(REPO, 'kiosk-config', 'content') }, trustStore: { dir: join(REPO, 'kiosk-config', 'sim', 'trust-store') } }));
  const loaded = loadConfig(configFile);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  core = await startKioskCore(loaded.value, { runtime: 'browser' });
  server = await startLocalServer(core, { rendererDir: join(REPO, 'renderer'), bindAddress: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server?.close();
  await core?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function connect(query: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api?${query}`, { headers: { Origin: `http://127.0.0.1:${server.port}`, ...headers } });
  // Two seconds for an answer on loopback.
  return wsApiClient(ws, 2000);
}

describe('browser mode: the contract over WebSocket', () => {
  it('serves a session to the citizen face with the launch token, and pushes its events', async () => {
    const c = connect(`face=citizen&k=${server.launchToken}`);
    await c.opened;
    expect((await c.call('kiosk.status', {})).value.ward.name).toBe('Phường Minh Họa');
    const started = await c.call('session.start', {});
    expect(started).toMatchObject({ ok: true, value: { state: 'active' } });
    expect(await c.call('session.end', { reason: 'finished' })).toEqual({ ok: true, value: {} });
    await new Promise((r) => setTimeout(r, 50));
    expect(c.messages.some((m) => m.t === 'event' && m.name === 'session.wiped')).toBe(true);
    c.ws.close();
  });

  it('gives display-only access without the token and sends it no session events', async () => {
    const c = connect('face=citizen&k=wrong');
    await c.opened;
    expect((await c.call('kiosk.status', {})).ok).toBe(true);
    expect(await c.call('session.start', {})).toEqual({ ok: false, error: { code: 'api.forbidden' } });
    expect(await c.call('devices.status', {})).toEqual({ ok: false, error: { code: 'api.forbidden' } });
    c.ws.close();
  });

  it('refuses a payload that fails its schema and an unknown call', async () => {
    const c = connect(`face=citizen&k=${server.launchToken}`);
    await c.opened;
    const bad = await c.call('session.end', { reason: 'whatever' });
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('api.invalid-input');
    expect(bad.error.issues[0]).toMatch(/^reason:/);
    expect(await c.call('fs.read', {})).toEqual({ ok: false, error: { code: 'api.unknown-call' } });
    c.ws.close();
  });

  it('closes the connection on malformed and oversized frames', async () => {
    const c = connect(`face=citizen&k=${server.launchToken}`);
    await c.opened;
    const closed = new Promise<number>((r) => c.ws.once('close', (code) => r(code)));
    c.ws.send('{not json');
    expect(await closed).toBe(1008);
    const big = connect(`face=citizen&k=${server.launchToken}`);
    await big.opened;
    const bigClosed = new Promise<number>((r) => big.ws.once('close', (code) => r(code)));
    big.ws.send(JSON.stringify({ t: 'call', id: 1, name: 'session.get', input: { pad: 'x'.repeat(300_000) } }));
    expect(await bigClosed).toBe(1009);
  });

  it('refuses a WebSocket from a foreign web page (Origin) and a rebinding Host', async () => {
    await expect(connect(`face=citizen&k=${server.launchToken}`, { Origin: 'https://evil.example' }).opened).rejects.toThrow(/403/);
    await expect(connect(`face=citizen&k=${server.launchToken}`, { Host: `evil.example:${server.port}`, Origin: `http://evil.example:${server.port}` }).opened).rejects.toThrow(/403/);
  });

  it('answers HTTP with a strict Content-Security-Policy and refuses path traversal', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/citizen`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`http://127.0.0.1:${server.port}/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/citizen`, { method: 'POST' })).status).toBe(405);
  });

  it('answers malformed request targets with 400 or 404 and keeps serving (no request may crash the core)', async () => {
    // Raw sockets: fetch() would normalise these targets before sending them.
    const raw = (target: string, upgrade = false) =>
      new Promise<string>((res, rej) => {
        const sock = createConnection(server.port, '127.0.0.1');
        let text = '';
        sock.on('data', (d) => (text += d.toString('latin1')));
        sock.on('end', () => res(text.split('\r\n')[0] ?? ''));
        sock.on('error', rej);
        const headers = upgrade
          ? 'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n'
          : 'Connection: close\r\n';
        sock.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n${headers}\r\n`);
        setTimeout(() => sock.end(), 300);
      });
    expect(await raw('/assets/%E0%A4%A')).toMatch(/^HTTP\/1\.1 404/);
    expect(await raw('/assets/%00.js')).toMatch(/^HTTP\/1\.1 404/);
    expect(await raw('//')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('//evil.example/x')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('*')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('//api?face=citizen', true)).toMatch(/^HTTP\/1\.1 403/);
    // Still alive and serving.
    expect((await fetch(`http://127.0.0.1:${server.port}/citizen`)).status).toBe(200);
    const { opened, call, ws } = connect('face=display');
    await opened;
    expect((await call('kiosk.status', {})).ok).toBe(true);
    ws.close();
  });
});

describe('kiosk config check', () => {
  const io = () => { const out: string[] = []; const err: string[] = []; return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } }; };

  it('prints ok for the demo configuration', async () => {
    const o = io();
    expect(await runCli(allCommands, ['config', 'check', join(REPO, 'kiosk-config', 'kiosk.json')], o.io)).toBe(0);
    expect(o.out[0]).toMatch(/^ok /);
  });

  it('lists every problem of a broken copy with its path and exits non-zero', async () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8'));
    demo.devices.cardReader = { type: 'serial', path: '/dev/ttyUSB0', baudRate: 11520 };
    demo.session.warningSeconds = 5;
    demo.ward.code = 'x';
    demo.portal.allowlist = ['Not A Host!'];
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(demo));
    const o = io();
    expect(await runCli(allCommands, ['config', 'check', file], o.io)).toBe(1);
    expect(o.err).toEqual(expect.arrayContaining([
      '  devices.cardReader.baudRate: expected one of 9600…921600, got 11520',
      expect.stringMatching(/^ {2}session\.warningSeconds: /),
      '  ward.code: expected the 5-digit ward code',
      '  portal.allowlist.0: expected a host name such as dichvucong.gov.vn',
    ]));
  });

  it('warns about a wildcard bind (every interface) but still accepts the file', async () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8'));
    const file = join(dir, 'wildcard.json');
    writeFileSync(file, JSON.stringify({ ...demo, network: { bindAddress: '0.0.0.0', port: 8420 } }));
    const o = io();
    expect(await runCli(allCommands, ['config', 'check', file], o.io)).toBe(0);
    expect(o.err).toEqual([expect.stringMatching(/^warning: network\.bindAddress: 0\.0\.0\.0 listens on every network interface/)]);
    expect(o.out[0]).toMatch(/^ok /);
    const quiet = io();
    expect(await runCli(allCommands, ['config', 'check', join(REPO, 'kiosk-config', 'kiosk.json')], quiet.io)).toBe(0);
    expect(quiet.err).toEqual([]);
  });

  it('reports unreadable and non-JSON files plainly', async () => {
    const o = io();
    writeFileSync(join(dir, 'not.json'), '{ "ward": ');
    expect(await runCli(allCommands, ['config', 'check', join(dir, 'not.json')], o.io)).toBe(1);
    expect(o.err.join('\n')).toMatch(/not valid JSON/);
    expect(await runCli(allCommands, ['config', 'check', join(dir, 'missing.json')], o.io)).toBe(1);
    expect(o.err.join('\n')).toMatch(/cannot read the file \(ENOENT\)/);
  });
});

describe('browser mode: handing a face its launch token (api/launch.ts)', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`http://127.0.0.1:${server.port}/launch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${server.port}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, text: await r.text() }));
  const codeOf = (url: string) => decodeURIComponent(new URL(url).hash.replace(/^#c=/, ''));

  it('prints addresses without any secret, and records the token only in a 0600 file', () => {
    expect(server.url('citizen')).toBe(`http://127.0.0.1:${server.port}/citizen`);
    expect(server.url('staff')).not.toContain(server.launchToken);
    expect(server.launchUrl('citizen')).not.toContain(server.launchToken);
    const file = join(dir, 'data', 'browser-launch.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ token: server.launchToken, base: `http://127.0.0.1:${server.port}` });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('exchanges a code once for the token, and confirms a kept token', async () => {
    const code = codeOf(server.launchUrl('staff'));
    expect(await post({ face: 'citizen', code })).toEqual({ status: 403, text: JSON.stringify({ ok: false, refused: 'wrong-face' }) });
    expect(JSON.parse((await post({ face: 'staff', code })).text)).toEqual({ ok: true, token: server.launchToken });
    expect(JSON.parse((await post({ face: 'staff', code })).text)).toEqual({ ok: false, refused: 'spent' });
    expect(JSON.parse((await post({ face: 'staff', token: server.launchToken })).text)).toEqual({ ok: true, token: server.launchToken });
    expect(JSON.parse((await post({ face: 'staff', token: 'x'.repeat(43) })).text)).toEqual({ ok: false, refused: 'stale-token' });
    const forged = code.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAA');
    expect(JSON.parse((await post({ face: 'staff', code: forged })).text)).toEqual({ ok: false, refused: 'forged' });
  });

  it('gives no token to another site, a rebinding Host, a missing Origin, or malformed and oversized bodies', async () => {
    const code = () => codeOf(server.launchUrl('citizen'));
    expect((await post({ face: 'citizen', code: code() }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ face: 'citizen', code: code() }, { Host: `evil.example:${server.port}`, Origin: `http://evil.example:${server.port}` })).status).toBe(403);
    const noOrigin = await new Promise<number>((res) => {
      const body = JSON.stringify({ face: 'citizen', code: code() });
      const s = createConnection(server.port, '127.0.0.1', () => s.write(`POST /launch HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`));
      let text = '';
      s.on('data', (d) => (text += d.toString()));
      s.on('end', () => res(Number(text.split(' ')[1])));
    });
    expect(noOrigin).toBe(403);
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ face: 'citizen', code: code(), extra: 1 })).status).toBe(400);
    expect((await post({ face: 'citizen', code: 'x'.repeat(5000) })).status).toBe(400);
    // None of those spent a code or leaked the token; a good code still works.
    expect(JSON.parse((await post({ face: 'citizen', code: code() })).text)).toEqual({ ok: true, token: server.launchToken });
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createConnection } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { calls } from '../../../electron/api/contract';
import { loadConfig } from '../../../electron/host/config/load-config';
import type { KioskCore } from '../../../electron/host/core-module';
import { startKioskCore } from '../../../electron/host/kiosk-core';
import { listenPlan } from '../../../electron/host/server/listen-plan';
import { startLocalServer, type LocalServer } from '../../../electron/host/server/local-server';
import { wsApiClient } from '../support/ws-api-client';

/*
 * Issue 14, item 7, on this machine's real network interface: the config says what the README once
 * advised for the "lan" display (network.bindAddress = the kiosk's LAN address). The faces must stay
 * reachable from the kiosk itself on loopback, and a peer coming in over the LAN address reaches the
 * display's listener only, with the display's calls only. Connections to the LAN address arrive with
 * that (non-loopback) address as their peer, exactly as from another PC on the ward network.
 */

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const LAN = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

let dir = '';
let core: KioskCore;
let server: LocalServer;

interface Reply { status: number; body: string }
function http(host: string, port: number, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((res, rej) => {
    const req = request({ host, port, path, method, headers }, (r) => {
      let body = '';
      r.on('data', (d) => (body += d));
      r.on('end', () => res({ status: r.statusCode ?? 0, body }));
    });
    req.on('error', rej);
    req.end();
  });
}

async function socket(url: string, origin: string) {
  const client = wsApiClient(new WebSocket(url, { headers: { Origin: origin } }));
  await client.opened;
  return client;
}

describe.skipIf(!LAN)('the LAN display on its own listener (needs a non-loopback IPv4 address on this machine)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-lan-listener-'));
    const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8'));
    const file = join(dir, 'kiosk.json');
    writeFileSync(file, JSON.stringify({
      ...demo, dataDir: join(dir, 'data'), faces: { ...demo.faces, display: { mode: 'lan', monitor: 1 } },
      network: { bindAddress: LAN, port: 0 },
      content: { dir: join(REPO, 'kiosk-config', 'content') }, trustStore: { dir: join(REPO, 'kiosk-config', 'sim', 'trust-store') },
    }));
    const loaded = loadConfig(file);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    core = await startKioskCore(loaded.value, { runtime: 'browser' });
    const plan = listenPlan(loaded.value.config);
    server = await startLocalServer(core, { rendererDir: join(REPO, 'renderer'), ...plan.faces, display: plan.display });
  });

  afterAll(async () => {
    await server?.close();
    await core?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the citizen and staff faces reachable from the kiosk itself, on loopback', async () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.lanDisplay?.url).toBe(`http://${LAN}:${server.lanDisplay?.port}/display`);
    for (const face of ['/citizen', '/staff']) expect((await http('127.0.0.1', server.port, face)).status).toBe(200);
    const citizen = await socket(`ws://127.0.0.1:${server.port}/api?face=citizen&k=${server.launchToken}`, `http://127.0.0.1:${server.port}`);
    expect((await citizen.call('session.start', {})).ok).toBe(true);
    expect((await citizen.call('session.end', { reason: 'finished' })).ok).toBe(true);
    citizen.ws.close();
  });

  it('does not listen for the faces on the LAN address at all', async () => {
    const refused = await new Promise<string>((res) => {
      const c = createConnection({ host: LAN, port: server.port });
      c.once('connect', () => { c.destroy(); res('connected'); });
      c.once('error', (e: NodeJS.ErrnoException) => res(String(e.code)));
    });
    // Unless the display listener happens to share the port (it does not with port 0), nothing answers there.
    if (server.lanDisplay?.port !== server.port) expect(refused).toBe('ECONNREFUSED');
  });

  it('serves a LAN peer the display page and its assets only: no face, no launch endpoint, no path tricks', async () => {
    const port = server.lanDisplay!.port;
    expect((await http(LAN!, port, '/display')).status).toBe(200);
    for (const path of ['/citizen', '/staff', '/', '/index.html', '/browser-launch.json']) expect((await http(LAN!, port, path)).status, path).toBe(403);
    expect((await http(LAN!, port, '/launch', 'POST', { 'Content-Type': 'application/json', Origin: `http://${LAN}:${port}` })).status).toBe(403);
    for (const path of ['/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/display/../citizen']) {
      const reply = await http(LAN!, port, path);
      expect(reply.status, path).not.toBe(200);
      expect(reply.body, path).not.toContain('"dependencies"');
    }
  });

  it('gives a LAN peer display calls only, even with the launch token and face=staff', async () => {
    const port = server.lanDisplay!.port;
    const s = await socket(`ws://${LAN}:${port}/api?face=staff&k=${server.launchToken}`, `http://${LAN}:${port}`);
    expect((await s.call('kiosk.status', {})).ok).toBe(true);
    const guarded = Object.entries(calls).filter(([, spec]) => spec.access !== 'display').map(([name]) => name);
    expect(guarded.length).toBeGreaterThan(10);
    for (const name of guarded) expect(await s.call(name, {}), name).toEqual({ ok: false, error: { code: 'api.forbidden' } });
    s.ws.close();
  });

  it('refuses a WebSocket from a page of another origin', async () => {
    const port = server.lanDisplay!.port;
    await expect(socket(`ws://${LAN}:${port}/api?face=display`, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(socket(`ws://${LAN}:${port}/other?face=display`, `http://${LAN}:${port}`)).rejects.toThrow(/403/);
  });
});

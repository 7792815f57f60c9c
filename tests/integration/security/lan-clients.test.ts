import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { calls } from '../../../electron/api/contract';
import { MAX_MESSAGE_BYTES } from '../../../electron/api/wire';
import { loadConfig } from '../../../electron/host/config/load-config';
import type { KioskCore } from '../../../electron/host/core-module';
import { startKioskCore } from '../../../electron/host/kiosk-core';
import { startLocalServer, type LocalServer } from '../../../electron/host/server/local-server';
import { wsApiClient } from '../support/ws-api-client';

/*
 * A client on the ward LAN, against the real browser-mode server. The server decides by the peer's
 * address (req.socket.remoteAddress); these tests forge that address for connections made from a
 * chosen local port, so a loopback connection is seen exactly as one from 192.168.1.50 would be.
 * Nothing leaves loopback.
 */

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const LAN_PEER = '192.168.1.50';
const lanPorts = new Set<number>();
// net.Socket's remoteAddress and remotePort getters read this._getpeername(); wrapping that forges the
// address of the server-side sockets whose peer port is one of ours.
type PeerName = { address?: string; port?: number; family?: string };
const sockets = Socket.prototype as unknown as { _getpeername(this: Socket): PeerName };
const realGetPeerName = sockets._getpeername;

interface Kiosk { core: KioskCore; server: LocalServer; dir: string }
let lanDisplay: Kiosk;
let noLan: Kiosk;
const warnings: string[] = [];

async function startKiosk(displayMode: 'lan' | 'off'): Promise<Kiosk> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-lan-'));
  const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8'));
  const file = join(dir, 'kiosk.json');
  writeFileSync(file, JSON.stringify({
    ...demo, dataDir: join(dir, 'data'), faces: { ...demo.faces, display: { mode: displayMode, monitor: 1 } },
    content: { dir: join(REPO, 'kiosk-config', 'content') }, trustStore: { dir: join(REPO, 'kiosk-config', 'sim', 'trust-store') },
  }));
  const loaded = loadConfig(file);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const core = await startKioskCore(loaded.value, { runtime: 'browser' });
  const server = await startLocalServer(core, { rendererDir: join(REPO, 'renderer'), bindAddress: '127.0.0.1', port: 0 });
  return { core, server, dir };
}

/** A free local port to connect from; connections from it are seen as coming from LAN_PEER. */
async function lanPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  lanPorts.add(port);
  return port;
}

beforeAll(async () => {
  sockets._getpeername = function forged(this: Socket) {
    const peer = realGetPeerName.call(this);
    return peer.port !== undefined && lanPorts.has(peer.port) ? { ...peer, address: LAN_PEER } : peer;
  };
  const warn = console.warn;
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  });
  lanDisplay = await startKiosk('lan');
  noLan = await startKiosk('off');
});

afterAll(async () => {
  sockets._getpeername = realGetPeerName;
  vi.restoreAllMocks();
  for (const k of [lanDisplay, noLan]) {
    if (!k) continue;
    await k.server.close();
    await k.core.stop();
    rmSync(k.dir, { recursive: true, force: true });
  }
});

async function lanHttp(k: Kiosk, path: string, headers: Record<string, string> = {}): Promise<IncomingMessage> {
  const localPort = await lanPort();
  return new Promise((res, rej) => {
    const req = get({ host: '127.0.0.1', port: k.server.port, path, localPort, headers: { Host: `192.168.1.10:${k.server.port}`, ...headers } }, (r) => {
      r.resume();
      res(r);
    });
    req.on('error', rej);
  });
}

async function lanSocket(k: Kiosk, query: string, headers: Record<string, string> = {}) {
  const localPort = await lanPort();
  const ws = new WebSocket(`ws://127.0.0.1:${k.server.port}/api?${query}`, {
    localPort,
    headers: { Host: `192.168.1.10:${k.server.port}`, Origin: `http://192.168.1.10:${k.server.port}`, ...headers },
  } as WebSocket.ClientOptions);
  return wsApiClient(ws);
}

describe('a LAN client when the display is not on the LAN', () => {
  it('gets 403 for every page and the WebSocket, and each refusal is logged', async () => {
    for (const path of ['/display', '/citizen', '/staff', '/']) expect((await lanHttp(noLan, path)).statusCode).toBe(403);
    await expect(lanSocket(noLan, 'face=display').then((s) => s.opened)).rejects.toThrow(/403/);
    expect(warnings.some((w) => w.includes(`refused /citizen from http:${LAN_PEER}: http.lan-forbidden`))).toBe(true);
    expect(warnings.some((w) => w.includes(`from ws:${LAN_PEER}`) && w.includes('ws.forbidden'))).toBe(true);
  });

  it('cannot pass as local with a loopback Host or forwarding headers', async () => {
    expect((await lanHttp(noLan, '/citizen', { Host: `127.0.0.1:${noLan.server.port}`, 'X-Forwarded-For': '127.0.0.1' })).statusCode).toBe(403);
    await expect(lanSocket(noLan, `face=citizen&k=${noLan.server.launchToken}`, { Host: `localhost:${noLan.server.port}`, Origin: `http://localhost:${noLan.server.port}`, 'X-Forwarded-For': '127.0.0.1' }).then((s) => s.opened)).rejects.toThrow(/403/);
  });
});

describe('a LAN client when the display is on the LAN', () => {
  it('may fetch the display page only, never the citizen or staff faces', async () => {
    expect((await lanHttp(lanDisplay, '/display')).statusCode).toBe(200);
    expect((await lanHttp(lanDisplay, '/citizen')).statusCode).toBe(403);
    expect((await lanHttp(lanDisplay, '/staff')).statusCode).toBe(403);
    expect((await lanHttp(lanDisplay, '/index.html')).statusCode).toBe(403);
    expect((await lanHttp(lanDisplay, '/assets/../../package.json')).statusCode).not.toBe(200);
  });

  it('gets display access only, even with the launch token and face=staff: every non-display call is refused', async () => {
    const s = await lanSocket(lanDisplay, `face=staff&k=${lanDisplay.server.launchToken}`);
    await s.opened;
    expect((await s.call('kiosk.status', {})).ok).toBe(true);
    const guarded = Object.entries(calls).filter(([, spec]) => spec.access !== 'display').map(([name]) => name);
    expect(guarded.length).toBeGreaterThan(10);
    for (const name of guarded) expect(await s.call(name, {}), name).toEqual({ ok: false, error: { code: 'api.forbidden' } });
    expect(warnings.some((w) => w.includes(`refused session.start from ws:${LAN_PEER}: api.forbidden`))).toBe(true);
    s.ws.close();
  });

  it('receives no citizen-session events while a citizen uses the kiosk', async () => {
    const lan = await lanSocket(lanDisplay, 'face=display');
    await lan.opened;
    const local = new WebSocket(`ws://127.0.0.1:${lanDisplay.server.port}/api?face=citizen&k=${lanDisplay.server.launchToken}`, { headers: { Origin: `http://127.0.0.1:${lanDisplay.server.port}` } });
    await new Promise<void>((r) => local.once('open', () => r()));
    local.send(JSON.stringify({ t: 'call', id: 1, name: 'session.start', input: {} }));
    await new Promise((r) => setTimeout(r, 150));
    local.send(JSON.stringify({ t: 'call', id: 2, name: 'session.end', input: { reason: 'finished' } }));
    await new Promise((r) => setTimeout(r, 150));
    expect(lan.messages.filter((m) => m.t === 'event' && /^(session|identity|staff|maintenance)\./.test(m.name))).toEqual([]);
    local.close();
    lan.ws.close();
  });

  it('is disconnected for oversized, malformed and binary frames, and each refusal is logged', async () => {
    const big = await lanSocket(lanDisplay, 'face=display');
    await big.opened;
    big.ws.send(JSON.stringify({ t: 'call', id: 1, name: 'kiosk.status', input: { pad: 'x'.repeat(MAX_MESSAGE_BYTES) } }));
    expect(await big.closed).toBe(1009);
    for (const frame of ['{not json', JSON.stringify({ t: 'call', id: -1, name: 'kiosk.status' }), JSON.stringify({ t: 'exec', cmd: 'rm -rf /' }), Buffer.from([0, 1, 2])]) {
      const s = await lanSocket(lanDisplay, 'face=display');
      await s.opened;
      s.ws.send(frame);
      expect(await s.closed).toBe(1008);
    }
    for (const code of ['wire.not-json', 'wire.malformed', 'wire.binary']) expect(warnings.some((w) => w.includes(`from ws:${LAN_PEER}: ${code}`)), code).toBe(true);
  });
});

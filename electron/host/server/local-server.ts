import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KioskCore } from '../kiosk-core';
import { securityLog } from '../logging/security-log';
import { grantsFor, isLoopbackAddress, lanMayFetch, type PeerPolicy } from './peer-policy';
import { SECURITY_HEADERS } from './content-security-policy';
import { readStatic } from './static-files';
import { createWsApi } from './ws-api';

export interface LocalServer {
  readonly port: number;
  readonly host: string;
  readonly launchToken: string;
  /** URL of a face; the kiosk and staff URLs carry the launch token in the fragment (never sent to a server). */
  url(face: 'citizen' | 'staff' | 'display'): string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Built renderer folder (dist/renderer). */
  readonly rendererDir: string;
  readonly bindAddress: string;
  readonly port: number;
  readonly launchToken?: string;
}

/**
 * Browser mode's server: the built renderer over HTTP and the contract over WebSocket at /api.
 * Bound to loopback by default; beyond loopback only the display page, its assets and display-level
 * WebSocket access are served, and only when the config puts the display on the LAN.
 */
export async function startLocalServer(core: KioskCore, options: ServerOptions): Promise<LocalServer> {
  const policy: PeerPolicy = {
    launchToken: options.launchToken ?? randomBytes(24).toString('base64url'),
    displayOnLan: core.loaded.config.faces.display.mode === 'lan',
  };
  const wsApi = createWsApi(core.dispatch, core.events);

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://kiosk.invalid');
    const local = isLoopbackAddress(req.socket.remoteAddress);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    if (!local && !(policy.displayOnLan && lanMayFetch(url.pathname))) {
      securityLog.refused(`http:${req.socket.remoteAddress}`, url.pathname.slice(0, 100), 'http.lan-forbidden');
      res.writeHead(403, SECURITY_HEADERS).end('Forbidden');
      return;
    }
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': file.cache });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://kiosk.invalid');
    const grants =
      url.pathname === '/api'
        ? grantsFor(
            {
              remoteAddress: req.socket.remoteAddress,
              host: req.headers.host,
              origin: req.headers.origin,
              face: url.searchParams.get('face'),
              token: url.searchParams.get('k'),
            },
            policy,
          )
        : null;
    if (!grants) {
      securityLog.refused(`ws:${req.socket.remoteAddress}`, url.pathname.slice(0, 100), 'ws.forbidden');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wsApi.handleUpgrade(req, socket, head, grants);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.bindAddress, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = options.bindAddress === '0.0.0.0' || options.bindAddress === '::' ? '127.0.0.1' : options.bindAddress;
  const base = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`;

  return {
    port: address.port,
    host: shownHost,
    launchToken: policy.launchToken,
    url: (face) => (face === 'display' ? `${base}/display` : `${base}/${face}#k=${policy.launchToken}`),
    async close() {
      wsApi.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

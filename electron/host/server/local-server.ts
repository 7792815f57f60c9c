import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KioskCore } from '../kiosk-core';
import { securityLog } from '../logging/security-log';
import { LaunchCodes, mintLaunchCode } from './launch-codes';
import { handleLaunch } from './launch-endpoint';
import { publishLaunch, readLaunchFile } from './launch-file';
import { grantsFor, isLoopbackAddress, lanMayFetch, type PeerPolicy } from './peer-policy';
import { SECURITY_HEADERS } from './content-security-policy';
import { readStatic, requestTarget } from './static-files';
import { createWsApi } from './ws-api';

export interface LocalServer {
  readonly port: number;
  readonly host: string;
  readonly launchToken: string;
  /** URL of a face, without any secret: a face opened from it alone says it was not opened properly. */
  url(face: 'citizen' | 'staff' | 'display'): string;
  /** URL of the citizen or staff face with a fresh one-time code in the fragment (api/launch.ts). */
  launchUrl(face: 'citizen' | 'staff'): string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Built renderer folder (dist/renderer). */
  readonly rendererDir: string;
  readonly bindAddress: string;
  readonly port: number;
  /** Default: the token of <dataDir>/browser-launch.json, else a new one (written there after listening). */
  readonly launchToken?: string;
}

/**
 * Browser mode's server: the built renderer over HTTP and the contract over WebSocket at /api.
 * Bound to loopback by default; beyond loopback only the display page, its assets and display-level
 * WebSocket access are served, and only when the config puts the display on the LAN.
 */
export async function startLocalServer(core: KioskCore, options: ServerOptions): Promise<LocalServer> {
  const policy: PeerPolicy = {
    launchToken: options.launchToken ?? readLaunchFile(core.loaded.config.dataDir)?.token ?? randomBytes(32).toString('base64url'),
    displayOnLan: core.loaded.config.faces.display.mode === 'lan',
  };
  const wsApi = createWsApi(core.dispatch, core.events);
  const codes = new LaunchCodes(policy.launchToken);

  const serveFile = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const peer = `http:${req.socket.remoteAddress}`;
    const target = requestTarget(req.url);
    if (target === null) {
      securityLog.refused(peer, String(req.url).slice(0, 100), 'http.bad-request');
      res.writeHead(400, SECURITY_HEADERS).end('Bad request');
      return;
    }
    const { pathname } = target;
    const local = isLoopbackAddress(req.socket.remoteAddress);
    if (pathname === '/launch' && req.method === 'POST') return handleLaunch(req, res, codes, policy.launchToken);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    if (!local && !(policy.displayOnLan && lanMayFetch(pathname))) {
      securityLog.refused(peer, pathname.slice(0, 100), 'http.lan-forbidden');
      res.writeHead(403, SECURITY_HEADERS).end('Forbidden');
      return;
    }
    const file = await readStatic(options.rendererDir, pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': file.cache });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };

  // No request, however malformed, may take the core down with it: a failure is one 500 and a log line.
  const server: Server = createServer((req, res) => {
    serveFile(req, res).catch((e: Error) => {
      console.error(`[server] request failed: ${e.message}`);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });

  server.on('upgrade', (req, socket, head) => {
    const target = requestTarget(req.url);
    const grants =
      target?.pathname === '/api'
        ? grantsFor(
            {
              remoteAddress: req.socket.remoteAddress,
              host: req.headers.host,
              origin: req.headers.origin,
              face: target.searchParams.get('face'),
              token: target.searchParams.get('k'),
            },
            policy,
          )
        : null;
    if (!grants) {
      securityLog.refused(`ws:${req.socket.remoteAddress}`, String(target?.pathname ?? req.url).slice(0, 100), 'ws.forbidden');
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
  publishLaunch(core.loaded.config.dataDir, base, policy.launchToken);

  return {
    port: address.port,
    host: shownHost,
    launchToken: policy.launchToken,
    url: (face) => `${base}/${face}`,
    launchUrl: (face) => `${base}/${face}#c=${mintLaunchCode(policy.launchToken, face, Date.now())}`,
    async close() {
      wsApi.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { KioskCore } from '../core-module';
import { securityLog } from '../logging/security-log';
import { startDisplayListener, type DisplayListener } from './display-listener';
import { baseUrl, closeServer, guardedServer, listenOn, sendStatic } from './http-serving';
import type { Listener } from './listen-plan';
import { LaunchCodes, mintLaunchCode } from './launch-codes';
import { handleLaunch } from './launch-endpoint';
import { publishLaunch, readLaunchFile } from './launch-file';
import { grantsFor, isLoopbackAddress, lanMayFetch, type PeerPolicy } from './peer-policy';
import { SECURITY_HEADERS } from './content-security-policy';
import { requestTarget } from './static-files';
import { createWsApi } from './ws-api';

export interface LocalServer {
  readonly port: number;
  readonly host: string;
  readonly launchToken: string;
  /** URL of a face, without any secret: a face opened from it alone says it was not opened properly. */
  url(face: 'citizen' | 'staff' | 'display'): string;
  /** URL of the citizen or staff face with a fresh one-time code in the fragment (api/launch.ts). */
  launchUrl(face: 'citizen' | 'staff'): string;
  /** The display-only listener for the ward network (network.display; listen-plan.ts), or null. */
  readonly lanDisplay: { readonly port: number; readonly url: string } | null;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Built renderer folder (dist/renderer). */
  readonly rendererDir: string;
  readonly bindAddress: string;
  readonly port: number;
  /** Default: the token of <dataDir>/browser-launch.json, else a new one (written there after listening). */
  readonly launchToken?: string;
  /** Where the lobby display listens for the ward network, on its own (listenPlan().display). */
  readonly display?: Listener | null;
}

/**
 * Browser mode's server: the built renderer over HTTP and the contract over WebSocket at /api.
 * Bound to loopback by default; beyond loopback only the display page, its assets and display-level
 * WebSocket access are served, and only when the config puts the display on the LAN. With
 * `options.display` the ward network's display gets its own, display-only listener (listen-plan.ts).
 */
export async function startLocalServer(core: KioskCore, options: ServerOptions): Promise<LocalServer> {
  const policy: PeerPolicy = {
    launchToken: options.launchToken ?? readLaunchFile(core.loaded.config.dataDir)?.token ?? randomBytes(32).toString('base64url'),
    // With its own listener the display never shares the faces' one with the ward network.
    displayOnLan: core.loaded.config.faces.display.mode === 'lan' && !options.display,
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
    await sendStatic(req, res, options.rendererDir, pathname);
  };

  const server: Server = guardedServer(serveFile);

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

  const port = await listenOn(server, { bindAddress: options.bindAddress, port: options.port });
  let lanDisplay: DisplayListener | null = null;
  try {
    if (options.display) lanDisplay = await startDisplayListener(wsApi, options.rendererDir, options.display);
  } catch (e) {
    await closeServer(server);
    throw e;
  }
  const shownHost = options.bindAddress === '0.0.0.0' || options.bindAddress === '::' ? '127.0.0.1' : options.bindAddress;
  const base = baseUrl(options.bindAddress, port);
  publishLaunch(core.loaded.config.dataDir, base, policy.launchToken);

  return {
    port,
    host: shownHost,
    lanDisplay: lanDisplay && { port: lanDisplay.port, url: lanDisplay.url },
    launchToken: policy.launchToken,
    url: (face) => `${base}/${face}`,
    launchUrl: (face) => `${base}/${face}#c=${mintLaunchCode(policy.launchToken, face, Date.now())}`,
    async close() {
      wsApi.close();
      await lanDisplay?.close();
      await closeServer(server);
    },
  };
}

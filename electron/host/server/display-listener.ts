import type { Server } from 'node:http';
import { ACCESS_BY_FACE } from '../../api/contract';
import { securityLog } from '../logging/security-log';
import { SECURITY_HEADERS } from './content-security-policy';
import { baseUrl, closeServer, guardedServer, listenOn, sendStatic } from './http-serving';
import type { Listener } from './listen-plan';
import { lanMayFetch, sameHostOrigin } from './peer-policy';
import { requestTarget } from './static-files';
import type { createWsApi } from './ws-api';

export interface DisplayListener {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The lobby display's own listener for the ward network (issue 14, item 7): the display page, its
 * assets and display-level WebSocket access, for every peer, and nothing else: no face, no launch
 * endpoint, no token accepted. The citizen and staff faces are on another, loopback-only listener.
 */
export async function startDisplayListener(
  wsApi: ReturnType<typeof createWsApi>,
  rendererDir: string,
  listener: Listener,
): Promise<DisplayListener> {
  const server: Server = guardedServer(async (req, res) => {
    const target = requestTarget(req.url);
    const peer = `http:${req.socket.remoteAddress}`;
    if (target === null || !lanMayFetch(target.pathname)) {
      securityLog.refused(peer, String(target?.pathname ?? req.url).slice(0, 100), 'http.display-only');
      res.writeHead(target === null ? 400 : 403, SECURITY_HEADERS).end(target === null ? 'Bad request' : 'Forbidden');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    await sendStatic(req, res, rendererDir, target.pathname);
  });

  server.on('upgrade', (req, socket, head) => {
    const target = requestTarget(req.url);
    const origin = req.headers.origin;
    // A browser always sends Origin: a page of another site on a ward PC may not read the display feed.
    const originOk = origin === undefined || sameHostOrigin(origin, req.headers.host);
    if (target?.pathname !== '/api' || !originOk) {
      securityLog.refused(`ws:${req.socket.remoteAddress}`, String(target?.pathname ?? req.url).slice(0, 100), 'ws.forbidden');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wsApi.handleUpgrade(req, socket, head, ACCESS_BY_FACE.display);
  });

  const port = await listenOn(server, listener);
  return { port, url: `${baseUrl(listener.bindAddress, port)}/display`, close: () => closeServer(server) };
}

import type * as NodeHttp from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeRequire } from '../../../drivers/node-require';
import type { Listener } from './listen-plan';
import { SECURITY_HEADERS } from './content-security-policy';
import { readStatic } from './static-files';

/** One built renderer file (or 404) for a GET/HEAD already allowed by the caller's policy. */
export async function sendStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, pathname: string): Promise<void> {
  const file = await readStatic(rendererDir, pathname);
  if (!file) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type, 'Cache-Control': file.cache });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/**
 * `node:http` through require, not an ESM import: Node builds an ES module facade of a builtin by reading
 * every export, and node:http's include undici's WebSocket getters, so the import alone loaded undici
 * (~13 MB resident, ~35 ms) into a core that never uses fetch unless the portal checks are configured.
 */
const http = (): typeof NodeHttp => nodeRequire()('node:http') as typeof NodeHttp;

/** An HTTP server whose handler failures are one 500 and a log line: no request may take the core down. */
export function guardedServer(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Server {
  return http().createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      console.error(`[server] request failed: ${e.message}`);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });
}

export async function listenOn(server: Server, listener: Listener): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listener.port, listener.bindAddress, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** http://host:port, with an IPv6 host in brackets; a wildcard bind is shown as loopback. */
export function baseUrl(bindAddress: string, port: number): string {
  const host = bindAddress === '0.0.0.0' || bindAddress === '::' ? '127.0.0.1' : bindAddress;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAVE_OPENSSL = existsSync('/usr/bin/openssl');

/** A throwaway self-signed certificate for 127.0.0.1 (made with the openssl command, kept in memory). */
export function selfSignedCert(): { key: string; cert: string; certFile: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-tls-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A local https "portal" that can go down and come back: while `up` it answers 200, while down 503
 * (set `mode` to 'hang' to answer nothing, as an unreachable portal does).
 */
export async function startFakePortal(tls: { key: string; cert: string }, port = 0): Promise<{ url: string; port: number; setMode(m: 'up' | 'down' | 'hang'): void; close(): Promise<void> }> {
  let mode: 'up' | 'down' | 'hang' = 'up';
  const server: Server = createServer(tls, (req, res) => {
    if (mode === 'hang') return;
    res.writeHead(mode === 'up' ? 200 : 503, { 'content-type': 'text/plain' });
    res.end(mode);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `https://127.0.0.1:${actual}/`,
    port: actual,
    setMode: (m) => { mode = m; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

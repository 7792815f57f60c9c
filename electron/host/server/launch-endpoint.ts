import type { IncomingMessage, ServerResponse } from 'node:http';
import { LaunchRequest, type LaunchResponse } from '../../api/launch';
import { securityLog } from '../logging/security-log';
import { SECURITY_HEADERS } from './content-security-policy';
import type { LaunchCodes } from './launch-codes';
import { isLoopbackAddress, isLoopbackHost, safeEqual, sameHostOrigin } from './peer-policy';

const MAX_BODY_BYTES = 1024;

/**
 * POST /launch (see api/launch.ts): exchanges a one-time code for the launch token, or confirms a kept
 * token. Only from a loopback peer, with a loopback Host and the page's own Origin, as the faces' API:
 * a LAN peer or another site's page gets 403 and a security-log line, never a token.
 */
export async function handleLaunch(req: IncomingMessage, res: ServerResponse, codes: LaunchCodes, token: string): Promise<void> {
  const peer = `http:${req.socket.remoteAddress}`;
  const origin = req.headers.origin;
  if (!isLoopbackAddress(req.socket.remoteAddress) || !isLoopbackHost(req.headers.host) || origin === undefined || !sameHostOrigin(origin, req.headers.host)) {
    securityLog.refused(peer, '/launch', 'launch.forbidden');
    res.writeHead(403, SECURITY_HEADERS).end('Forbidden');
    return;
  }
  const body = await readBody(req);
  let parsed: ReturnType<typeof LaunchRequest.safeParse> | null = null;
  try {
    parsed = body === null ? null : LaunchRequest.safeParse(JSON.parse(body));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    securityLog.refused(peer, '/launch', 'launch.malformed');
    return answer(res, 400, { ok: false, refused: 'malformed' });
  }
  const request = parsed.data;
  if ('code' in request) {
    const r = codes.redeem(request.code, request.face);
    if (!r.ok) {
      securityLog.refused(peer, '/launch', `launch.${r.refused}`);
      return answer(res, 403, r);
    }
    return answer(res, 200, { ok: true, token });
  }
  if (!safeEqual(request.token, token)) return answer(res, 403, { ok: false, refused: 'stale-token' });
  return answer(res, 200, { ok: true, token });
}

function answer(res: ServerResponse, status: number, body: LaunchResponse): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

/** The request body as text, or null past MAX_BODY_BYTES (then the rest is not read). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

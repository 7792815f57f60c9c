import { request } from 'node:https';

export interface ProbeTarget {
  readonly url: string;
  /** The HTTP status that means "up" (default 200). */
  readonly expectStatus: number;
  readonly timeoutMs: number;
  /** Extra trusted CA certificates (PEM), for a ward's own proxy or a test server. */
  readonly ca?: string | undefined;
}

export type ProbeResult = { readonly up: true } | { readonly up: false; readonly detail: string };

/**
 * One check of an entry point: a plain GET of the configured URL, nothing added (no cookies, no query,
 * no identity), the body discarded. Up when the status is the expected one within the timeout.
 */
export function probe(target: ProbeTarget): Promise<ProbeResult> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const req = request(target.url, { method: 'GET', headers: { 'user-agent': 'ward-kiosk-health' }, ...(target.ca ? { ca: target.ca } : {}), agent: false }, (res) => {
      res.resume();
      const status = res.statusCode ?? 0;
      done(status === target.expectStatus ? { up: true } : { up: false, detail: `status ${status}` });
      req.destroy();
    });
    const timer = setTimeout(() => {
      done({ up: false, detail: 'timeout' });
      req.destroy();
    }, target.timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => done({ up: false, detail: `${e.code ?? 'error'} ${e.message}`.slice(0, 200) }));
    req.end();
  });
}

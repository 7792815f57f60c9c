import type { Access } from '../../api/define';
import { ACCESS_BY_FACE } from '../../api/contract';

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/** A Host header naming loopback: guards against DNS rebinding (evil.example resolving to 127.0.0.1). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || isLoopbackAddress(name);
}

export interface PeerRequest {
  readonly remoteAddress: string | undefined;
  readonly host: string | undefined;
  /** Origin header of a WebSocket upgrade (browsers always send it). */
  readonly origin: string | undefined;
  readonly face: string | null;
  readonly token: string | null;
}

export interface PeerPolicy {
  /** The per-launch secret for the kiosk and staff faces. */
  readonly launchToken: string;
  /** The display face may be reached from the ward network (config faces.display.mode = "lan"). */
  readonly displayOnLan: boolean;
}

/**
 * What a connection may do. Full faces need loopback peer, loopback Host, a same-host Origin and the
 * launch token; the display's read-only subset is given to loopback peers always and to the LAN only
 * when configured. `null` means refuse the connection.
 */
export function grantsFor(req: PeerRequest, policy: PeerPolicy): readonly Access[] | null {
  const local = isLoopbackAddress(req.remoteAddress) && isLoopbackHost(req.host);
  const originOk = req.origin === undefined || sameHostOrigin(req.origin, req.host);
  if (local && originOk && req.token !== null && safeEqual(req.token, policy.launchToken)) {
    if (req.face === 'citizen' || req.face === 'staff') return ACCESS_BY_FACE[req.face];
  }
  if (local && originOk) return ACCESS_BY_FACE.display;
  if (!isLoopbackAddress(req.remoteAddress) && policy.displayOnLan) return ACCESS_BY_FACE.display;
  return null;
}

/** HTTP paths a LAN peer may fetch: the display page and the static assets it needs. */
export function lanMayFetch(pathname: string): boolean {
  return pathname === '/display' || pathname === '/display/' || pathname.startsWith('/assets/') || pathname === '/favicon.svg';
}

export function sameHostOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** The single-page app's routes: each serves index.html and the renderer picks the face from the path. */
export const FACE_ROUTES = ['/', '/citizen', '/staff', '/display'];

export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
  /** Hashed assets never change; the HTML must always be fresh so updates show. */
  readonly cache: string;
}

/**
 * A request target ("/api?face=display") as a URL whose pathname and searchParams the server reads,
 * or null when it is not an origin-form path a browser would send ("//", "*", "http://x/"): the server
 * answers 400 instead of throwing.
 */
export function requestTarget(target: string | undefined): URL | null {
  const raw = target ?? '/';
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  try {
    return new URL(raw, 'http://kiosk.invalid');
  } catch {
    return null;
  }
}

/** "%E0%A4" and other broken escapes: null rather than URIError. */
function decodePath(pathname: string): string | null {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** Resolves a URL path inside `root`, refusing traversal and broken escapes; SPA routes map to index.html. */
export async function readStatic(root: string, pathname: string): Promise<StaticFile | null> {
  const route = pathname.replace(/\/+$/, '') || '/';
  const decoded = FACE_ROUTES.includes(route) ? null : decodePath(pathname);
  if (!FACE_ROUTES.includes(route) && decoded === null) return null;
  const rel = decoded === null ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const s = await stat(full);
    if (!s.isFile()) return null;
    const ext = extname(full);
    return {
      body: await readFile(full),
      type: MIME[ext] ?? 'application/octet-stream',
      cache: ext === '.html' ? 'no-store' : 'public, max-age=31536000, immutable',
    };
  } catch {
    return null;
  }
}

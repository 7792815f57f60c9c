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

/** Resolves a URL path inside `root`, refusing traversal; SPA routes map to index.html. */
export async function readStatic(root: string, pathname: string): Promise<StaticFile | null> {
  const route = pathname.replace(/\/+$/, '') || '/';
  const rel = FACE_ROUTES.includes(route) ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
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

import type { Face } from '../../../electron/api/kiosk';

/** The face a page shows, from its path: /citizen (and /), /staff, /display. */
export function faceFromPath(pathname: string): Face {
  const first = pathname.split('/').filter(Boolean)[0];
  return first === 'staff' || first === 'display' ? first : 'citizen';
}

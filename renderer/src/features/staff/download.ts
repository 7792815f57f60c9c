import type { FileDownload } from '../../../../electron/api/staff';

/**
 * Saves a file the core returned as base64 (browser mode has no download route). The object URL is
 * revoked at once after the click; nothing is kept in the page.
 */
export function saveFile(file: FileDownload, d: Document = document): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = d.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  d.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

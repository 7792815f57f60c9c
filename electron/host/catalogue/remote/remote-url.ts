/**
 * A remote content source must be https. Plain http is accepted only for loopback hosts
 * (127.0.0.0/8, localhost, [::1]): that is what the tests' local server uses, and it never leaves
 * the machine. Anything else is refused with a reason.
 */
export function checkRemoteUrl(text: string): { ok: true; url: URL } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return { ok: true, url };
  return { ok: false, reason: 'must be an https URL (http is allowed only for loopback test servers)' };
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

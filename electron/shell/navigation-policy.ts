/** The renderer's own origin under the custom protocol (never file://: it would grant file access). */
export const APP_ORIGIN = 'app://kiosk';

/** The kiosk and display windows may only ever show the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'app:' && u.host === 'kiosk';
  } catch {
    return false;
  }
}

/**
 * The embedded portal view may show https pages of allowlisted hosts (and their subdomains), nothing
 * else: no http, no file:, no javascript:, no look-alike hosts such as dichvucong.gov.vn.evil.example.
 */
export function isPortalUrlAllowed(url: string, allowlist: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password) return false;
  const host = u.hostname.toLowerCase();
  return allowlist.some((allowed) => host === allowed || host.endsWith('.' + allowed));
}

export type WindowOpenDecision = { action: 'deny'; openInPortal?: string };

/**
 * New windows are never created. A portal link that opens a new window (target=_blank) is shown in the
 * portal view instead when allowlisted; anything else is dropped.
 */
export function decideWindowOpen(url: string, allowlist: readonly string[]): WindowOpenDecision {
  return isPortalUrlAllowed(url, allowlist) ? { action: 'deny', openInPortal: url } : { action: 'deny' };
}

/**
 * What a log line may say about a URL: scheme and host, never the path or query (a portal URL may
 * carry personal data, privacy.md §2).
 */
export function describeUrlForLog(url: string): string {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : `${u.protocol}(…)`;
  } catch {
    return '(not a URL)';
  }
}

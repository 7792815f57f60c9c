import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { isSiteHome } from './phone-qr-text';
import { qrPath } from './qr-path';
import './phone-qr.css';

/**
 * A page as a QR code for the citizen's own phone, with a plain explanation. `title` and `hint` (already
 * translated) say what it opens; without a hint it promises the procedure's page only when the address
 * goes deeper than a site's home page, and otherwise says plainly that the site's home page opens and
 * the procedure is found there (deep links are not confirmed facts: vneid-and-portal.md).
 */
export function PhoneQr({ url, title, hint }: { url: string; title?: string; hint?: string }) {
  const { t } = useI18n();
  const heading = title ?? t('guide.phoneTitle');
  const { path, size } = useMemo(() => qrPath(url), [url]);
  const host = useMemo(() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  }, [url]);
  return (
    <figure className="phone-qr" data-testid="phone-qr" data-url={url}>
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={heading} shapeRendering="crispEdges">
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      <figcaption>
        <strong>{heading}</strong>
        <br />
        {hint ?? (isSiteHome(url) ? t('guide.phoneHintSite', { host }) : t('guide.phoneHint'))}
        <br />
        <span className="phone-qr-host">{host}</span>
      </figcaption>
    </figure>
  );
}

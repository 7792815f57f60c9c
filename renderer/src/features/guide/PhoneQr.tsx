import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { qrPath } from './qr-path';

/** The procedure's page as a QR code for the citizen's own phone, with a plain explanation. */
export function PhoneQr({ url }: { url: string }) {
  const { t } = useI18n();
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
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t('guide.phoneTitle')} shapeRendering="crispEdges">
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      <figcaption>
        <strong>{t('guide.phoneTitle')}</strong>
        <br />
        {t('guide.phoneHint')}
        <br />
        <span className="phone-qr-host">{host}</span>
      </figcaption>
    </figure>
  );
}

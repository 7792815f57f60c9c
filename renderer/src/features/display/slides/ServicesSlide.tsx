import type { DisplaySlide } from '../../../../../electron/api/display';
import { useI18n } from '../../../i18n/i18n';
import { pick } from '../local-text';
import { QrCode } from './QrCode';

type Props = { slide: Extract<DisplaySlide, { kind: 'services' }> };

/** One page of the 25 essential services: few rows, short names, the ward's own marked, a QR each. */
export function ServicesSlide({ slide }: Props) {
  const { t, language } = useI18n();
  return (
    <section className="slide slide-services" data-slide-kind="services">
      <header className="slide-head">
        <h1 className="slide-title">{t('display.title')}</h1>
        <span className="slide-page">{t('display.services.page', { page: slide.page, pages: slide.pages })}</span>
      </header>
      <ol className="service-list">
        {slide.services.map((s) => (
          <li key={s.n} className={s.atWard ? 'service at-ward' : 'service'}>
            <span className="service-n" aria-hidden="true">{s.n}</span>
            <span className="service-text">
              <span className="service-name">{pick(s.name, language)}</span>
              <span className="service-meta">
                {s.atWard && <span className="badge badge-ward">{t('display.services.atWard')}</span>}
                <span className="service-sector">{s.sector}</span>
              </span>
            </span>
            {s.onlineUrl ? <QrCode url={s.onlineUrl} className="service-qr" /> : <span className="service-nolink">{t('display.services.noLink')}</span>}
          </li>
        ))}
      </ol>
      <p className="slide-foot">{t('display.services.scan')}</p>
    </section>
  );
}

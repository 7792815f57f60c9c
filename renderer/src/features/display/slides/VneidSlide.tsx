import type { DisplaySlide } from '../../../../../electron/api/display';
import { useI18n } from '../../../i18n/i18n';
import { pick } from '../local-text';
import { QrCode } from './QrCode';

type Props = { slide: Extract<DisplaySlide, { kind: 'vneid' }> };

/** How to get and activate VNeID, with a QR code to the official guidance site. */
export function VneidSlide({ slide }: Props) {
  const { t, language } = useI18n();
  return (
    <section className="slide slide-vneid" data-slide-kind="vneid">
      <header className="slide-head">
        <h1 className="slide-title">{pick(slide.title, language)}</h1>
      </header>
      <div className="vneid-body">
        <ol className="step-list">
          {slide.steps.map((s, i) => (
            <li key={i} className="step">
              <span className="step-n" aria-hidden="true">{i + 1}</span>
              <span>{pick(s, language)}</span>
            </li>
          ))}
        </ol>
        <figure className="vneid-guide">
          <QrCode url={slide.guideUrl} className="guide-qr" />
          <figcaption>
            <strong>{t('display.vneid.scan')}</strong>
            <span>{pick(slide.guideLabel, language)}</span>
            <span className="guide-host">{slide.guideUrl.replace(/^https:\/\//, '')}</span>
          </figcaption>
        </figure>
      </div>
      {slide.hotline && <p className="slide-foot">{t('display.vneid.hotline', { hotline: slide.hotline })}</p>}
    </section>
  );
}

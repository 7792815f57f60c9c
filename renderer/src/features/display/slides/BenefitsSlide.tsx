import type { DisplaySlide } from '../../../../../electron/api/display';
import { useI18n } from '../../../i18n/i18n';
import { pick } from '../local-text';

type Props = { slide: Extract<DisplaySlide, { kind: 'benefits' }> };

/** What Project 06 brings, in the five groups of seed 004 §II.1.a, each in a line or two. */
export function BenefitsSlide({ slide }: Props) {
  const { language } = useI18n();
  return (
    <section className="slide slide-benefits" data-slide-kind="benefits">
      <header className="slide-head">
        <h1 className="slide-title">{pick(slide.title, language)}</h1>
      </header>
      <ol className="benefit-list">
        {slide.groups.map((g, i) => (
          <li key={i} className="benefit">
            <span className="benefit-n" aria-hidden="true">{i + 1}</span>
            <span>
              <strong className="benefit-title">{pick(g.title, language)}</strong>
              <span className="benefit-body">{pick(g.body, language)}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

import type { GuideStep } from '../../../../electron/api/content';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../procedures/localized';
import { CardValues } from './CardValues';
import { useMoreBelow } from './use-more-below';

export interface GuideStepCardProps {
  readonly step: GuideStep;
  /** 0-based index of the step and how many there are. */
  readonly index: number;
  readonly total: number;
  readonly onIdentify: () => void;
}

/**
 * One step of the guide: where the citizen is (step n of total, dots), then the step's text and the
 * card values it needs in an area that scrolls by itself, so the next / back row under the card
 * never leaves the screen however long the step is (five card values, English, large text). When
 * part of the step is hidden below, a plain button shows it. Each step starts at its top; the card
 * itself stays mounted from step to step, so "step n of total" is announced as it changes.
 */
export function GuideStepCard({ step, index, total, onIdentify }: GuideStepCardProps) {
  const { t, language } = useI18n();
  const { ref, more, showMore } = useMoreBelow<HTMLDivElement>(index);
  return (
    <article className="guide-step card" data-testid="guide-step">
      <div className="guide-step-head">
        <p className="guide-count" aria-live="polite">{t('guide.step', { n: index + 1, total })}</p>
        <div className="guide-dots" aria-hidden="true">
          {Array.from({ length: total }, (_, i) => <span key={i} className={`dot-step ${i === index ? 'dot-current' : i < index ? 'dot-done' : ''}`} />)}
        </div>
      </div>
      {/* Focusable so the scroll area can be scrolled from the keyboard too (WCAG 2.1.1). */}
      <div ref={ref} className="guide-step-body" role="region" aria-label={t('guide.stepContent', { n: index + 1 })} tabIndex={0} data-testid="guide-step-body">
        <div className="guide-step-content">
          <h2 data-testid="guide-step-title">{localized(language, step.title, step.titleEn)}</h2>
          <p className="guide-instruction">{localized(language, step.instruction, step.instructionEn)}</p>
          <CardValues fields={step.cardFields} onIdentify={onIdentify} />
        </div>
      </div>
      {more && (
        <Button className="guide-more" onClick={showMore} data-testid="guide-more">
          <span aria-hidden="true">↓</span> {t('guide.more')}
        </Button>
      )}
    </article>
  );
}

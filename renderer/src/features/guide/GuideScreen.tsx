import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../procedures/localized';
import { useCall } from '../procedures/use-call';
import { CardValues } from './CardValues';
import { PortalPane } from './PortalPane';
import './guide.css';

export interface GuideScreenProps {
  readonly code: string;
  /** Index of the step shown (0-based); the flow keeps it so "back" from elsewhere returns here. */
  readonly step: number;
  readonly onStep: (step: number) => void;
  /** After the last step: on to "how did it go". */
  readonly onDone: () => void;
  readonly onIdentify: () => void;
}

/**
 * The procedure's online guide, one step per screen with big back / next, the card values each step
 * needs beside it, and the portal (embedded, or the QR code for the citizen's phone) alongside.
 */
export function GuideScreen({ code, step, onStep, onDone, onIdentify }: GuideScreenProps) {
  const { t, language } = useI18n();
  const { value } = useCall('catalogue.getProcedure', { code });
  const p = value?.procedure;
  if (!p) return <p role="status">{t(value ? 'procedure.notFound' : 'find.loading')}</p>;
  const steps = p.onlineGuide;
  const urls = p.onlineEntries.flatMap((e) => (e.url ? [e.url] : []));
  const index = Math.min(Math.max(step, 0), Math.max(steps.length - 1, 0));
  const current = steps[index];
  const last = index >= steps.length - 1;

  return (
    <section className="guide" data-testid="guide-screen" data-step={index}>
      <div className="guide-main">
        <h1 className="guide-title">{t('guide.title', { name: localized(language, p.name, p.nameEn) })}</h1>
        {current ? (
          <article className="guide-step card" data-testid="guide-step">
            <p className="guide-count" aria-live="polite">{t('guide.step', { n: index + 1, total: steps.length })}</p>
            <div className="guide-dots" aria-hidden="true">
              {steps.map((_, i) => <span key={i} className={`dot-step ${i === index ? 'dot-current' : i < index ? 'dot-done' : ''}`} />)}
            </div>
            <h2 data-testid="guide-step-title">{localized(language, current.title, current.titleEn)}</h2>
            <p className="guide-instruction">{localized(language, current.instruction, current.instructionEn)}</p>
            <CardValues fields={current.cardFields} onIdentify={onIdentify} />
          </article>
        ) : (
          <p className="notice">{t('guide.noGuide')}</p>
        )}
        <div className="guide-nav">
          <Button large onClick={() => onStep(index - 1)} disabled={index === 0} data-testid="guide-back">{t('guide.back')}</Button>
          {last ? (
            <Button variant="primary" large onClick={onDone} data-testid="guide-done">{t('guide.done')}</Button>
          ) : (
            <Button variant="primary" large onClick={() => onStep(index + 1)} data-testid="guide-next">{t('guide.next')}</Button>
          )}
        </div>
      </div>
      <PortalPane urls={urls} />
    </section>
  );
}

import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../procedures/localized';
import { useCall } from '../procedures/use-call';
import { GuidePapers } from './GuidePapers';
import { GuideStepCard } from './GuideStepCard';
import { PortalPane } from './PortalPane';
import { PortalOutageBanner } from '../portal-health/PortalOutageBanner';
import { ProcedureSlipButton } from '../printing/ProcedureSlipButton';
import './guide.css';

export interface GuideScreenProps {
  readonly code: string;
  /** Index of the step shown (0-based); the flow keeps it so "back" from elsewhere returns here. */
  readonly step: number;
  readonly onStep: (step: number) => void;
  /** After the last step: on to "how did it go". */
  readonly onDone: () => void;
  readonly onIdentify: () => void;
  /** The case the citizen chose (index in the procedure's documents): its papers are listed to attach. */
  readonly chosenCase?: number | null;
}

/**
 * The procedure's online guide, one step per screen with big back / next, the card values each step
 * needs beside it, and the portal (embedded, or the QR code for the citizen's phone) alongside.
 * The screen fills the area between the bars exactly: the step scrolls inside its card and the
 * back / next row stays at the bottom of the step column, always in view (guide.css).
 */
export function GuideScreen({ code, step, onStep, onDone, onIdentify, chosenCase = null }: GuideScreenProps) {
  const { t, language } = useI18n();
  const { value } = useCall('catalogue.getProcedure', { code });
  const p = value?.procedure;
  if (!p) return <p role="status">{t(value ? 'procedure.notFound' : 'find.loading')}</p>;
  const steps = p.onlineGuide;
  const index = Math.min(Math.max(step, 0), Math.max(steps.length - 1, 0));
  const current = steps[index];
  const last = index >= steps.length - 1;

  return (
    <section className="guide" data-testid="guide-screen" data-step={index}>
      <div className="guide-main">
        <h1 className="guide-title">{t('guide.title', { name: localized(language, p.name, p.nameEn) })}</h1>
        <PortalOutageBanner audience="citizen" />
        <GuidePapers procedure={p} chosen={chosenCase} />
        {current ? (
          <GuideStepCard step={current} index={index} total={steps.length} onIdentify={onIdentify} />
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
      <PortalPane entries={p.onlineEntries} procedure={p} extra={<ProcedureSlipButton code={code} caseIndex={chosenCase} />} />
    </section>
  );
}

import type { CallInput } from '../../../../electron/api/contract';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';

export type GuideOutcome = CallInput<'session.outcome'>['outcome'];
const OUTCOMES: readonly GuideOutcome[] = ['submitted', 'finish-on-phone', 'need-help'];

/** "How did it go?": three big answers, recorded as a count for the ward's reports (nothing personal). */
export function OutcomeScreen({ onAnswer }: { onAnswer: (outcome: GuideOutcome) => void }) {
  const { t } = useI18n();
  return (
    <section className="outcome card" data-testid="outcome-screen">
      <h1>{t('outcome.title')}</h1>
      <div className="outcome-answers">
        {OUTCOMES.map((o) => (
          <Button key={o} large variant={o === 'submitted' ? 'primary' : 'secondary'} onClick={() => onAnswer(o)} data-testid={`outcome-${o}`}>
            {t(`outcome.${o}`)}
          </Button>
        ))}
      </div>
      <p className="result-sub">{t('outcome.hint')}</p>
    </section>
  );
}

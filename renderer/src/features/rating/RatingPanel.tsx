import { useState } from 'react';
import { DissatisfactionReason, SatisfactionRating } from '../../../../electron/api/session';
import { useClient } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import './rating.css';

type Step = { readonly kind: 'ask' } | { readonly kind: 'why' } | { readonly kind: 'thanks' };

/**
 * "Bạn có hài lòng…?": three big answers; "Không hài lòng" asks one tap for the reason. Skippable:
 * the finish button beside it ends the session whatever is answered here, and every answer is saved
 * at once (a wipe in the middle keeps the level already given).
 */
export function RatingPanel() {
  const client = useClient();
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'ask' });
  const rate = (rating: SatisfactionRating, reason?: DissatisfactionReason) => {
    void client.call('session.rate', reason ? { rating, reason } : { rating });
    setStep(rating === 'dissatisfied' && !reason ? { kind: 'why' } : { kind: 'thanks' });
  };
  if (step.kind === 'thanks') return <p className="notice notice-ok rating" role="status" data-testid="rating-thanks">{t('rating.thanks')}</p>;
  return (
    <section className="rating card" data-testid="rating" aria-labelledby="rating-title">
      {step.kind === 'ask' ? (
        <>
          <h2 id="rating-title">{t('rating.title')}</h2>
          <div className="rating-answers">
            {SatisfactionRating.options.map((r) => (
              <Button key={r} large onClick={() => rate(r)} data-testid={`rating-${r}`}>{t(`rating.level.${r}`)}</Button>
            ))}
          </div>
          <p className="result-sub">{t('rating.hint')}</p>
        </>
      ) : (
        <>
          <h2 id="rating-title">{t('rating.whyTitle')}</h2>
          <div className="rating-reasons">
            {DissatisfactionReason.options.map((r) => (
              <Button key={r} large onClick={() => rate('dissatisfied', r)} data-testid={`rating-reason-${r}`}>{t(`rating.reason.${r}`)}</Button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

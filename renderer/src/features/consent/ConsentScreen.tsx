import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import './consent.css';

/**
 * Asked before any chip or QR data is used: what is read, for what, and that it is wiped at the end.
 * Both answers are equally big (no nudging); "no" leads on without identification.
 */
export function ConsentScreen({ onAnswer }: { onAnswer: (given: boolean) => void }) {
  const { t } = useI18n();
  return (
    <section className="consent card" data-testid="consent-screen" aria-labelledby="consent-title">
      <h1 id="consent-title">{t('consent.title')}</h1>
      <dl className="consent-facts">
        <dt>{t('consent.whatTitle')}</dt>
        <dd>
          {t('consent.what')}
          <br />
          <strong>{t('consent.notRead')}</strong>
        </dd>
        <dt>{t('consent.whyTitle')}</dt>
        <dd>{t('consent.why')}</dd>
        <dt>{t('consent.wipeTitle')}</dt>
        <dd>{t('consent.wipe')}</dd>
      </dl>
      <div className="consent-answers">
        <Button variant="primary" large onClick={() => onAnswer(true)} data-testid="consent-agree">{t('consent.agree')}</Button>
        <Button large onClick={() => onAnswer(false)} data-testid="consent-disagree">{t('consent.disagree')}</Button>
      </div>
      <p className="consent-hint">{t('consent.disagreeHint')}</p>
    </section>
  );
}

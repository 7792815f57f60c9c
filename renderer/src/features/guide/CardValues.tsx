import type { CardField } from '../../../../electron/api/content';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { cardFieldValue } from '../identity/card-values';
import { usableIdentity, useIdentity } from '../identity/use-identity';
import { useCall } from '../procedures/use-call';
import { CopyButton } from './CopyButton';

/**
 * The card values a guide step asks for, beside the step. Each has a copy button only where pasting
 * helps: the portal embedded on this kiosk. When the citizen continues on their own phone (browser
 * mode, or no embedded portal) a copy would only leave their data on the kiosk's clipboard, so the
 * values are shown to read and type. Without an identified card it names the fields to read from the
 * card and offers to identify.
 */
export function CardValues({ fields, onIdentify }: { fields: readonly CardField[]; onIdentify: () => void }) {
  const { t } = useI18n();
  const { state } = useIdentity();
  const identity = usableIdentity(state);
  const portal = useCall('portal.status', {});
  const canPaste = portal.value?.available === true;
  if (fields.length === 0) return null;
  if (!identity) {
    return (
      <div className="card-values card-values-empty" data-testid="card-values-empty">
        <p>{t('guide.notIdentified', { fields: fields.map((f) => t(`field.${f}`)).join(', ') })}</p>
        <Button onClick={onIdentify} data-testid="guide-identify">{t('guide.identify')}</Button>
      </div>
    );
  }
  return (
    <div className="card-values" data-testid="card-values">
      <h3>{t('guide.yourDetails')}</h3>
      {!canPaste && <p className="result-sub" data-testid="card-values-type">{t('guide.typeOnPhone')}</p>}
      <dl>
        {fields.map((f) => {
          const value = cardFieldValue(identity, f);
          return (
            <div key={f} className="card-value" data-testid={`card-value-${f}`}>
              <dt>{t(`field.${f}`)}</dt>
              <dd>
                {value !== null ? <span className="card-value-text" lang="vi">{value}</span> : <span className="result-sub">{t('guide.notOnCard')}</span>}
                {value !== null && canPaste && <CopyButton value={value} label={t(`field.${f}`)} />}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

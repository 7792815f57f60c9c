import type { IdentityView } from '../../../../electron/api/identity';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { maskIdNumber } from './card-values';

const PA_ICON = { verified: '✔', 'not-checkable': 'ⓘ', failed: '⚠', 'not-read': 'ⓘ' } as const;

/**
 * Who the kiosk read, in plain words: the name, the masked ID, the photo only when the flow asked for
 * it, and the passive-authentication result (verified / could not be checked / failed → see staff).
 * Nothing sensitive is shown (the core never sends ethnicity or religion).
 */
export function IdentityResult({ identity, onContinue, onCallStaff }: { identity: IdentityView; onContinue: () => void; onCallStaff: () => void }) {
  const { t } = useI18n();
  const status = identity.source === 'chip' ? identity.passiveAuth : 'not-read';
  return (
    <div className="identity-result card" data-testid="identity-result">
      {identity.photo && <img className="identity-photo" src={identity.photo} alt={t('identity.photoAlt')} />}
      <div>
        <h1 data-testid="identity-name">
          {identity.fullName ? t('identity.hello', { name: identity.fullName }) : t('identity.helloNoName')}
        </h1>
        <p>{t('identity.idLine', { id: maskIdNumber(identity.idNumber) })}</p>
        <p className={`pa pa-${status}`} data-testid="identity-pa" data-status={status} role="status">
          <span aria-hidden="true">{PA_ICON[status]} </span>
          {t(`identity.pa.${status}`)}
        </p>
        <div className="identity-actions">
          {status === 'failed' && (
            <Button variant="danger" large onClick={onCallStaff} data-testid="identity-call-staff">{t('nav.callStaff')}</Button>
          )}
          <Button variant="primary" large onClick={onContinue} data-testid="identity-continue">{t('identity.continue')}</Button>
        </div>
      </div>
    </div>
  );
}

import type { EmergencyMessage } from '../../../../electron/api/display';
import { useI18n } from '../../i18n/i18n';

/** The emergency message over everything, until an admin withdraws it. */
export function EmergencyOverlay({ message }: { message: EmergencyMessage }) {
  const { t } = useI18n();
  return (
    <div className="display-emergency" role="alert" data-testid="display-emergency">
      <span className="emergency-label">{t('display.emergency.label')}</span>
      <p className={`emergency-text ${sizeClass(message.text)}`}>{message.text}</p>
    </div>
  );
}

/** Longer messages get smaller type so up to 280 characters still fit the screen. */
const sizeClass = (text: string) => (text.length <= 80 ? 'short' : text.length <= 160 ? 'medium' : 'long');

import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { Icon } from './Icon';

/** On every screen after the attract screen: back (where there is a previous screen), "Về đầu" (wipes and starts over), "Gọi cán bộ hỗ trợ". */
export function BottomBar({ canGoBack, onBack, onStartOver, onCallStaff }: { canGoBack: boolean; onBack: () => void; onStartOver: () => void; onCallStaff: () => void }) {
  const { t } = useI18n();
  return (
    <footer className="bottombar citizen-bottombar">
      {/* Hidden where there is nothing to go back to (issue 13: a greyed-out button confused); the empty cell keeps the other two in place. */}
      {canGoBack ? <Button large onClick={onBack} data-testid="nav-back">← {t('nav.back')}</Button> : <span aria-hidden="true" />}
      <Button large onClick={onStartOver} data-testid="start-over">⌂ {t('nav.startOver')}</Button>
      <Button large variant="danger" onClick={onCallStaff} data-testid="call-staff"><Icon name="raise-hand" size={36} /> {t('nav.callStaff')}</Button>
    </footer>
  );
}

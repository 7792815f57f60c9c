import { useI18n } from '../../i18n/i18n';
import { Button } from '../../design/Button';
import { Dialog } from '../../design/Dialog';

/** The "are you still there?" countdown (privacy.md: at least 20 s, a big way to continue). */
export function IdleWarning({ secondsLeft, onMoreTime, onFinish }: { secondsLeft: number; onMoreTime: () => void; onFinish: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog
      title={t('idle.title')}
      actions={
        <>
          <Button variant="primary" large onClick={onMoreTime} data-testid="idle-more-time">
            {t('idle.more')}
          </Button>
          <Button variant="danger" onClick={onFinish}>
            {t('idle.finish')}
          </Button>
        </>
      }
    >
      <p className="countdown" aria-live="assertive" data-testid="idle-countdown">
        {secondsLeft}
      </p>
      <p>{t('idle.body', { seconds: secondsLeft })}</p>
    </Dialog>
  );
}

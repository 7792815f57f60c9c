import { Button } from '../../design/Button';
import { Dialog } from '../../design/Dialog';
import { useI18n } from '../../i18n/i18n';
import { clockTime } from './help-screens';
import type { HelpAnswer } from './use-help-request';

/** Tells the citizen the call went out (or did not), in plain words, with one big button. */
export function HelpSentDialog({ answer, onClose }: { answer: HelpAnswer; onClose: () => void }) {
  const { t } = useI18n();
  const failed = 'failed' in answer;
  return (
    <Dialog
      title={t(failed ? 'help.failed' : 'help.sentTitle')}
      actions={<Button variant="primary" large onClick={onClose} data-testid="help-sent-ok">{t('help.ok')}</Button>}
    >
      <div data-testid="help-sent" data-state={failed ? 'failed' : 'sent'}>
        {failed ? (
          <p>{t('help.failed')}</p>
        ) : (
          <p>{answer.alreadyOpen ? t('help.alreadySent', { time: clockTime(answer.request.requestedAt) }) : t('help.sentBody')}</p>
        )}
      </div>
    </Dialog>
  );
}

import type { ScanNotice } from '../../../../electron/api/identity';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';

/** What a scan that is not a card QR means, in one sentence (links are never opened). */
export function ScanNoticeBanner({ notice, onDismiss }: { notice: ScanNotice; onDismiss: () => void }) {
  const { t } = useI18n();
  const text =
    notice.kind === 'url' ? t('scan.url', { host: notice.summary ?? '' })
    : notice.kind === 'dossier-code' ? t('scan.dossier', { code: notice.summary ?? '' })
    : t('scan.text');
  return (
    <div className="notice scan-notice" role="alert" data-testid="scan-notice" data-kind={notice.kind}>
      <span>{text}</span>
      <Button onClick={onDismiss}>{t('scan.dismiss')}</Button>
    </div>
  );
}

import type { Procedure } from '../../../../electron/api/content';
import { useI18n } from '../../i18n/i18n';
import { agencyText } from './WherePart';

/**
 * At the top of a procedure the ward does not handle (`atWard: false`: passport, driving licence, …):
 * say so plainly, where to go instead (its executing agency as published), and how to do it online
 * (the official page's QR code further down opens the procedure on the citizen's phone).
 */
export function NotAtWard({ procedure: p }: { procedure: Procedure }) {
  const { t, language } = useI18n();
  const agency = agencyText(p);
  const online = p.source !== undefined && (p.onlineLevel !== undefined || p.channels.some((c) => c.kind === 'online'));
  return (
    <div className="notice not-at-ward" role="note" data-testid="not-at-ward">
      <p className="not-at-ward-title">{t('page.notAtWard')}</p>
      <p lang={language === 'vi' ? undefined : 'vi'}>{agency ? t('page.goInstead', { agency }) : t('page.goUnknown')}</p>
      {online && <p>{t(p.onlineLevel === 'full' ? 'page.notAtWardOnlineFull' : 'page.notAtWardOnline')}</p>}
    </div>
  );
}

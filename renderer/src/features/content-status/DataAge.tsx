import type { ContentStatus } from '../../../../electron/api/catalogue';
import { useI18n } from '../../i18n/i18n';
import { formatDay } from './format-when';

/** The command that imports a newer download of the national portal's data (docs/content-packs.md). */
export const IMPORT_COMMAND = 'npx kiosk content import-portal';

/**
 * How old the procedures' data is (issue 12, "Freshness"): "Dữ liệu thủ tục ngày 18/07/2026 (141 ngày
 * trước)", from the manifest's capture date (the pack's date when it has none), and, past
 * `content.maxAgeDays`, a flag telling staff to import newer data from the portal, with the command.
 */
export function DataAge({ pack }: { pack: NonNullable<ContentStatus['pack']> }) {
  const { t } = useI18n();
  const date = formatDay(pack.capturedAt ?? pack.date);
  return (
    <div className="content-status-age" data-testid="content-status-age" data-stale={pack.stale}>
      <p className={pack.stale ? 'content-status-stale-line' : undefined}>
        {pack.ageDays === null ? t('contentStatus.dataDate', { date }) : t('contentStatus.dataAge', { date, days: pack.ageDays })}
      </p>
      {pack.stale && (
        <p className="notice content-status-stale" role="alert" data-testid="content-status-stale">
          {t('contentStatus.stale', { max: pack.maxAgeDays })} <code>{IMPORT_COMMAND}</code>
        </p>
      )}
    </div>
  );
}

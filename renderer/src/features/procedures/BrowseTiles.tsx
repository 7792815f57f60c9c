import { useI18n } from '../../i18n/i18n';
import { Icon } from '../citizen/Icon';
import { lifeEventIcon, localized } from './localized';
import { useCall } from './use-call';

/** What a browse list shows: the procedures of one life event or of one sector. */
export interface BrowseFilter {
  readonly kind: 'lifeEvent' | 'sector';
  readonly id: string;
}

function Loading({ error }: { error: string | null }) {
  const { t } = useI18n();
  return <p className={error ? 'notice' : ''} role={error ? 'alert' : 'status'}>{t(error ? 'find.error' : 'find.loading')}</p>;
}

/** Life events as big tiles with an icon: the way people think about why they came. */
export function LifeEventTiles({ onBrowse }: { onBrowse: (f: BrowseFilter) => void }) {
  const { t, language } = useI18n();
  const { value, error } = useCall('catalogue.lifeEvents', {});
  if (!value) return <Loading error={error} />;
  return (
    <div className="tiles" data-testid="life-events">
      {value.events.map((e) => (
        <button key={e.id} type="button" className="tile" onClick={() => onBrowse({ kind: 'lifeEvent', id: e.id })} data-testid={`life-event-${e.id}`}>
          <span className="tile-icon"><Icon name={lifeEventIcon(e.id)} size={56} /></span>
          <span className="tile-name">{localized(language, e.name, e.nameEn)}</span>
          {(e.description || e.descriptionEn) && <span className="tile-sub">{localized(language, e.description ?? '', e.descriptionEn)}</span>}
          <span className="tile-count">{t('find.count', { count: e.count })}</span>
        </button>
      ))}
    </div>
  );
}

/** Sectors (lĩnh vực), the portal's own browse axis. */
export function SectorTiles({ onBrowse }: { onBrowse: (f: BrowseFilter) => void }) {
  const { t, language } = useI18n();
  const { value, error } = useCall('catalogue.sectors', {});
  if (!value) return <Loading error={error} />;
  return (
    <div className="tiles" data-testid="sectors">
      {value.sectors.map((s) => (
        <button key={s.id} type="button" className="tile" onClick={() => onBrowse({ kind: 'sector', id: s.id })} data-testid={`sector-${s.id}`}>
          <span className="tile-name">{localized(language, s.name, s.nameEn)}</span>
          <span className="tile-count">{t('find.count', { count: s.count })}</span>
        </button>
      ))}
    </div>
  );
}

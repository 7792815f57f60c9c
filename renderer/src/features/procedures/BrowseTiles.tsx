import { useState } from 'react';
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

/** How many sectors show before "Xem tất cả": the real catalogue has about 100, most with a handful of procedures. */
export const TOP_SECTORS = 12;

/**
 * The sectors worth a tile: those with procedures, the most procedures first (ties by name), the top
 * ones only until the citizen asks for all. Pure.
 */
export function sectorsForBrowse<S extends { name: string; count: number }>(sectors: readonly S[], all: boolean): { shown: S[]; total: number } {
  const withProcedures = sectors.filter((s) => s.count > 0).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
  return { shown: all ? withProcedures : withProcedures.slice(0, TOP_SECTORS), total: withProcedures.length };
}

/** Sectors (lĩnh vực), the portal's own browse axis: the largest first, "Xem tất cả" for the rest. */
export function SectorTiles({ onBrowse }: { onBrowse: (f: BrowseFilter) => void }) {
  const { t, language } = useI18n();
  const [all, setAll] = useState(false);
  const { value, error } = useCall('catalogue.sectors', {});
  if (!value) return <Loading error={error} />;
  const { shown, total } = sectorsForBrowse(value.sectors, all);
  return (
    <>
      <div className="tiles" data-testid="sectors" data-shown={shown.length} data-total={total}>
        {shown.map((s) => (
          <button key={s.id} type="button" className="tile" onClick={() => onBrowse({ kind: 'sector', id: s.id })} data-testid={`sector-${s.id}`}>
            <span className="tile-name">{localized(language, s.name, s.nameEn)}</span>
            <span className="tile-count">{t('find.count', { count: s.count })}</span>
          </button>
        ))}
      </div>
      {shown.length < total && (
        <button type="button" className="tile tile-more" onClick={() => setAll(true)} data-testid="sectors-all">
          <span className="tile-name">{t('find.allSectors', { count: total })}</span>
        </button>
      )}
    </>
  );
}

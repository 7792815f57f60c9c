import type { CatalogueRef } from '../../../../electron/api/catalogue';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../citizen/Icon';
import type { BrowseFilter } from './BrowseTiles';
import { lifeEventIcon, localized } from './localized';
import { ResultList } from './ResultList';
import { useCall } from './use-call';
import './procedures.css';

/** The procedures of one life event or sector. */
export function ListScreen({ filter, onOpen }: { filter: BrowseFilter; onOpen: (ref: CatalogueRef) => void }) {
  const { t, language } = useI18n();
  const items = useCall('catalogue.browse', filter.kind === 'lifeEvent' ? { lifeEvent: filter.id } : { sector: filter.id });
  const events = useCall('catalogue.lifeEvents', filter.kind === 'lifeEvent' ? {} : null);
  const sectors = useCall('catalogue.sectors', filter.kind === 'sector' ? {} : null);
  const named = filter.kind === 'lifeEvent' ? events.value?.events.find((e) => e.id === filter.id) : sectors.value?.sectors.find((s) => s.id === filter.id);
  return (
    <section className="list-screen" data-testid="list-screen" data-filter={`${filter.kind}:${filter.id}`}>
      <h1>
        {filter.kind === 'lifeEvent' && <Icon name={lifeEventIcon(filter.id)} size={44} />} 
        {named ? localized(language, named.name, named.nameEn) : '\u00a0'}
      </h1>
      {items.error && <p className="notice" role="alert">{t('find.error')}</p>}
      {items.value && items.value.items.length === 0 && <p>{t('find.empty')}</p>}
      {items.value ? <ResultList items={items.value.items} onOpen={onOpen} /> : !items.error && <p role="status">{t('find.loading')}</p>}
    </section>
  );
}

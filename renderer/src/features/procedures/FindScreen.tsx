import type { CatalogueRef } from '../../../../electron/api/catalogue';
import { useI18n } from '../../i18n/i18n';
import { EssentialList } from './EssentialList';
import { LifeEventTiles, SectorTiles, type BrowseFilter } from './BrowseTiles';
import { SearchPanel } from './SearchPanel';
import './procedures.css';

export type FindTab = 'lifeEvents' | 'sectors' | 'essential' | 'search';
const TABS: readonly FindTab[] = ['lifeEvents', 'sectors', 'essential', 'search'];

export interface FindScreenProps {
  readonly tab: FindTab;
  readonly onTab: (tab: FindTab) => void;
  readonly onOpen: (ref: CatalogueRef) => void;
  readonly onBrowse: (filter: BrowseFilter) => void;
  /** The search text, kept by the flow so "back" from a procedure returns to the same results. */
  readonly query: string;
  readonly onQuery: (q: string) => void;
}

/** Four ways to find a procedure, as big tabs: life event, sector, the 25 essential services, search. */
export function FindScreen({ tab, onTab, onOpen, onBrowse, query, onQuery }: FindScreenProps) {
  const { t } = useI18n();
  return (
    <section className="find" data-testid="find-screen">
      <h1>{t('find.title')}</h1>
      <div className="tabs" role="tablist">
        {TABS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className="tab" onClick={() => onTab(k)} data-testid={`find-tab-${k}`}>
            {t(`find.tab.${k}`)}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel">
        {tab === 'lifeEvents' && <LifeEventTiles onBrowse={onBrowse} />}
        {tab === 'sectors' && <SectorTiles onBrowse={onBrowse} />}
        {tab === 'essential' && <EssentialList onOpen={onOpen} />}
        {tab === 'search' && <SearchPanel query={query} onQuery={onQuery} onOpen={onOpen} />}
      </div>
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { CatalogueRef, SearchHit } from '../../../../electron/api/catalogue';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard';
import type { InputMode } from '../keyboard/telex';
import { ResultList } from './ResultList';
import { useCall } from './use-call';
import { useMarkRestoration } from './use-mark-restoration';

/** Search waits this long after the last key before asking the core (results still show as one types). */
const DEBOUNCE_MS = 150;
const NO_HITS: readonly SearchHit[] = [];

/**
 * Search as the citizen types, with the on-screen Vietnamese keyboard (Telex or no accents). In Telex
 * mode the marks citizens leave out ("dang kys" for "đăng ký") come back from the hits on screen.
 */
export function SearchPanel({ query, onQuery, onOpen }: { query: string; onQuery: (q: string) => void; onOpen: (ref: CatalogueRef) => void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<InputMode>('telex');
  const [keyboard, setKeyboard] = useState(true);
  const [debounced, setDebounced] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const trimmed = debounced.trim();
  const { value, error } = useCall('catalogue.search', trimmed ? { query: trimmed.slice(0, 200), limit: 20 } : null);
  const shown = trimmed && value ? value.hits : NO_HITS;
  const change = useMarkRestoration({ query, onQuery, mode, hits: shown });

  return (
    <div className={`search ${keyboard ? 'search-with-keyboard' : ''}`} data-testid="search-panel">
      <div className="search-box">
        <label htmlFor="search-input" className="search-label">{t('search.label')}</label>
        <div className="search-row">
          <input
            id="search-input"
            className="search-input"
            type="search"
            inputMode="none"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(e) => change(e.target.value)}
            data-testid="search-input"
          />
          <Button onClick={() => change('')} disabled={!query} data-testid="search-clear">{t('search.clear')}</Button>
          <Button onClick={() => setKeyboard(!keyboard)} aria-pressed={keyboard}>
            {t(keyboard ? 'search.hideKeyboard' : 'search.showKeyboard')}
          </Button>
        </div>
      </div>
      <div className="search-results" aria-live="polite">
        {error && <p className="notice" role="alert">{t('find.error')}</p>}
        {trimmed && value && value.hits.length === 0 && <p data-testid="search-none">{t('search.none')}</p>}
        {trimmed && value && value.hits.length > 0 && (
          <>
            <p className="search-count">{t('search.results', { count: value.hits.length })}</p>
            <ResultList items={value.hits} onOpen={onOpen} />
          </>
        )}
      </div>
      {keyboard && <OnScreenKeyboard value={query} onChange={change} mode={mode} onModeChange={setMode} onEnter={() => setKeyboard(false)} />}
    </div>
  );
}

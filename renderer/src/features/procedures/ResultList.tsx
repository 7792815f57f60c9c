import type { CatalogueItem, CatalogueRef, SearchHit } from '../../../../electron/api/catalogue';
import { useI18n } from '../../i18n/i18n';
import { localized } from './localized';

const refKey = (r: CatalogueRef) => (r.kind === 'procedure' ? `p-${r.code}` : `e-${r.n}`);

/** Badges of a row: essential-service number, online level, not at the ward. */
export function ItemBadges({ item }: { item: CatalogueItem }) {
  const { t } = useI18n();
  return (
    <span className="badges">
      {item.essentialService !== undefined && <span className="badge badge-essential">{t('badge.essential', { n: item.essentialService })}</span>}
      {item.onlineLevel === 'full' && <span className="badge">{t('badge.fullyOnline')}</span>}
      {item.onlineLevel === 'partial' && <span className="badge">{t('badge.partlyOnline')}</span>}
      {!item.atWard && <span className="badge badge-muted">{t('badge.notAtWard')}</span>}
    </span>
  );
}

/** The name with the matched parts in bold (text parts, never markup). */
function HitName({ hit }: { hit: SearchHit }) {
  return <>{hit.nameParts.map((p, i) => (p.hit ? <strong key={i}>{p.text}</strong> : <span key={i}>{p.text}</span>))}</>;
}

/** Procedures (or essential services) as big tappable rows. */
export function ResultList({ items, onOpen }: { items: readonly (CatalogueItem | SearchHit)[]; onOpen: (ref: CatalogueRef) => void }) {
  const { t, language } = useI18n();
  return (
    <ul className="result-list" data-testid="result-list">
      {items.map((item) => {
        const hit = 'nameParts' in item ? item : null;
        const correction = hit?.why.corrections[0];
        return (
          <li key={refKey(item.ref)}>
            <button type="button" className="result" onClick={() => onOpen(item.ref)} data-testid="result" data-ref={refKey(item.ref)}>
              <span className="result-name">
                {hit && language === 'vi' ? <HitName hit={hit} /> : localized(language, item.name, item.nameEn)}
              </span>
              {language === 'en' && item.nameEn && <span className="result-sub" lang="vi">{item.name}</span>}
              {hit && hit.why.citizenWords.length > 0 && (
                <span className="result-sub">{t('search.citizenWords', { words: hit.why.citizenWords.join(', ') })}</span>
              )}
              {correction && <span className="result-sub">{t('search.because', { typed: correction.typed, used: correction.used })}</span>}
              <ItemBadges item={item} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}

import type { CatalogueRef } from '../../../../electron/api/catalogue';
import { useI18n } from '../../i18n/i18n';
import { PhoneQr } from '../guide/PhoneQr';
import { localized } from './localized';
import { useCall } from './use-call';
import './procedures.css';

/**
 * One of the 25 that is not one procedure of the pack: what it is, where to do it online, and the
 * procedures of the pack it covers (a passport is two: issued in the country, abroad).
 */
export function EssentialServiceScreen({ n, onOpen }: { n: number; onOpen: (ref: CatalogueRef) => void }) {
  const { t, language } = useI18n();
  const { value, error } = useCall('catalogue.essentialServices', {});
  const s = value?.services.find((x) => x.n === n);
  if (!s) return <p role={error ? 'alert' : 'status'}>{t(error || value ? 'procedure.notFound' : 'find.loading')}</p>;
  const web = s.online.find((e) => e.url);
  return (
    <article className="procedure" data-testid="essential-screen">
      <h1>{localized(language, s.name, s.nameEn)}</h1>
      <span className="badges"><span className="badge badge-essential">{t('badge.essential', { n: s.n })}</span></span>
      <p>{localized(language, s.description, s.descriptionEn)}</p>
      {!s.atWard && <p className="notice">{t('essential.notAtWard')}</p>}
      {(s.codes ?? []).length > 0 && (
        <section className="procedure-part" data-testid="essential-procedures">
          <h2>{t('essential.procedures')}</h2>
          <ul className="result-list">
            {s.codes!.map((code) => <CoveredProcedure key={code} code={code} onOpen={onOpen} />)}
          </ul>
        </section>
      )}
      <section className="procedure-part">
        <h2>{t('essential.online')}</h2>
        {s.online.length === 0 && <p>{t('essential.noOnline')}</p>}
        <ul>
          {s.online.map((e, i) => (
            <li key={i}>
              {localized(language, e.label, e.labelEn)}
              {e.menuPath && <> — {e.menuPath.join(' › ')}</>}
            </li>
          ))}
        </ul>
        {web?.url && <PhoneQr url={web.url} />}
      </section>
    </article>
  );
}

/** A procedure the service covers, as a result row when the pack has it (nothing when it does not). */
function CoveredProcedure({ code, onOpen }: { code: string; onOpen: (ref: CatalogueRef) => void }) {
  const { t, language } = useI18n();
  const { value } = useCall('catalogue.getProcedure', { code });
  const p = value?.procedure;
  if (!p) return null;
  return (
    <li>
      <button type="button" className="result" onClick={() => onOpen({ kind: 'procedure', code: p.code })} data-testid="result" data-ref={`p-${p.code}`}>
        <span className="result-name">{localized(language, p.name, p.nameEn)}</span>
        <span className="result-sub">{t('procedure.code', { code: p.code })}</span>
        {p.atWard === false && <span className="badges"><span className="badge badge-muted">{t('badge.notAtWard')}</span></span>}
      </button>
    </li>
  );
}

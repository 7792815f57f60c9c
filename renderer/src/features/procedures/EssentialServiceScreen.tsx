import { useI18n } from '../../i18n/i18n';
import { PhoneQr } from '../guide/PhoneQr';
import { localized } from './localized';
import { useCall } from './use-call';
import './procedures.css';

/** One of the 25 that the ward does not handle (or the pack has no procedure for): what it is and where to do it online. */
export function EssentialServiceScreen({ n }: { n: number }) {
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

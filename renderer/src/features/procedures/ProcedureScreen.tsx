import type { Channel, Procedure } from '../../../../electron/api/content';
import { missingParts } from '../../../../electron/api/content';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { localized } from './localized';
import { useCall } from './use-call';
import './procedures.css';

const CHANNEL_ORDER: readonly Channel['kind'][] = ['online', 'inPerson', 'postal'];

/**
 * A published procedure in the order a citizen asks about it: what it is for, where and how (per
 * channel, with time limit and fee), documents per case, conditions, result; legal basis folded away.
 * Parts the pack does not know say "see the portal" instead of inventing a value.
 */
export function ProcedureScreen({ code, onPrepare, onGuide }: { code: string; onPrepare: () => void; onGuide: () => void }) {
  const { t, language } = useI18n();
  const { value, error } = useCall('catalogue.getProcedure', { code });
  const events = useCall('catalogue.lifeEvents', {});
  if (error || (value && !value.procedure)) {
    return <section className="card" data-testid="procedure-not-found"><p className="notice" role="alert">{t('procedure.notFound')}</p></section>;
  }
  if (!value?.procedure) return <p role="status">{t('find.loading')}</p>;
  const p: Procedure = value.procedure;
  const missing = new Set(missingParts(p));
  const eventNames = p.lifeEvents
    .map((id) => events.value?.events.find((e) => e.id === id))
    .filter((e) => e !== undefined)
    .map((e) => localized(language, e.name, e.nameEn));
  const channels = [...p.channels].sort((a, b) => CHANNEL_ORDER.indexOf(a.kind) - CHANNEL_ORDER.indexOf(b.kind));
  const vi = language === 'vi' ? undefined : 'vi';
  const missingNote = <p className="missing">{t('procedure.missing')}</p>;

  return (
    <article className="procedure" data-testid="procedure-screen" data-code={p.code}>
      <header className="procedure-head">
        <h1 data-testid="procedure-name">{localized(language, p.name, p.nameEn)}</h1>
        {language === 'en' && p.nameEn && <p lang="vi" className="result-sub">{p.name}</p>}
        <p className="procedure-code">
          {t('procedure.code', { code: p.code })}
          {/* The code to type into the portal's search when the online service is published under its own code. */}
          {p.onlineServiceCode && <span data-testid="online-service-code">{' · '}{t('procedure.onlineCode', { code: p.onlineServiceCode })}</span>}
        </p>
        <span className="badges">
          {p.essentialService !== undefined && <span className="badge badge-essential" data-testid="essential-badge">{t('badge.essential', { n: p.essentialService })}</span>}
          {p.onlineLevel === 'full' && <span className="badge">{t('badge.fullyOnline')}</span>}
          {p.onlineLevel === 'partial' && <span className="badge">{t('badge.partlyOnline')}</span>}
        </span>
        {p.essentialService !== undefined && <p className="notice essential-notice">{t('procedure.essentialNotice')}</p>}
        {value.group && <p>{t('procedure.group', { name: localized(language, value.group.name, value.group.nameEn) })}</p>}
        {language === 'en' && <p className="result-sub">{t('procedure.published')}</p>}
      </header>

      <section className="procedure-part">
        <h2>{t('procedure.purpose')}</h2>
        {eventNames.length > 0 && <p>{t('procedure.usedFor', { events: eventNames.join(', ') })}</p>}
        {p.who && <p lang={vi}>{t('procedure.who', { who: p.who })}</p>}
        {p.result && <p lang={vi}><strong>{t('procedure.result')}:</strong> {p.result}</p>}
      </section>

      <section className="procedure-part" data-testid="procedure-how">
        <h2>{t('procedure.how')}</h2>
        {missing.has('channels') && missingNote}
        <div className="channels">
          {channels.map((c, i) => (
            <div key={i} className={`channel channel-${c.kind}`}>
              <h3>{t(`procedure.channel.${c.kind}`)}</h3>
              <p lang={vi}>{t('procedure.timeLimit', { value: c.timeLimit ?? t('procedure.notPublished') })}</p>
              <p lang={vi}>{t('procedure.fees', { value: c.fees ?? t('procedure.notPublished') })}</p>
              {c.notes && <p lang={vi}>{c.notes}</p>}
            </div>
          ))}
        </div>
        {p.agency && <p lang={vi}>{t('procedure.agency', { value: p.agency })}</p>}
        {p.where && <p lang={vi}>{t('procedure.where', { value: p.where })}</p>}
        {p.onlineEntries.length > 0 && (
          <p>{t('procedure.onlineAt', { places: p.onlineEntries.map((e) => localized(language, e.label, e.labelEn)).join(' · ') })}</p>
        )}
      </section>

      <section className="procedure-part" data-testid="procedure-documents">
        <h2>{t('procedure.documents')}</h2>
        {missing.has('documents') && missingNote}
        {p.documents.map((c, i) => (
          <div key={i}>
            {c.title && <h3 lang={vi}>{t('procedure.case', { title: c.title })}</h3>}
            <ul className="documents" lang={vi}>
              {c.documents.map((d, j) => (
                <li key={j}>
                  {d.name}
                  {d.form && <> — <strong>{t('procedure.form', { form: d.form })}</strong></>}
                  {(d.originals !== undefined || d.copies !== undefined) && (
                    <span className="result-sub">{t('procedure.count', { originals: d.originals ?? 0, copies: d.copies ?? 0 })}</span>
                  )}
                  {d.notes && <span className="result-sub">{d.notes}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section className="procedure-part">
        <h2>{t('procedure.conditions')}</h2>
        {p.conditions ? <p lang={vi}>{p.conditions}</p> : missingNote}
      </section>

      <section className="procedure-part">
        <h2>{t('procedure.result')}</h2>
        {p.result ? <p lang={vi}>{p.result}</p> : missingNote}
      </section>

      {p.steps.length > 0 && (
        <section className="procedure-part">
          <h2>{t('procedure.steps')}</h2>
          <ol lang={vi}>{p.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
        </section>
      )}

      <details className="procedure-part legal">
        <summary>{t('procedure.legal')}</summary>
        {p.legalBasis.length > 0 ? <ul lang={vi}>{p.legalBasis.map((l, i) => <li key={i}>{l}</li>)}</ul> : missingNote}
        {p.decision && <p lang={vi}>{p.decision}</p>}
      </details>

      <div className="procedure-actions">
        {p.documents.length > 0 && <Button large onClick={onPrepare} data-testid="procedure-prepare">{t('procedure.prepare')}</Button>}
        {p.onlineGuide.length > 0 && <Button variant="primary" large onClick={onGuide} data-testid="procedure-guide">{t('procedure.guide')}</Button>}
      </div>
    </article>
  );
}

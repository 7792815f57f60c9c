import type { Procedure } from '../../../../electron/api/content';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { formatDay } from '../content-status/format-when';
import { DossierPart } from './DossierPart';
import { chosenCase, dossierView } from './dossier';
import { FeesAndTime } from './FeesAndTime';
import { localized } from './localized';
import { MoreFacts } from './MoreFacts';
import { NotAtWard } from './NotAtWard';
import { useCall } from './use-call';
import { WherePart } from './WherePart';
import './procedures.css';
import './procedure-page.css';

export interface ProcedureScreenProps {
  readonly code: string;
  /** The case the citizen chose (index in `procedure.documents`), kept by the flow for the checklist and guide. */
  readonly chosenCase?: number | null;
  readonly onChooseCase?: (caseIndex: number | null) => void;
  readonly onPrepare: () => void;
  readonly onGuide: () => void;
}

/**
 * A published procedure in the order a citizen needs it (issue 12, "Faces for real data"): which
 * case is yours → the papers to bring for it, with counts → fees and time online vs in person →
 * where → the official page as a phone QR → the kiosk's plain steps; legal bases folded away. A
 * procedure the ward does not handle says so first, with where to go and how to do it online.
 * Parts the pack does not know say "see the portal" instead of inventing a value.
 */
export function ProcedureScreen({ code, chosenCase: chosen = null, onChooseCase = () => undefined, onPrepare, onGuide }: ProcedureScreenProps) {
  const { t, language } = useI18n();
  const { value, error } = useCall('catalogue.getProcedure', { code });
  const events = useCall('catalogue.lifeEvents', {});
  const status = useCall('catalogue.contentStatus', {});
  if (error || (value && !value.procedure)) {
    return <section className="card" data-testid="procedure-not-found"><p className="notice" role="alert">{t('procedure.notFound')}</p></section>;
  }
  if (!value?.procedure) return <p role="status">{t('find.loading')}</p>;
  const p: Procedure = value.procedure;
  const view = dossierView(p);
  const inForce = chosenCase(view, chosen);
  const eventNames = p.lifeEvents
    .map((id) => events.value?.events.find((e) => e.id === id))
    .filter((e) => e !== undefined)
    .map((e) => localized(language, e.name, e.nameEn));
  const vi = language === 'vi' ? undefined : 'vi';
  const capturedAt = status.value?.pack?.capturedAt ?? null;
  const updatedAt = p.source?.updatedAt;

  return (
    <article className="procedure procedure-page" data-testid="procedure-screen" data-code={p.code} data-at-ward={p.atWard === false ? 'false' : 'true'}>
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
          {p.atWard === false && <span className="badge badge-muted">{t('badge.notAtWard')}</span>}
          {p.onlineLevel === 'full' && <span className="badge">{t('badge.fullyOnline')}</span>}
          {p.onlineLevel === 'partial' && <span className="badge">{t('badge.partlyOnline')}</span>}
        </span>
        {(capturedAt || updatedAt) && (
          <p className="data-as-of" data-testid="data-as-of">
            {[capturedAt && t('page.dataAsOf', { date: formatDay(capturedAt) }), updatedAt && t('page.updatedOnPortal', { date: formatDay(updatedAt) })].filter(Boolean).join(' · ')}
          </p>
        )}
        {p.atWard === false && <NotAtWard procedure={p} />}
        {p.essentialService !== undefined && p.atWard !== false && <p className="notice essential-notice">{t('procedure.essentialNotice')}</p>}
        {value.group && <p>{t('procedure.group', { name: localized(language, value.group.name, value.group.nameEn) })}</p>}
        {eventNames.length > 0 && <p>{t('procedure.usedFor', { events: eventNames.join(', ') })}</p>}
        {p.who && <p lang={vi}>{t('procedure.who', { who: p.who })}</p>}
        {language === 'en' && <p className="result-sub">{t('procedure.published')}</p>}
      </header>

      <DossierPart procedure={p} view={view} chosen={inForce} onChoose={onChooseCase} />
      <FeesAndTime procedure={p} />
      <WherePart procedure={p} />

      {p.plainSteps && p.plainSteps.length > 0 && (
        <section className="procedure-part" data-testid="plain-steps">
          <h2>{t('page.plainSteps')}</h2>
          <ol lang={vi} className="plain-steps">{p.plainSteps.map((s, i) => <li key={i}>{s}</li>)}</ol>
          <p className="result-sub">{t('page.plainStepsNote')}</p>
        </section>
      )}
      {p.conditions && (
        <section className="procedure-part">
          <h2>{t('procedure.conditions')}</h2>
          <p lang={vi}>{p.conditions}</p>
        </section>
      )}
      {p.steps.length > 0 && (
        <details className="procedure-part legal">
          <summary>{t('procedure.steps')}</summary>
          <ol lang={vi}>{p.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
        </details>
      )}
      <MoreFacts procedure={p} />

      <div className="procedure-actions">
        {p.documents.length > 0 && <Button large onClick={onPrepare} data-testid="procedure-prepare">{t('procedure.prepare')}</Button>}
        {p.onlineGuide.length > 0 && <Button variant="primary" large onClick={onGuide} data-testid="procedure-guide">{t('procedure.guide')}</Button>}
      </div>
    </article>
  );
}

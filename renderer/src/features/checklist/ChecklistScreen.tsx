import type { DossierCase } from '../../../../electron/api/content';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { localized } from '../procedures/localized';
import { useCall } from '../procedures/use-call';
import { MissingDocument } from './MissingDocument';
import { ProcedureSlipButton } from '../printing/ProcedureSlipButton';
import './checklist.css';

/** What the citizen ticked, kept by the flow (so back-and-forth keeps it) and wiped with it. */
export interface ChecklistTicks {
  readonly caseIndex: number | null;
  readonly have: readonly number[];
}
export const NO_TICKS: ChecklistTicks = { caseIndex: null, have: [] };

/**
 * The documents of the citizen's case as big toggles, ticked by the citizen; what is missing gets a
 * plain "where to get it" (the pack's `obtain`, else a guess from the name: MissingDocument). A
 * procedure with several cases asks which one first.
 */
export function ChecklistScreen({ code, ticks, onTicks, onGuide }: { code: string; ticks: ChecklistTicks; onTicks: (t: ChecklistTicks) => void; onGuide: (() => void) | null }) {
  const { t, language } = useI18n();
  const { value } = useCall('catalogue.getProcedure', { code });
  const p = value?.procedure;
  if (!p) return <p role="status">{t(value ? 'procedure.notFound' : 'find.loading')}</p>;
  const vi = language === 'vi' ? undefined : 'vi';
  const name = localized(language, p.name, p.nameEn);
  const cases = p.documents;
  const caseIndex = cases.length === 1 ? 0 : ticks.caseIndex;

  if (cases.length === 0) {
    return <section className="checklist card" data-testid="checklist-screen"><h1>{t('checklist.title', { name })}</h1><p className="notice">{t('checklist.none')}</p></section>;
  }
  if (caseIndex === null || !cases[caseIndex]) {
    return (
      <section className="checklist" data-testid="checklist-screen">
        <h1>{t('checklist.title', { name })}</h1>
        <h2>{t('checklist.chooseCase')}</h2>
        <div className="checklist-cases">
          {cases.map((c, i) => (
            <Button key={i} large onClick={() => onTicks({ caseIndex: i, have: [] })} data-testid={`checklist-case-${i}`}>
              <span lang={vi}>{c.title ?? t('checklist.case', { n: i + 1 })}</span>
            </Button>
          ))}
        </div>
      </section>
    );
  }

  const chosen: DossierCase = cases[caseIndex]!;
  const have = new Set(ticks.have);
  const toggle = (i: number) => onTicks({ caseIndex, have: have.has(i) ? ticks.have.filter((x) => x !== i) : [...ticks.have, i] });
  const missing = chosen.documents.map((d, i) => ({ d, i })).filter(({ i }) => !have.has(i));

  return (
    <section className="checklist" data-testid="checklist-screen">
      <h1>{t('checklist.title', { name })}</h1>
      {chosen.title && <p><strong lang={vi}>{chosen.title}</strong>{cases.length > 1 && <> · <button type="button" className="link-button" onClick={() => onTicks(NO_TICKS)}>{t('checklist.changeCase')}</button></>}</p>}
      <p>{t('checklist.intro')}</p>
      <ul className="checklist-items">
        {chosen.documents.map((d, i) => (
          <li key={i}>
            <button type="button" role="checkbox" aria-checked={have.has(i)} className="checklist-item" onClick={() => toggle(i)} data-testid={`checklist-item-${i}`}>
              <span className="checkbox" aria-hidden="true">{have.has(i) ? '✔' : ''}</span>
              <span>
                <span className="checklist-name" lang={vi}>{d.name}{d.form ? ` (${t('procedure.form', { form: d.form })})` : ''}</span>
                {d.notes && <span className="result-sub" lang={vi}>{d.notes}</span>}
              </span>
              <span className="checklist-state">{t(have.has(i) ? 'checklist.have' : 'checklist.notYet')}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="checklist-progress" role="status" data-testid="checklist-progress">
        {t('checklist.progress', { have: chosen.documents.length - missing.length, total: chosen.documents.length })}
      </p>
      {missing.length === 0 ? (
        <p className="notice notice-ok">{t('checklist.allReady')}</p>
      ) : (
        <div className="card" data-testid="checklist-missing">
          <h2>{t('checklist.missingTitle')}</h2>
          <ul className="checklist-missing">
            {missing.map(({ d, i }) => <MissingDocument key={i} doc={d} index={i} />)}
          </ul>
        </div>
      )}
      <p>{t('checklist.scanTip')}</p>
      <ProcedureSlipButton code={code} caseIndex={caseIndex} />
      {onGuide && (
        <div className="procedure-actions">
          <Button variant="primary" large onClick={onGuide} data-testid="checklist-guide">{t('checklist.toGuide')}</Button>
        </div>
      )}
    </section>
  );
}

import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { chosenCase, dossierView, mustChoose, paperName, papersToHandIn, papersToShow, type PaperRow } from '../procedures/dossier';
import { paperCount } from '../procedures/channel-facts';
import { localized } from '../procedures/localized';
import { useCall } from '../procedures/use-call';
import { MissingDocument } from './MissingDocument';
import { ProcedureSlipButton } from '../printing/ProcedureSlipButton';
import './checklist.css';

/** What the citizen ticked, kept by the flow (so back-and-forth keeps it) and wiped with it. */
export interface ChecklistTicks {
  /** The case chosen (index in the procedure's `documents`), on the procedure page or here. */
  readonly caseIndex: number | null;
  /** Ticked rows: indexes into the papers to hand in, then the papers to show (one list). */
  readonly have: readonly number[];
}
export const NO_TICKS: ChecklistTicks = { caseIndex: null, have: [] };

/**
 * The papers of the citizen's case as big toggles, ticked by the citizen: the papers to hand in (what
 * everyone hands in, then the chosen case's), then the papers to bring to show at the desk ("mang theo
 * để xuất trình"). What is missing gets a plain "where to get it" (MissingDocument). A procedure with
 * several cases asks which one first, unless the citizen chose it on the procedure page.
 */
export function ChecklistScreen({ code, ticks, onTicks, onGuide }: { code: string; ticks: ChecklistTicks; onTicks: (t: ChecklistTicks) => void; onGuide: (() => void) | null }) {
  const { t, language } = useI18n();
  const { value } = useCall('catalogue.getProcedure', { code });
  const p = value?.procedure;
  if (!p) return <p role="status">{t(value ? 'procedure.notFound' : 'find.loading')}</p>;
  const vi = language === 'vi' ? undefined : 'vi';
  const name = localized(language, p.name, p.nameEn);
  const view = dossierView(p);
  const caseIndex = chosenCase(view, ticks.caseIndex);
  const handIn = papersToHandIn(p, view, caseIndex);
  const show = papersToShow(p, view);

  if (handIn.length + show.length === 0 && !mustChoose(view, caseIndex)) {
    return <section className="checklist card" data-testid="checklist-screen"><h1>{t('checklist.title', { name })}</h1><p className="notice">{t('checklist.none')}</p></section>;
  }
  if (mustChoose(view, caseIndex)) {
    return (
      <section className="checklist" data-testid="checklist-screen">
        <h1>{t('checklist.title', { name })}</h1>
        <h2>{t('checklist.chooseCase')}</h2>
        <div className="checklist-cases">
          {view.choices.map((c) => (
            <Button key={c.index} large className="checklist-case" onClick={() => onTicks({ caseIndex: c.index, have: [] })} data-testid={`checklist-case-${c.index}`}>
              <span lang={vi}>{c.label}</span>
            </Button>
          ))}
        </div>
      </section>
    );
  }

  const rows: { row: PaperRow; show: boolean }[] = [...handIn.map((row) => ({ row, show: false })), ...show.map((row) => ({ row, show: true }))];
  const have = new Set(ticks.have);
  const toggle = (i: number) => onTicks({ caseIndex, have: have.has(i) ? ticks.have.filter((x) => x !== i) : [...ticks.have, i] });
  const missing = rows.map((r, i) => ({ ...r, i })).filter(({ i }) => !have.has(i));
  const choice = view.choices.find((c) => c.index === caseIndex);
  const item = ({ row, show: toShow }: { row: PaperRow; show: boolean }, i: number) => {
    const count = paperCount(t, row.doc);
    return (
      <li key={i}>
        <button type="button" role="checkbox" aria-checked={have.has(i)} className="checklist-item" onClick={() => toggle(i)} data-testid={`checklist-item-${i}`} data-show={toShow}>
          <span className="checkbox" aria-hidden="true">{have.has(i) ? '✔' : ''}</span>
          <span>
            <span className="checklist-name" lang={vi}>{paperName(row.doc.name)}{row.doc.form ? ` (${t('procedure.form', { form: row.doc.form })})` : ''}</span>
            {count && <span className="checklist-count">{count}</span>}
            {row.doc.notes && <span className="result-sub" lang={vi}>{row.doc.notes}</span>}
          </span>
          <span className="checklist-state">{t(have.has(i) ? 'checklist.have' : 'checklist.notYet')}</span>
        </button>
      </li>
    );
  };

  return (
    <section className="checklist" data-testid="checklist-screen">
      <h1>{t('checklist.title', { name })}</h1>
      {choice && (
        <p data-testid="checklist-case">
          {t('page.chosenCase')} <strong lang={vi}>{choice.label}</strong>
          {view.choices.length > 1 && <> · <button type="button" className="link-button" onClick={() => onTicks(NO_TICKS)}>{t('checklist.changeCase')}</button></>}
        </p>
      )}
      <p>{t('checklist.intro')}</p>
      {handIn.length > 0 && <h2>{t('page.handIn')}</h2>}
      <ul className="checklist-items" data-testid="checklist-hand-in">{rows.map((r, i) => (r.show ? null : item(r, i)))}</ul>
      {show.length > 0 && (
        <>
          <h2>{t('checklist.show')}</h2>
          <ul className="checklist-items" data-testid="checklist-show">{rows.map((r, i) => (r.show ? item(r, i) : null))}</ul>
        </>
      )}
      <p className="checklist-progress" role="status" data-testid="checklist-progress">
        {t('checklist.progress', { have: rows.length - missing.length, total: rows.length })}
      </p>
      {missing.length === 0 ? (
        <p className="notice notice-ok">{t('checklist.allReady')}</p>
      ) : (
        <div className="card" data-testid="checklist-missing">
          <h2>{t('checklist.missingTitle')}</h2>
          <ul className="checklist-missing">
            {missing.map(({ row, i }) => <MissingDocument key={i} doc={{ ...row.doc, name: paperName(row.doc.name) }} index={i} />)}
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

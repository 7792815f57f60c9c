import type { Procedure } from '../../../../electron/api/content';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { mustChoose, papersToHandIn, papersToShow, type DossierView } from './dossier';
import { PaperList } from './PaperList';

export interface DossierPartProps {
  readonly procedure: Procedure;
  readonly view: DossierView;
  /** The case in force (dossier.ts `chosenCase`): null while the citizen has not chosen among several. */
  readonly chosen: number | null;
  readonly onChoose: (caseIndex: number | null) => void;
}

/**
 * "Bạn thuộc trường hợp nào?" then the papers of that case: what everyone hands in, the chosen case's
 * own papers under its title, the papers to show at the desk, and the notes (or how many the official
 * page has). A procedure with one case lists its papers straight away.
 */
export function DossierPart({ procedure: p, view, chosen, onChoose }: DossierPartProps) {
  const { t, language } = useI18n();
  const vi = language === 'vi' ? undefined : 'vi';
  const choosing = mustChoose(view, chosen);
  const choice = view.choices.find((c) => c.index === chosen);
  const handIn = papersToHandIn(p, view, chosen);
  const common = handIn.filter((r) => r.caseIndex !== chosen);
  const own = handIn.filter((r) => r.caseIndex === chosen);
  const show = papersToShow(p, view);
  const nothing = p.documents.length === 0;

  return (
    <>
      {view.choices.length > 1 && (
        <section className="procedure-part case-choice" data-testid="case-choice">
          <h2>{t('page.chooseCase')}</h2>
          {choosing ? (
            <>
              <p>{t('page.chooseHint')}</p>
              <div className="case-buttons">
                {view.choices.map((c) => (
                  <Button key={c.index} large className="case-button" onClick={() => onChoose(c.index)} data-testid={`case-${c.index}`}>
                    <span lang={vi}>{c.label}</span>
                  </Button>
                ))}
              </div>
              <p className="result-sub">{t('page.manyCases')}</p>
            </>
          ) : (
            <p className="chosen-case">
              {t('page.chosenCase')} <strong lang={vi} data-testid="chosen-case">{choice?.label}</strong>{' '}
              <button type="button" className="link-button" onClick={() => onChoose(null)} data-testid="case-change">{t('page.changeCase')}</button>
            </p>
          )}
        </section>
      )}

      <section className="procedure-part" data-testid="procedure-documents">
        <h2>{t('page.papers')}</h2>
        {nothing && <p className="missing">{t('procedure.missing')}</p>}
        {!nothing && choosing && <p className="notice">{t('page.chooseFirst')}</p>}
        {!nothing && !choosing && handIn.length === 0 && <p>{t('page.noPapers')}</p>}
        {common.length > 0 && (
          <>
            <h3>{t('page.handIn')}</h3>
            <PaperList rows={common} testId="papers-common" />
          </>
        )}
        {own.length > 0 && choice && (
          <>
            <h3 lang={vi}>{common.length > 0 ? t('page.caseTitle', { title: choice.label }) : choice.label}</h3>
            <PaperList rows={own} testId="papers-case" />
          </>
        )}
        {show.length > 0 && (
          <div className="papers-show">
            <h3>{t('page.show')}</h3>
            <PaperList rows={show} testId="papers-show" />
          </div>
        )}
        {view.notes.length > 0 && (
          <>
            <h3>{t('page.notes')}</h3>
            <ul lang={vi} data-testid="dossier-notes">{view.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
          </>
        )}
        {view.notesOmitted > 0 && <p className="result-sub" data-testid="notes-omitted">{t('page.notesOmitted', { count: view.notesOmitted })}</p>}
      </section>
    </>
  );
}

import type { Procedure } from '../../../../electron/api/content';
import { useI18n } from '../../i18n/i18n';
import { paperCount } from '../procedures/channel-facts';
import { chosenCase, dossierView, paperName, papersToHandIn } from '../procedures/dossier';

/**
 * The papers to attach online for the citizen's case, folded under the guide's title so the step
 * stays in view: the guide follows the case chosen on the procedure page or the checklist. Papers to
 * show at the desk are not attached online: they are not listed here.
 */
export function GuidePapers({ procedure, chosen }: { procedure: Procedure; chosen: number | null }) {
  const { t, language } = useI18n();
  const view = dossierView(procedure);
  const caseIndex = chosenCase(view, chosen);
  const rows = papersToHandIn(procedure, view, caseIndex);
  if (rows.length === 0) return null;
  const choice = view.choices.find((c) => c.index === caseIndex);
  const vi = language === 'vi' ? undefined : 'vi';
  return (
    <details className="guide-papers" data-testid="guide-papers">
      <summary>
        {t('guide.papers', { count: rows.length })}
        {choice && <span lang={vi} data-testid="guide-case"> · {choice.label}</span>}
      </summary>
      {view.choices.length > 1 && !choice && <p>{t('page.chooseFirst')}</p>}
      <ul lang={vi}>
        {rows.map((r, i) => {
          const count = paperCount(t, r.doc);
          return <li key={i}>{paperName(r.doc.name)}{count && <strong> ({count})</strong>}</li>;
        })}
      </ul>
    </details>
  );
}

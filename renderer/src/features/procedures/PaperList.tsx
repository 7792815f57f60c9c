import type { DossierDocument } from '../../../../electron/api/content';
import { useI18n } from '../../i18n/i18n';
import { paperCount } from './channel-facts';
import { paperName, type PaperRow } from './dossier';

/**
 * Papers as a citizen reads them: the published name (its list bullet cut off, the words as published,
 * wrapping however long), then how many in plain words ("1 bản chính, 2 bản sao"), the form and its
 * files. A paper whose count the pack does not know says so instead of a guessed number.
 */
export function PaperList({ rows, testId }: { rows: readonly PaperRow[]; testId: string }) {
  const { language } = useI18n();
  const vi = language === 'vi' ? undefined : 'vi';
  return (
    <ul className="papers" data-testid={testId}>
      {rows.map((r, i) => (
        <li key={`${r.caseIndex}-${i}`} className="paper" data-testid="paper">
          <span className="paper-name" lang={vi}>{paperName(r.doc.name)}</span>
          <PaperFacts doc={r.doc} />
        </li>
      ))}
    </ul>
  );
}

function PaperFacts({ doc }: { doc: DossierDocument }) {
  const { t } = useI18n();
  const count = paperCount(t, doc);
  const unknown = doc.originals === undefined && doc.copies === undefined;
  return (
    <span className="paper-facts">
      {count && <strong className="paper-count" data-testid="paper-count">{count}</strong>}
      {unknown && <span className="paper-count missing" data-testid="paper-count">{t('page.countUnknown')}</span>}
      {doc.form && <span>{t('procedure.form', { form: doc.form })}</span>}
      {(doc.formFiles ?? []).map((f) => <span key={f} className="paper-form-file" lang="vi">{t('page.formFile', { name: f })}</span>)}
      {doc.notes && <span className="result-sub" lang="vi">{doc.notes}</span>}
    </span>
  );
}

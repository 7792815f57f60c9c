import type { Procedure } from '../../../../electron/api/content';
import { useI18n } from '../../i18n/i18n';

/**
 * What few citizens read but the state published and staff point to: the legal bases (number and
 * title: titles of 300+ characters wrap), the results with their codes, who published the procedure
 * and by which decision. Folded away behind one disclosure.
 */
export function MoreFacts({ procedure: p }: { procedure: Procedure }) {
  const { t, language } = useI18n();
  const vi = language === 'vi' ? undefined : 'vi';
  const legal = p.legalBases && p.legalBases.length > 0 ? p.legalBases.map((l) => ({ number: l.number, title: l.title })) : p.legalBasis.map((title) => ({ number: undefined, title }));
  const results = p.results && p.results.length > 0 ? p.results : p.result ? [{ name: p.result, code: undefined }] : [];
  return (
    <details className="procedure-part legal" data-testid="procedure-legal">
      <summary>{t('page.moreFacts', { legal: legal.length, results: results.length })}</summary>
      <h3>{t('page.results')}</h3>
      {results.length > 0 ? (
        <ul lang={vi}>{results.map((r, i) => <li key={i}>{r.name}{r.code && <span className="result-sub">{r.code}</span>}</li>)}</ul>
      ) : <p className="missing">{t('procedure.missing')}</p>}
      <h3>{t('page.legal')}</h3>
      {legal.length > 0 ? (
        <ul lang={vi} className="legal-list">
          {legal.map((l, i) => <li key={i}>{l.number && <strong>{l.number}</strong>}{l.number && ' — '}{l.title}</li>)}
        </ul>
      ) : <p className="missing">{t('procedure.missing')}</p>}
      {p.publisher && <p lang={vi}>{t('page.publisher', { publisher: p.publisher })}</p>}
      {p.decision && <p lang={vi}>{t('page.decision', { decision: p.decision })}</p>}
    </details>
  );
}

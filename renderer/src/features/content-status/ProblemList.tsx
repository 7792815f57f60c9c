import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-vi';
import { hintFor, isRemoteFile, itemOf, type ShownProblem } from './problem-lines';

/**
 * The problems of one content source, errors before warnings, each with its file and place in the
 * file, a plain-words explanation when the message is a known one, and the core's own text beneath
 * (a technician over the clerk's shoulder reads that).
 */
export function ProblemList({ problems, testId }: { problems: readonly ShownProblem[]; testId: string }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="content-status-problems">
      <h4>{t('contentStatus.problems', { count: problems.length })}</h4>
      <ul data-testid={testId}>
        {problems.map((p, i) => (
          <ProblemItem key={`${i}:${p.file}:${p.path}:${p.message}`} problem={p} />
        ))}
      </ul>
    </div>
  );
}

function ProblemItem({ problem }: { problem: ShownProblem }) {
  const { t } = useI18n();
  const hint = hintFor(problem.message);
  const item = itemOf(problem.path);
  const file = problem.file === 'remote' ? t('contentStatus.where.remote') : problem.file === 'remote cache' ? t('contentStatus.where.remoteCache') : problem.file;
  return (
    <li className={`content-status-problem problem-${problem.severity}`} data-testid="content-status-problem" data-severity={problem.severity}>
      <span className="content-status-severity">{t(problem.severity === 'error' ? 'contentStatus.severity.error' : 'contentStatus.severity.warning')}</span>
      <div className="content-status-problem-body">
        {hint && <p className="content-status-hint">{t(`contentStatus.hint.${hint.key}` as MessageKey, hint.params)}</p>}
        <p>
          {t('contentStatus.where.file')}: <code>{file}</code>
          {!isRemoteFile(problem.file) && (
            <>
              {' · '}
              {t('contentStatus.where.path')}: {problem.path ? <code>{problem.path}</code> : t('contentStatus.where.wholeFile')}
              {item && ` (${t(item.kind === 'announcement' ? 'contentStatus.where.announcement' : 'contentStatus.where.slide', { n: item.n })})`}
            </>
          )}
        </p>
        <p className="content-status-detail">
          {hint ? `${t('contentStatus.detail')}: ` : ''}
          {problem.message}
        </p>
      </div>
    </li>
  );
}

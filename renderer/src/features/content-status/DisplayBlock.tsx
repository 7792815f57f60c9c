import type { DisplayContentStatus } from '../../../../electron/api/display';
import { useI18n } from '../../i18n/i18n';
import { Fact } from './CatalogueBlock';
import { formatWhen } from './format-when';
import { displayVerdict, splitDisplayProblem } from './problem-lines';
import { ProblemList } from './ProblemList';
import { Verdict } from './Verdict';

/** "Màn hình công cộng": what the lobby display shows (display.json or the fallback) and why a new version was refused. */
export function DisplayBlock({ status }: { status: DisplayContentStatus }) {
  const { t, language } = useI18n();
  const verdict = displayVerdict(status);
  const verdictText = {
    clean: t('contentStatus.clean'),
    refused: t('contentStatus.display.refused'),
    fallback: t('contentStatus.display.fallback'),
  }[verdict];
  return (
    <section className="content-status-block" data-testid="content-status-display" data-verdict={verdict} aria-labelledby="content-status-display-title">
      <h3 id="content-status-display-title">{t('contentStatus.display.title')}</h3>
      <Verdict ok={verdict === 'clean'} text={verdictText} testId="content-status-display-verdict" />
      <dl className="content-status-facts">
        <Fact label={t('contentStatus.field.shown')}>
          {t(status.source === 'file' ? 'contentStatus.display.fromFile' : 'contentStatus.display.fromFallback')}
        </Fact>
        {status.loadedAt && <Fact label={t('contentStatus.field.loadedAt')}>{formatWhen(status.loadedAt, language)}</Fact>}
        {status.checkedAt && <Fact label={t('contentStatus.field.checkedAt')}>{formatWhen(status.checkedAt, language)}</Fact>}
      </dl>
      <ProblemList problems={status.problems.map(splitDisplayProblem)} testId="content-status-display-problems" />
    </section>
  );
}

import type { DisplayContentStatus } from '../../../../electron/api/display';
import { useI18n } from '../../i18n/i18n';
import { Fact, StatusBlock } from './StatusBlock';
import { formatWhen } from './format-when';
import { displayVerdict, splitDisplayProblem } from './problem-lines';
import { ProblemList } from './ProblemList';

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
    <StatusBlock area="display" title={t('contentStatus.display.title')} verdict={verdict} verdictText={verdictText}>
      <dl className="content-status-facts">
        <Fact label={t('contentStatus.field.shown')}>
          {t(status.source === 'file' ? 'contentStatus.display.fromFile' : 'contentStatus.display.fromFallback')}
        </Fact>
        {status.loadedAt && <Fact label={t('contentStatus.field.loadedAt')}>{formatWhen(status.loadedAt, language)}</Fact>}
        {status.checkedAt && <Fact label={t('contentStatus.field.checkedAt')}>{formatWhen(status.checkedAt, language)}</Fact>}
      </dl>
      <ProblemList problems={status.problems.map(splitDisplayProblem)} testId="content-status-display-problems" />
    </StatusBlock>
  );
}

import type { ContentStatus } from '../../../../electron/api/catalogue';
import { useI18n } from '../../i18n/i18n';
import { DataAge } from './DataAge';
import { formatDay, formatWhen } from './format-when';
import { catalogueProblems, catalogueVerdict } from './problem-lines';
import { ProblemList } from './ProblemList';
import { Fact, StatusBlock } from './StatusBlock';

/** "Thủ tục hành chính": the live procedure pack, where it came from, and the latest problems. */
export function CatalogueBlock({ status }: { status: ContentStatus }) {
  const { t, language } = useI18n();
  const verdict = catalogueVerdict(status);
  const warnings = status.problems.filter((p) => p.severity === 'warning').length;
  const { pack, remote } = status;
  const verdictText = {
    clean: t('contentStatus.clean'),
    refused: t('contentStatus.procedures.refused'),
    unreachable: t('contentStatus.procedures.unreachable'),
    none: t('contentStatus.procedures.none'),
  }[verdict];
  return (
    <StatusBlock area="procedures" title={t('contentStatus.procedures.title')} verdict={verdict} verdictText={verdictText}>
      {pack && <DataAge pack={pack} />}
      {verdict === 'clean' && warnings > 0 && <p>{t('contentStatus.warnings', { count: warnings })}</p>}
      <dl className="content-status-facts">
        {pack && (
          <>
            <Fact label={t('contentStatus.field.pack')}>{t('contentStatus.packValue', { packId: pack.packId, version: pack.version })}</Fact>
            <Fact label={t('contentStatus.field.publisher')}>{pack.publisher}</Fact>
            <Fact label={t('contentStatus.field.date')}>{formatDay(pack.date)}</Fact>
            <Fact label={t('contentStatus.field.kind')}>
              <span className={pack.sample ? 'content-status-sample' : undefined} data-testid="content-status-sample">
                {t(pack.sample ? 'contentStatus.sample' : 'contentStatus.notSample')}
              </span>
            </Fact>
            <Fact label={t('contentStatus.field.source')}>{t(`contentStatus.source.${pack.source}`)}</Fact>
            <Fact label={t('contentStatus.field.loadedAt')}>{formatWhen(pack.loadedAt, language)}</Fact>
            <Fact label={t('contentStatus.field.counts')}>{t('contentStatus.countsValue', { procedures: pack.procedures, services: pack.essentialServices })}</Fact>
          </>
        )}
        {remote && (
          <>
            <Fact label={t('contentStatus.field.remote')}>{remote.host}</Fact>
            <Fact label={t('contentStatus.field.remoteSuccess')}>{remote.lastSuccessAt ? formatWhen(remote.lastSuccessAt, language) : t('contentStatus.never')}</Fact>
            {remote.lastError && <Fact label={t('contentStatus.field.remoteError')}>{remote.lastError}</Fact>}
          </>
        )}
        {status.checkedAt && <Fact label={t('contentStatus.field.checkedAt')}>{formatWhen(status.checkedAt, language)}</Fact>}
      </dl>
      <ProblemList problems={catalogueProblems(status.problems)} testId="content-status-procedures-problems" />
    </StatusBlock>
  );
}

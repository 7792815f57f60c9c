import type { Procedure } from '../../../../electron/api/content';
import { useI18n } from '../../i18n/i18n';
import { caseCodeTimes, channelTime, CHANNEL_ORDER, feeTable } from './channel-facts';

/**
 * Doing it online vs in person (and by post where published), side by side: the time limit and the
 * amounts of each, "0 đồng" with its published rule as a numbered note under the table (the same rule
 * is usually published for every channel: it is written once). A unit the portal left out stays out,
 * with the working days its case codes publish.
 */
export function FeesAndTime({ procedure: p }: { procedure: Procedure }) {
  const { t, language } = useI18n();
  const vi = language === 'vi' ? undefined : 'vi';
  const kinds = CHANNEL_ORDER.filter((k) => p.channels.some((c) => c.kind === k));
  const fees = feeTable(t, p.channels);
  const byCode = p.channels.some((c) => c.time?.unit === 'other') ? caseCodeTimes(t, p) : null;

  return (
    <section className="procedure-part" data-testid="procedure-how">
      <h2>{t('page.feesTime')}</h2>
      {kinds.length === 0 ? (
        <p className="missing">{t('procedure.missing')}</p>
      ) : (
        <div className="channels" data-count={kinds.length}>
          {kinds.map((kind) => {
            const c = p.channels.find((x) => x.kind === kind)!;
            return (
              <div key={kind} className={`channel channel-${kind}`} data-testid={`channel-${kind}`}>
                <h3>{t(`page.channel.${kind}`)}</h3>
                <p className="channel-row">
                  <span className="channel-label">{t('page.timeRow')}</span>
                  <strong data-testid={`time-${kind}`}>{channelTime(t, c)}</strong>
                </p>
                <div className="channel-row">
                  <span className="channel-label">{t('page.feeRow')}</span>
                  <ul className="fee-lines" data-testid={`fees-${kind}`}>
                    {fees.lines.get(kind)!.map((f, i) => (
                      <li key={i}>
                        <strong>{f.text}</strong>
                        {f.rule > 0 && <span className="fee-rule-ref"> · {t('page.rule', { n: f.rule })}</span>}
                        {f.zeroWithoutRule && <span className="result-sub">{t('page.zeroNoRule')}</span>}
                      </li>
                    ))}
                  </ul>
                </div>
                {c.notes && <p lang={vi}>{c.notes}</p>}
              </div>
            );
          })}
        </div>
      )}
      {byCode && <p data-testid="case-code-times">{byCode}</p>}
      {fees.rules.length > 0 && (
        <div className="fee-rules">
          <h3>{t('page.rulesTitle')}</h3>
          <ol lang={vi} data-testid="fee-rules">{fees.rules.map((r, i) => <li key={i} value={i + 1}>{r}</li>)}</ol>
        </div>
      )}
    </section>
  );
}

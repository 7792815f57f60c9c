import type { DisplaySlide } from '../../../../../electron/api/display';
import { useI18n } from '../../../i18n/i18n';
import { targetPercent, targetText } from '../../figures/target-text';

type Props = { slide: Extract<DisplaySlide, { kind: 'statistics' }> };

const number = (n: number, language: string) => n.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN');

/**
 * The ward's counts (never anything about a person): citizens helped this week, activations this month,
 * the activation target of kiosk.json (each named and computed as on the staff dashboard), and the share
 * of satisfied ratings this month.
 */
export function StatisticsSlide({ slide }: Props) {
  const { t, language } = useI18n();
  const target = slide.activationTarget;
  const done = slide.activationsThisMonth;
  const percent = target && target.achieved !== null ? Math.min(100, targetPercent(target.achieved, target.targetCount)) : null;
  return (
    <section className="slide slide-statistics" data-slide-kind="statistics">
      <header className="slide-head">
        <h1 className="slide-title">{t('display.stats.title')}</h1>
      </header>
      <div className="stat-grid">
        <div className="stat">
          <span className="stat-value" data-testid="stat-helped">{number(slide.citizensHelpedThisWeek, language)}</span>
          <span className="stat-label">{t('display.stats.helped', { figure: t('figures.citizensHelped') })}</span>
        </div>
        <div className="stat">
          {done === null ? (
            <span className="stat-value stat-missing" data-testid="stat-activations">{t('display.stats.notAvailable')}</span>
          ) : (
            <span className="stat-value" data-testid="stat-activations">{number(done, language)}</span>
          )}
          <span className="stat-label">{t('display.stats.activations')}</span>
          {target && (
            <>
              {percent !== null && (
                <span className="progress" role="img" aria-label={`${percent}%`}>
                  <span className="progress-fill" style={{ width: `${percent}%` }} />
                </span>
              )}
              <span className="stat-target" data-testid="stat-target">{targetText(t, target)}</span>
            </>
          )}
        </div>
        {slide.satisfactionThisMonth && (
          <div className="stat">
            <span className="stat-value" data-testid="stat-satisfaction">{Math.round((slide.satisfactionThisMonth.satisfied / slide.satisfactionThisMonth.rated) * 100)}%</span>
            <span className="stat-label">{t('display.stats.satisfaction', { rated: number(slide.satisfactionThisMonth.rated, language) })}</span>
          </div>
        )}
      </div>
    </section>
  );
}

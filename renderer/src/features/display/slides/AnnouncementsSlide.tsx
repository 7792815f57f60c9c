import type { DisplaySlide } from '../../../../../electron/api/display';
import { useI18n } from '../../../i18n/i18n';
import { pick } from '../local-text';

type Props = { slide: Extract<DisplaySlide, { kind: 'announcements' }> };

/** Today's announcements (the core has applied dates, days and hours), important ones first. */
export function AnnouncementsSlide({ slide }: Props) {
  const { t, language } = useI18n();
  return (
    <section className="slide slide-announcements" data-slide-kind="announcements">
      <header className="slide-head">
        <h1 className="slide-title">{t('display.announcements.title')}</h1>
      </header>
      <ul className="announcement-list">
        {slide.items.slice(0, 4).map((a) => (
          <li key={a.id} className={a.priority === 'high' ? 'announcement high' : 'announcement'}>
            {a.priority === 'high' && <span className="badge badge-important">{t('display.announcements.important')}</span>}
            <strong className="announcement-title">{pick(a.title, language)}</strong>
            {a.body && <span className="announcement-body">{pick(a.body, language)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

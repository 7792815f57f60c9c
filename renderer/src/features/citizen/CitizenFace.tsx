import { useCallback, useState } from 'react';
import { useAccessibilityModes } from '../../app/accessibility';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { DeviceStatusIndicator } from '../devices/DeviceStatusIndicator';
import { IdleWarning } from '../session/IdleWarning';
import { useCitizenSession } from '../session/use-citizen-session';
import { AttractScreen, type Entry } from './AttractScreen';
import './citizen.css';

/** The citizen's touch screen: attract screen when idle, the chosen path while a session runs. */
export function CitizenFace({ wardName }: { wardName: string }) {
  const { t, language, setLanguage } = useI18n();
  const a11y = useAccessibilityModes();
  const [entry, setEntry] = useState<Entry | null>(null);
  const onWiped = useCallback(() => {
    setEntry(null);
    a11y.reset();
    setLanguage('vi');
    // a11y and setLanguage are stable for the face's lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { session, warning, start, end, moreTime, activity } = useCitizenSession(onWiped);

  const enter = async (e: Entry) => {
    setEntry(e);
    await start();
  };

  return (
    <div className="face citizen" onPointerDown={activity} onKeyDown={activity}>
      <header className="topbar">
        <span className="title">{t('app.centreName')} · {wardName}</span>
        <Button onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} data-testid="lang-switch" lang={language === 'vi' ? 'en' : 'vi'}>
          {t('lang.switch')}
        </Button>
        <Button aria-pressed={a11y.largeText} onClick={() => a11y.setLargeText(!a11y.largeText)} data-testid="large-text">
          {t('a11y.largeText')}
        </Button>
        <Button aria-pressed={a11y.highContrast} onClick={() => a11y.setHighContrast(!a11y.highContrast)} data-testid="high-contrast">
          {t('a11y.highContrast')}
        </Button>
        <DeviceStatusIndicator />
      </header>
      <main>
        {session.state === 'idle' || entry === null ? (
          <AttractScreen onEnter={enter} />
        ) : (
          <section data-testid="session-home">
            <p className="notice">{t('session.notBuilt')}</p>
          </section>
        )}
      </main>
      {session.state === 'active' && (
        <footer className="bottombar">
          <Button onClick={end} data-testid="start-over">{t('nav.startOver')}</Button>
        </footer>
      )}
      {warning !== null && <IdleWarning secondsLeft={warning} onMoreTime={moreTime} onFinish={end} />}
    </div>
  );
}

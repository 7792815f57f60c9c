import { useCallback, useState } from 'react';
import { useAccessibilityModes } from '../../app/accessibility';
import { useClient } from '../../app/client-context';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { DeviceStatusIndicator } from '../devices/DeviceStatusIndicator';
import { IdentityProvider } from '../identity/use-identity';
import { IdleWarning } from '../session/IdleWarning';
import { useCitizenSession } from '../session/use-citizen-session';
import { openStaffFace, useStaffGesture } from '../staff/use-staff-gesture';
import { useWedgeScanner, useWedgeSettings } from '../wedge';
import { CitizenFlow } from './CitizenFlow';
import { SimulatorPanel, SimulatorToggle, useSimulatedDevices } from './SimulatorPanel';
import './citizen.css';

/**
 * The citizen's touch screen: the top bar (language, large text, high contrast, devices) over the
 * citizen flow, the idle warning, and the keyboard-wedge scanner listener. A wipe (finish, idle, card
 * removed) remounts the whole flow, so no renderer state of the citizen survives it.
 */
export function CitizenFace({ wardName }: { wardName: string }) {
  const client = useClient();
  const { t, language, setLanguage } = useI18n();
  const a11y = useAccessibilityModes();
  const [generation, setGeneration] = useState(0);
  const onWiped = useCallback(() => {
    setGeneration((g) => g + 1);
    a11y.reset();
    setLanguage('vi');
    // a11y and setLanguage are stable for the face's lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Staff reach their face by a discreet gesture (five taps in the top-left corner) and then a PIN.
  useStaffGesture(openStaffFace);
  const { session, warning, start, end, moreTime, activity } = useCitizenSession(onWiped);
  const simulated = useSimulatedDevices();
  const [simOpen, setSimOpen] = useState(false);

  const startOver = useCallback(() => {
    // Without a session there is nothing for the core to wipe: start over here at once.
    if (session.state === 'active') void end();
    else onWiped();
  }, [session.state, end, onWiped]);

  // A keyboard-wedge scanner "types" its payload: caught here, classified by the core like any scan.
  // Always listening (a keyboard-mode scanner may be plugged in besides the configured one), with the
  // thresholds the core gives: the configured wedge's, or the shared defaults (kiosk.status `wedge`).
  const wedge = useWedgeSettings();
  useWedgeScanner({ ...wedge, onScan: (text) => void client.call('scan.wedge', { text: text.slice(0, 4096) }) });

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
        {simulated && <SimulatorToggle open={simOpen} onToggle={() => setSimOpen(!simOpen)} />}
      </header>
      {simulated && simOpen && <SimulatorPanel onClose={() => setSimOpen(false)} />}
      <IdentityProvider key={generation}>
        <CitizenFlow onStart={start} onStartOver={startOver} />
      </IdentityProvider>
      {warning !== null && <IdleWarning secondsLeft={warning} onMoreTime={moreTime} onFinish={end} />}
    </div>
  );
}

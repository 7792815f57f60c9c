import { PortalOutageBanner } from '../portal-health/PortalOutageBanner';
import { DeviceStatusIndicator } from '../devices/DeviceStatusIndicator';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { ChangePin } from './ChangePin';
import { SignIn } from './SignIn';
import { StaffHome } from './StaffHome';
import { IDLE_WARNING_SECONDS, useStaffSession } from './use-staff-session';
import './staff.css';

/**
 * The staff face: sign-in with a PIN, then the assisted-registration work, follow-ups, referrals to the
 * police, the dashboard, reports and (admins) accounts. Reached from the kiosk by the discreet gesture
 * (use-staff-gesture.ts) or at /staff on a second screen.
 */
export function StaffFace({ wardName }: { wardName: string }) {
  const { t, language, setLanguage } = useI18n();
  const staff = useStaffSession();
  const { session } = staff;
  return (
    <div className="face staff" onPointerDown={staff.activity} onKeyDown={staff.activity}>
      <header className="topbar">
        <span className="title">{t('staff.title')} · {wardName}</span>
        <Button onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} lang={language === 'vi' ? 'en' : 'vi'}>{t('lang.switch')}</Button>
        {session ? (
          <>
            {/* The kiosk's devices, the slip printer's faults ("hết giấy") included, for the desk. */}
            <DeviceStatusIndicator />
            <span className="staff-who" data-testid="staff-who">{session.account.name} · {t(`staff.role.${session.account.role}` as const)}</span>
            <Button onClick={() => void staff.signOut()} data-testid="staff-sign-out">{t('staff.signOut')}</Button>
          </>
        ) : (
          <Button onClick={() => window.location.assign('/citizen')}>{t('staff.signIn.toCitizen')}</Button>
        )}
      </header>
      {session && <PortalOutageBanner audience="staff" />}
      <main>
        {!session && <SignIn onSignedIn={staff.signedIn} notice={staff.notice} />}
        {session?.mustChangePin && <ChangePin staff={staff} required onDone={() => undefined} />}
        {session && !session.mustChangePin && <StaffHome staff={staff} session={session} />}
      </main>
      {session && staff.secondsLeft !== null && staff.secondsLeft <= IDLE_WARNING_SECONDS && (
        <div className="staff-idle" role="status" data-testid="staff-idle-countdown">{t('staff.idleSoon', { seconds: staff.secondsLeft })}</div>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { SignInResult, StaffAccountTile } from '../../../../electron/api/staff';
import { useClient } from '../../app/client-context';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';
import { NumberPad } from './NumberPad';
import type { StaffNotice } from './use-staff-session';

type Problem = { kind: 'wrong'; left: number } | { kind: 'locked'; until: number } | { kind: 'error'; code: string };

/**
 * Sign-in: the staff member picks their name, then types the PIN on the number pad. Wrong PINs show
 * the tries left; a locked account shows a countdown (the core refuses until then anyway).
 */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (r: Extract<SignInResult, { outcome: 'signed-in' }>) => void; notice: StaffNotice }) {
  const client = useClient();
  const { t, language } = useI18n();
  const [tiles, setTiles] = useState<StaffAccountTile[] | null>(null);
  const [chosen, setChosen] = useState<StaffAccountTile | null>(null);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void client.call('staff.signInList', {}).then((r) => setTiles(r.ok ? r.value : []));
  }, [client]);
  useEffect(() => {
    if (problem?.kind !== 'locked') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [problem]);

  const submit = async () => {
    if (!chosen) return;
    setBusy(true);
    const r = await client.call('staff.signIn', { accountId: chosen.id, pin });
    setBusy(false);
    setPin('');
    if (!r.ok) return setProblem({ kind: 'error', code: r.error.code });
    if (r.value.outcome === 'signed-in') return onSignedIn(r.value);
    if (r.value.outcome === 'wrong-pin') return setProblem({ kind: 'wrong', left: r.value.attemptsBeforeLock });
    setNow(Date.now());
    setProblem({ kind: 'locked', until: Date.now() + r.value.retryAfterSeconds * 1000 });
  };

  const lockedFor = problem?.kind === 'locked' ? Math.max(0, Math.ceil((problem.until - now) / 1000)) : 0;

  return (
    <section className="card staff-sign-in" data-testid="staff-sign-in">
      <h1>{t('staff.signIn')}</h1>
      {notice === 'idle' && <p className="notice" role="status" data-testid="staff-idle-notice">{t('staff.signedOutIdle')}</p>}
      {notice === 'locked' && <p className="notice" role="status" data-testid="staff-locked-notice">{t('staff.signedOutLocked')}</p>}
      {!chosen ? (
        <>
          <h2>{t('staff.signIn.choose')}</h2>
          {tiles && tiles.length === 0 && <p className="notice">{t('staff.signIn.none')}</p>}
          <div className="staff-tiles">
            {tiles?.map((a) => (
              <Button key={a.id} large className="staff-tile" onClick={() => { setChosen(a); setProblem(null); }} data-testid={`staff-tile-${a.id}`}>
                <span className="staff-tile-name">{a.name}</span>
                <span className="staff-tile-role">{t(`staff.role.${a.role}` as const)}{a.team ? ` · ${a.team}` : ''}</span>
              </Button>
            ))}
          </div>
        </>
      ) : (
        <div className="staff-pin">
          <NumberPad
            label={t('staff.signIn.pinFor', { name: chosen.name })}
            value={pin}
            onChange={(v) => { setPin(v); if (problem?.kind !== 'locked') setProblem(null); }}
            maxLength={12}
            masked
            testId="pin"
            onSubmit={() => void submit()}
            submitDisabled={busy || pin.length < 6 || lockedFor > 0}
            submitLabel={t('staff.signIn')}
          />
          {problem?.kind === 'wrong' && (
            <p className="notice" role="alert" data-testid="pin-wrong">
              {problem.left > 0 ? t('staff.signIn.wrongPin', { count: problem.left }) : t('staff.signIn.wrongPinLast')}
            </p>
          )}
          {problem?.kind === 'locked' && lockedFor > 0 && (
            <p className="notice" role="alert" data-testid="pin-locked">{t('staff.signIn.locked', { seconds: lockedFor })}</p>
          )}
          {problem?.kind === 'error' && <p className="notice" role="alert">{errorText(language, problem.code)}</p>}
          <Button onClick={() => { setChosen(null); setPin(''); setProblem(null); }}>{t('staff.signIn.back')}</Button>
        </div>
      )}
    </section>
  );
}

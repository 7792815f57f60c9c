import { useCallback, useEffect, useState } from 'react';
import { StaffRole, type StaffAccount } from '../../../../../electron/api/staff';
import { Button } from '../../../design/Button';
import { errorText, useI18n } from '../../../i18n/i18n';
import { EmergencyControl } from '../../display-admin/EmergencyControl';
import { NumberPad } from '../NumberPad';
import { TextField } from '../TextField';
import type { StaffSessionApi } from '../use-staff-session';

/** Admin: the accounts (add, disable/enable, reset PIN) and the lobby displays' emergency message. */
export function Accounts({ staff, token, selfId }: { staff: StaffSessionApi; token: string; selfId: number }) {
  const { t, language } = useI18n();
  const [accounts, setAccounts] = useState<StaffAccount[]>([]);
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [role, setRole] = useState<StaffRole>('volunteer');
  const [pin, setPin] = useState('');
  const [resetting, setResetting] = useState<StaffAccount | null>(null);
  const [resetPin, setResetPin] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(() => {
    void staff.call('staff.accounts.list', {}).then((r) => r.ok && setAccounts(r.value));
  }, [staff.call]);
  useEffect(load, [load]);
  const done = (r: { ok: true } | { ok: false; error: { code: string } }) => {
    setMessage(r.ok ? { ok: true, text: t('staff.accounts.done') } : { ok: false, text: errorText(language, r.error.code) });
    load();
    return r.ok;
  };

  const add = async () => {
    if (done(await staff.call('staff.accounts.add', { name, team, role, pin }))) {
      setName('');
      setTeam('');
      setPin('');
    }
  };
  const now = Date.now();

  return (
    <section className="staff-accounts" data-testid="accounts">
      <h2>{t('staff.accounts.title')}</h2>
      {message && <p className={message.ok ? 'staff-ok' : 'notice'} role="status" data-testid="accounts-message">{message.text}</p>}
      <ul className="staff-list">
        {accounts.map((a) => (
          <li key={a.id} className="card staff-account" data-testid={`account-${a.id}`}>
            <div>
              <strong>{a.name}</strong> · {t(`staff.role.${a.role}` as const)}{a.team ? ` · ${a.team}` : ''}
              {!a.active && <em> · {t('staff.accounts.disabled')}</em>}
              {a.lockedUntil && Date.parse(a.lockedUntil) > now && <em> · {t('staff.accounts.locked', { time: new Date(a.lockedUntil).toLocaleTimeString('vi-VN') })}</em>}
              {a.mustChangePin && <em> · {t('staff.accounts.mustChange')}</em>}
            </div>
            {a.id !== selfId && (
              <div className="staff-actions">
                <Button onClick={async () => done(await staff.call('staff.accounts.setActive', { accountId: a.id, active: !a.active }))} data-testid={`account-toggle-${a.id}`}>
                  {a.active ? t('staff.accounts.disable') : t('staff.accounts.enable')}
                </Button>
                <Button onClick={() => { setResetting(a); setResetPin(''); }}>{t('staff.accounts.resetPin')}</Button>
              </div>
            )}
            {resetting?.id === a.id && (
              <NumberPad
                label={t('staff.accounts.newPin', { name: a.name })}
                value={resetPin}
                onChange={setResetPin}
                maxLength={12}
                testId={`account-reset-${a.id}`}
                submitDisabled={resetPin.length < 6}
                onSubmit={async () => {
                  if (done(await staff.call('staff.accounts.resetPin', { accountId: a.id, pin: resetPin }))) setResetting(null);
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <div className="card">
        <h3>{t('staff.accounts.add')}</h3>
        <TextField label={t('staff.accounts.name')} value={name} onChange={setName} testId="account-name" maxLength={80} />
        <TextField label={t('staff.accounts.team')} value={team} onChange={setTeam} testId="account-team" maxLength={80} />
        <div className="staff-choice-row" role="group" aria-label={t('staff.accounts.role')}>
          <span>{t('staff.accounts.role')}:</span>
          {StaffRole.options.map((r) => (
            <Button key={r} aria-pressed={role === r} onClick={() => setRole(r)} data-testid={`account-role-${r}`}>{t(`staff.role.${r}` as const)}</Button>
          ))}
        </div>
        <NumberPad label={t('staff.accounts.pin')} value={pin} onChange={setPin} maxLength={12} testId="account-pin" />
        <Button variant="primary" large disabled={name.trim().length < 2 || pin.length < 6} onClick={() => void add()} data-testid="account-save">
          {t('staff.accounts.save')}
        </Button>
      </div>
      <div className="card">
        <h3>{t('staff.accounts.display')}</h3>
        <EmergencyControl token={token} />
      </div>
    </section>
  );
}

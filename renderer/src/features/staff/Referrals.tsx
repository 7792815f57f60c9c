import { useCallback, useEffect, useState } from 'react';
import { DataErrorKind, type ReferralSummary, type SessionCitizen } from '../../../../electron/api/staff';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';
import { viDate } from './dates';
import { NumberPad } from './NumberPad';
import { PoliceListExport } from './PoliceListExport';
import { TextField } from './TextField';
import type { StaffSessionApi } from './use-staff-session';

/**
 * Data-error referrals to the ward police: record one (with the citizen's consent), see the list
 * (masked), export it for the police and confirm the hand-over, which deletes the personal data.
 */
export function Referrals({ staff, canExport }: { staff: StaffSessionApi; canExport: boolean }) {
  const { t, language } = useI18n();
  const [fromSession, setFromSession] = useState<SessionCitizen>({ available: false });
  const [useSession, setUseSession] = useState(false);
  const [idNumber, setIdNumber] = useState('');
  const [fullName, setFullName] = useState('');
  const [kinds, setKinds] = useState<DataErrorKind[]>([]);
  const [note, setNote] = useState('');
  const [consent, setConsent] = useState(false);
  const [list, setList] = useState<ReferralSummary[]>([]);
  const [retentionDays, setRetentionDays] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const load = useCallback(() => {
    void staff.call('staff.referrals.list', {}).then((r) => {
      if (!r.ok) return;
      setList(r.value.referrals);
      setRetentionDays(r.value.retentionDays);
    });
    void staff.call('staff.citizen.current', {}).then((r) => {
      if (!r.ok) return;
      setFromSession(r.value);
      setUseSession(r.value.available);
    });
  }, [staff.call]);
  useEffect(load, [load]);

  const fail = (code: string) => setMessage({ kind: 'error', text: errorText(language, code) });
  const ready = consent && kinds.length > 0 && (useSession || (idNumber.length === 12 && fullName.trim().length >= 2));

  const save = async () => {
    const citizen = useSession ? { kind: 'session' as const } : { kind: 'manual' as const, idNumber, fullName };
    const r = await staff.call('staff.referrals.create', { citizen, kinds, note, consent: true, recordId: null });
    if (!r.ok) return fail(r.error.code);
    // The typed personal data leaves the screen as soon as it is stored (encrypted).
    setIdNumber('');
    setFullName('');
    setNote('');
    setKinds([]);
    setConsent(false);
    setMessage({ kind: 'ok', text: t('staff.referrals.saved') });
    load();
  };
  return (
    <section className="staff-referrals" data-testid="referrals">
      <h2>{t('staff.referrals.title')}</h2>
      {retentionDays !== null && <p>{t('staff.referrals.intro', { days: retentionDays })}</p>}
      {message && <p className={message.kind === 'ok' ? 'staff-ok' : 'notice'} role="status" data-testid="referral-message">{message.text}</p>}
      <div className="card">
        <h3>{t('staff.referrals.new')}</h3>
        <div className="staff-choice-row">
          {fromSession.available && (
            <Button aria-pressed={useSession} onClick={() => setUseSession(true)} data-testid="referral-from-session">
              {t('staff.referrals.fromSession', { masked: fromSession.maskedId })}
            </Button>
          )}
          <Button aria-pressed={!useSession} onClick={() => setUseSession(false)} data-testid="referral-manual">{t('staff.referrals.manual')}</Button>
        </div>
        {!useSession && (
          <div className="staff-two-columns">
            <NumberPad label={t('staff.assist.idNumber')} value={idNumber} onChange={setIdNumber} maxLength={12} testId="referral-id" />
            <TextField label={t('staff.referrals.fullName')} value={fullName} onChange={setFullName} testId="referral-name" />
          </div>
        )}
        <h4>{t('staff.referrals.kinds')}</h4>
        <div className="staff-choice-row">
          {DataErrorKind.options.map((k) => (
            <Button key={k} aria-pressed={kinds.includes(k)} onClick={() => setKinds(kinds.includes(k) ? kinds.filter((x) => x !== k) : [...kinds, k])} data-testid={`referral-kind-${k}`}>
              {t(`staff.kind.${k}` as const)}
            </Button>
          ))}
        </div>
        <TextField label={t('staff.referrals.note')} value={note} onChange={setNote} testId="referral-note" maxLength={500} />
        <label className="staff-consent">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} data-testid="referral-consent" />
          <span>{t('staff.referrals.consent')}</span>
        </label>
        <Button variant="primary" large disabled={!ready} onClick={() => void save()} data-testid="referral-save">{t('staff.referrals.save')}</Button>
      </div>

      <div className="card">
        <h3>{t('staff.referrals.list')}</h3>
        {canExport && (
          <PoliceListExport staff={staff} list={list} onError={fail} onDone={(text) => { setMessage({ kind: 'ok', text }); load(); }} />
        )}
        {list.length === 0 && <p>{t('staff.referrals.empty')}</p>}
        <ul className="staff-list">
          {list.map((r) => (
            <li key={r.id} data-testid={`referral-${r.id}`}>
              <strong>{r.maskedId ?? '—'}</strong> · {r.kinds.map((k) => t(`staff.kind.${k}` as const)).join(', ')} · {viDate(r.createdAt)} · {r.staffName} ·{' '}
              <em>{t(`staff.referrals.state.${r.status}` as const)}</em>
              {r.deleteBy && <> · {t('staff.referrals.deleteBy', { date: viDate(r.deleteBy) })}</>}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

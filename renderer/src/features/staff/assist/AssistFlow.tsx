import { useCallback, useEffect, useState } from 'react';
import {
  AssistGoal, type AssistedRecord, type AssistStep, type CitizenAnswers, type CitizenRef, type FailureReason, type ReadinessResult,
  type SessionCitizen, type StepOutcome,
} from '../../../../../electron/api/staff';
import { useEvent } from '../../../app/client-context';
import { Button } from '../../../design/Button';
import { errorText, useI18n } from '../../../i18n/i18n';
import { viDate } from '../dates';
import type { StaffSessionApi } from '../use-staff-session';
import { AnswersForm } from './AnswersForm';
import { Checklist } from './Checklist';
import { ManualCardForm } from './ManualCardForm';
import { ReadinessView } from './ReadinessView';

type Stage = 'source' | 'manual' | 'prepare' | 'checklist';

const NO_ANSWERS: CitizenAnswers = { ownNameSim: null, phone: null, vneidInstalled: null, guardianPresent: null };

/**
 * One assisted case: which citizen (the kiosk session's card, or typed), consent, the citizen's
 * answers and the goal with live readiness checks, then the step checklist, then the saved outcome.
 * Typed card data stays in this component's state and is dropped when the case ends.
 */
export function AssistFlow({ staff, onRefer }: { staff: StaffSessionApi; onRefer: () => void }) {
  const { t, language } = useI18n();
  const [stage, setStage] = useState<Stage>('source');
  const [fromSession, setFromSession] = useState<SessionCitizen>({ available: false });
  const [citizen, setCitizen] = useState<CitizenRef | null>(null);
  const [answers, setAnswers] = useState<CitizenAnswers>(NO_ANSWERS);
  const [goal, setGoal] = useState<AssistGoal | null>(null);
  const [consent, setConsent] = useState(false);
  const [check, setCheck] = useState<ReadinessResult | null>(null);
  const [record, setRecord] = useState<AssistedRecord | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshSession = useCallback(() => {
    void staff.call('staff.citizen.current', {}).then((r) => r.ok && setFromSession(r.value));
  }, [staff.call]);
  useEffect(refreshSession, [refreshSession]);
  useEvent('session.changed', refreshSession);

  useEffect(() => {
    if (!citizen || stage !== 'prepare') return;
    let live = true;
    void staff.call('staff.assist.check', { citizen, answers, goal }).then((r) => {
      if (!live) return;
      if (r.ok) setCheck(r.value);
      else setError(r.error.code);
    });
    return () => {
      live = false;
    };
  }, [staff.call, citizen, answers, goal, stage]);

  const reset = () => {
    setStage('source');
    setCitizen(null);
    setAnswers(NO_ANSWERS);
    setGoal(null);
    setConsent(false);
    setCheck(null);
    setRecord(null);
    setError(null);
    refreshSession();
  };
  const choose = (c: CitizenRef) => {
    setCitizen(c);
    setError(null);
    setStage('prepare');
  };
  const start = async () => {
    if (!citizen || !goal || !consent) return;
    const r = await staff.call('staff.records.start', { citizen, answers, goal, consent: true });
    if (!r.ok) return setError(r.error.code);
    setRecord(r.value);
    setStage('checklist');
  };
  const mark = async (step: AssistStep, outcome: StepOutcome, reason: FailureReason | null) => {
    if (!record) return;
    const r = await staff.call('staff.records.markStep', { recordId: record.id, step, outcome, reason });
    if (r.ok) setRecord(r.value);
    else setError(r.error.code);
  };
  const finish = async () => {
    if (!record) return;
    const r = await staff.call('staff.records.finish', { recordId: record.id });
    if (r.ok) setRecord(r.value);
    else setError(r.error.code);
  };

  const ageCheck = check?.readiness.checks.find((c) => c.check === 'age');
  const askGuardian = ageCheck?.status === 'guardian' || ageCheck?.reason === 'under-age-no-guardian';
  const mismatch = check?.readiness.checks.some((c) => c.reason === 'data-mismatch');

  return (
    <section className="staff-assist" data-testid="assist">
      <h2>{t('staff.assist.title')}</h2>
      <p className="staff-no-otp">{t('staff.noOtp')}</p>
      {error && <p className="notice" role="alert" data-testid="assist-error">{errorText(language, error)}</p>}

      {stage === 'source' && (
        <div className="card staff-source">
          <h3>{t('staff.assist.source')}</h3>
          {fromSession.available ? (
            <Button variant="primary" large onClick={() => choose({ kind: 'session' })} data-testid="assist-from-session">
              {t('staff.assist.fromSession', { masked: fromSession.maskedId, source: t(`staff.assist.source.${fromSession.source}` as const) })}
            </Button>
          ) : (
            <p>{t('staff.assist.noSession')}</p>
          )}
          <Button large onClick={() => setStage('manual')} data-testid="assist-manual">{t('staff.assist.manual')}</Button>
        </div>
      )}

      {stage === 'manual' && <ManualCardForm onCancel={() => setStage('source')} onDone={(card) => choose({ kind: 'manual', card })} />}

      {stage === 'prepare' && citizen && (
        <div className="staff-prepare">
          <div className="card">
            <label className="staff-consent">
              <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} data-testid="assist-consent" />
              <span>{t('staff.assist.consent')}</span>
            </label>
            <AnswersForm answers={answers} onChange={setAnswers} askGuardian={askGuardian} />
            <h3>{t('staff.assist.goal')}</h3>
            <div className="staff-goals">
              {AssistGoal.options.map((g) => (
                <Button key={g} aria-pressed={goal === g} onClick={() => setGoal(g)} data-testid={`goal-${g}`}>{t(`staff.goal.${g}` as const)}</Button>
              ))}
            </div>
          </div>
          {check && (
            <div className="card">
              <ReadinessView readiness={check.readiness} maskedId={check.maskedId} />
              {mismatch && (
                <p className="notice">
                  {t('staff.assist.referHint')} <Button onClick={onRefer}>{t('staff.nav.referrals')}</Button>
                </p>
              )}
              {check.followUps.length > 0 && (
                <div className="notice" data-testid="assist-existing">
                  <p>{t('staff.assist.existing')}</p>
                  <ul>
                    {check.followUps.map((f) => (
                      <li key={f.id}>{t(`staff.goal.${f.goal}` as const)} · {f.followUp ? t(`staff.followUp.${f.followUp}` as const) : ''} · {viDate(f.startedAt)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
          <div className="staff-actions">
            <Button onClick={reset}>{t('staff.assist.back')}</Button>
            <Button variant="primary" large disabled={!consent || !goal} onClick={() => void start()} data-testid="assist-start">{t('staff.assist.start')}</Button>
          </div>
        </div>
      )}

      {stage === 'checklist' && record && (
        <div className="card">
          <h3>{t(`staff.goal.${record.goal}` as const)} · {record.maskedId}</h3>
          <Checklist record={record} onMark={(s, o, r) => void mark(s, o, r)} />
          {record.steps.some((s) => s.reason === 'data-mismatch') && (
            <p className="notice" data-testid="assist-mismatch-refer">
              {t('staff.assist.mismatchHint')} <Button onClick={onRefer} data-testid="assist-refer">{t('staff.nav.referrals')}</Button>
            </p>
          )}
          {record.status === 'open' ? (
            <Button variant="primary" large onClick={() => void finish()} data-testid="assist-finish">{t('staff.assist.finish')}</Button>
          ) : (
            <>
              <p className="staff-saved" role="status" data-testid="assist-saved">
                {t('staff.assist.saved', { status: t(`staff.status.${record.status}` as const) })}
                {record.followUp ? ` · ${t(`staff.followUp.${record.followUp}` as const)}` : ''}
              </p>
              <Button large onClick={reset} data-testid="assist-new">{t('staff.assist.new')}</Button>
            </>
          )}
        </div>
      )}
    </section>
  );
}

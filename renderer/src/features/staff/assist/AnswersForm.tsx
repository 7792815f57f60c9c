import type { CitizenAnswers } from '../../../../../electron/api/staff';
import { Button } from '../../../design/Button';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-vi';

type Choice<K extends keyof CitizenAnswers> = { value: NonNullable<CitizenAnswers[K]>; label: MessageKey; testId: string };

/**
 * The questions staff ask the citizen (the kiosk cannot check carriers or phones). No answer is
 * pre-selected: an unanswered question stays "unknown" in the readiness checks.
 */
export function AnswersForm({ answers, onChange, askGuardian }: { answers: CitizenAnswers; onChange: (a: CitizenAnswers) => void; askGuardian: boolean }) {
  const { t } = useI18n();
  const row = <K extends keyof CitizenAnswers>(key: K, question: MessageKey, choices: Choice<K>[]) => (
    <div className="staff-question" role="group" aria-label={t(question)}>
      <span className="staff-question-text">{t(question)}</span>
      <div className="staff-choice-row">
        {choices.map((c) => (
          <Button
            key={String(c.value)}
            aria-pressed={answers[key] === c.value}
            onClick={() => onChange({ ...answers, [key]: answers[key] === c.value ? null : c.value })}
            data-testid={c.testId}
          >
            {t(c.label)}
          </Button>
        ))}
      </div>
    </div>
  );
  return (
    <div className="staff-questions">
      <h3>{t('staff.assist.questions')}</h3>
      {row('ownNameSim', 'staff.assist.q.ownNameSim', [
        { value: 'yes', label: 'staff.assist.a.yes', testId: 'q-sim-yes' },
        { value: 'no', label: 'staff.assist.a.no', testId: 'q-sim-no' },
      ])}
      {row('phone', 'staff.assist.q.phone', [
        { value: 'nfc', label: 'staff.assist.a.nfc', testId: 'q-phone-nfc' },
        { value: 'qr-only', label: 'staff.assist.a.qrOnly', testId: 'q-phone-qr' },
        { value: 'no-smartphone', label: 'staff.assist.a.noSmartphone', testId: 'q-phone-none' },
      ])}
      {row('vneidInstalled', 'staff.assist.q.vneid', [
        { value: 'yes', label: 'staff.assist.a.yes', testId: 'q-vneid-yes' },
        { value: 'no', label: 'staff.assist.a.no', testId: 'q-vneid-no' },
      ])}
      {askGuardian &&
        row('guardianPresent', 'staff.assist.q.guardian', [
          { value: true, label: 'staff.assist.a.yes', testId: 'q-guardian-yes' },
          { value: false, label: 'staff.assist.a.no', testId: 'q-guardian-no' },
        ])}
    </div>
  );
}

import type { Readiness } from '../../../../../electron/api/staff';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-vi';

const ICON = { pass: '✔', fail: '✖', warn: '!', unknown: '?', guardian: '👪' } as const;

/** The readiness checks as a list with a verdict; notes are codes turned into words here. */
export function ReadinessView({ readiness, maskedId }: { readiness: Readiness; maskedId: string }) {
  const { t } = useI18n();
  const note = (code: string | undefined): string | null => {
    if (!code) return null;
    const key = `staff.note.${code}` as MessageKey;
    return key in staffNoteKeys ? t(key) : null;
  };
  return (
    <div className={`staff-readiness verdict-${readiness.verdict}`} data-testid="readiness">
      <h3>{t('staff.assist.readiness', { masked: maskedId })}</h3>
      <p className="staff-verdict" data-testid="readiness-verdict">{t(`staff.verdict.${readiness.verdict}` as const)}</p>
      <ul className="staff-checks">
        {readiness.checks.map((c) => (
          <li key={c.check} className={`check-${c.status}${c.blocking ? ' blocking' : ''}`} data-testid={`check-${c.check}`}>
            <span className="check-icon" aria-hidden="true">{ICON[c.status]}</span>
            <span className="check-name">{t(`staff.check.${c.check}` as const)}</span>
            <span className="check-status">{t(`staff.checkStatus.${c.status}` as const)}</span>
            {(note(c.note) ?? (c.reason && t(`staff.reason.${c.reason}` as const))) && (
              <span className="check-note">{note(c.note) ?? (c.reason ? t(`staff.reason.${c.reason}` as const) : '')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

// The notes the core may send; an unknown code is shown as nothing rather than as a raw code.
const staffNoteKeys: Record<string, true> = Object.fromEntries(
  [
    'card-expiring-soon', 'no-expiry', 'expiry-unknown', 'age-6-13', 'age-under-6', 'birth-date-in-future', 'passive-auth-failed',
    'no-trust-anchor', 'chip-not-read', 'qr-instead-of-nfc', 'install-first', 'id-invalid', 'century', 'birth-year', 'century+birth-year',
  ].map((n) => [`staff.note.${n}`, true]),
);

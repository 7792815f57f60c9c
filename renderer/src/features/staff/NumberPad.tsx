import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';

export interface NumberPadProps {
  readonly value: string;
  readonly onChange: (digits: string) => void;
  readonly maxLength: number;
  /** Show dots instead of digits (PINs). */
  readonly masked?: boolean;
  /** How the digits read while typed (e.g. "05/01/1993"); default: as typed. */
  readonly format?: (digits: string) => string;
  readonly label: string;
  /** A test handle prefix: keys are `${testId}-key-3`, the display `${testId}-display`. */
  readonly testId: string;
  readonly onSubmit?: () => void;
  readonly submitDisabled?: boolean;
  readonly submitLabel?: string;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Large on-screen digit keys for PINs, ID numbers and dates: the staff face works on the kiosk's
 * touch screen without a keyboard. Digits stay in the caller's state only.
 */
export function NumberPad({ value, onChange, maxLength, masked = false, format, label, testId, onSubmit, submitDisabled, submitLabel }: NumberPadProps) {
  const { t } = useI18n();
  const press = (d: string) => value.length < maxLength && onChange(value + d);
  const shown = masked ? '●'.repeat(value.length) : (format ?? ((s: string) => s))(value);
  return (
    <div className="number-pad" role="group" aria-label={label}>
      <div className="number-pad-label">{label}</div>
      <output className="number-pad-display" data-testid={`${testId}-display`} aria-live="polite">
        {shown || '\u00a0'}
      </output>
      {!masked && <div className="number-pad-count">{t('staff.pad.digits', { count: value.length })}</div>}
      <div className="number-pad-keys">
        {KEYS.map((d) => (
          <Button key={d} onClick={() => press(d)} data-testid={`${testId}-key-${d}`}>{d}</Button>
        ))}
        <Button onClick={() => onChange('')} data-testid={`${testId}-clear`}>{t('staff.pad.clear')}</Button>
        <Button onClick={() => press('0')} data-testid={`${testId}-key-0`}>0</Button>
        <Button onClick={() => onChange(value.slice(0, -1))} aria-label={t('staff.pad.delete')}>⌫</Button>
      </div>
      {onSubmit && (
        <Button variant="primary" large disabled={submitDisabled} onClick={onSubmit} data-testid={`${testId}-ok`}>
          {submitLabel ?? t('staff.pad.ok')}
        </Button>
      )}
    </div>
  );
}

import { useState } from 'react';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Groups the 12 digits as the number is built (province 3, sex/century 1, year 2, serial 6). */
function grouped(digits: string): string {
  return [digits.slice(0, 3), digits.slice(3, 4), digits.slice(4, 6), digits.slice(6)].filter(Boolean).join(' ');
}

/**
 * The on-screen keypad for the 12-digit personal ID, for cards placed without a QR scan. The number
 * lives only in this component and in the core's session; `onSubmit` resolves to an error code or null.
 */
export function IdNumberKeypad({ onSubmit, onCancel }: { onSubmit: (id: string) => Promise<string | null>; onCancel: () => void }) {
  const { t, language } = useI18n();
  const [digits, setDigits] = useState('');
  const [error, setError] = useState<string | null>(null);
  const press = (d: string) => {
    setError(null);
    setDigits((s) => (s.length < 12 ? s + d : s));
  };
  const submit = async () => {
    const code = await onSubmit(digits);
    if (code) setError(code);
  };
  return (
    <div className="keypad card" data-testid="id-keypad">
      <h2>{t('identity.keypad.title')}</h2>
      <output className="keypad-display" aria-live="polite" data-testid="id-keypad-display">
        {grouped(digits) || '\u00a0'}
      </output>
      <p className="keypad-count">{t('identity.keypad.count', { count: digits.length })}</p>
      {error && <p className="notice" role="alert">{errorText(language, error)}</p>}
      <div className="keypad-keys">
        {DIGITS.map((d) => (
          <Button key={d} large onClick={() => press(d)} data-testid={`keypad-${d}`}>{d}</Button>
        ))}
        <Button large onClick={() => { setDigits(''); setError(null); }}>{t('identity.keypad.clear')}</Button>
        <Button large onClick={() => press('0')} data-testid="keypad-0">0</Button>
        <Button large onClick={() => setDigits((s) => s.slice(0, -1))} aria-label={t('identity.keypad.delete')}>⌫</Button>
      </div>
      <div className="keypad-actions">
        <Button onClick={onCancel}>{t('identity.keypad.cancel')}</Button>
        <Button variant="primary" large disabled={digits.length !== 12} onClick={() => void submit()} data-testid="id-keypad-done">
          {t('identity.keypad.done')}
        </Button>
      </div>
    </div>
  );
}

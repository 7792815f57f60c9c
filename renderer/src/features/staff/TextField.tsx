import { useId, useState } from 'react';
import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard';
import type { InputMode } from '../keyboard/telex';

/** A text field with the kiosk's on-screen Vietnamese keyboard on request (a second screen has a real one). */
export function TextField({ label, value, onChange, testId, maxLength = 120 }: { label: string; value: string; onChange: (v: string) => void; testId: string; maxLength?: number }) {
  const { t } = useI18n();
  const id = useId();
  const [keyboard, setKeyboard] = useState(false);
  const [mode, setMode] = useState<InputMode>('telex');
  return (
    <div className="staff-text-field">
      <label htmlFor={id}>{label}</label>
      <div className="staff-text-row">
        <input id={id} value={value} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} data-testid={testId} autoComplete="off" spellCheck={false} />
        <Button aria-pressed={keyboard} onClick={() => setKeyboard(!keyboard)} aria-label={t('keyboard.label')}>⌨</Button>
      </div>
      {keyboard && <OnScreenKeyboard value={value} onChange={(v) => onChange(v.slice(0, maxLength))} mode={mode} onModeChange={setMode} onEnter={() => setKeyboard(false)} />}
    </div>
  );
}

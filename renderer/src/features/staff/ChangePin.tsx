import { useState } from 'react';
import { Button } from '../../design/Button';
import { errorText, useI18n } from '../../i18n/i18n';
import { NumberPad } from './NumberPad';
import type { StaffSessionApi } from './use-staff-session';

type Stage = 'current' | 'new' | 'repeat';

/** Change the PIN: current, new, new again. Required after an admin reset or a CLI-generated PIN. */
export function ChangePin({ staff, required, onDone }: { staff: StaffSessionApi; required: boolean; onDone: () => void }) {
  const { t, language } = useI18n();
  const [stage, setStage] = useState<Stage>('current');
  const [pins, setPins] = useState<Record<Stage, string>>({ current: '', new: '', repeat: '' });
  const [error, setError] = useState<string | null>(null);

  const next = async () => {
    setError(null);
    if (stage === 'current') return setStage('new');
    if (stage === 'new') return setStage('repeat');
    if (pins.new !== pins.repeat) {
      setPins({ ...pins, new: '', repeat: '' });
      setStage('new');
      return setError(t('staff.changePin.mismatch'));
    }
    const r = await staff.call('staff.changePin', { currentPin: pins.current, newPin: pins.new });
    if (!r.ok) {
      setPins({ current: '', new: '', repeat: '' });
      setStage('current');
      return setError(errorText(language, r.error.code));
    }
    staff.pinChanged();
    onDone();
  };

  const label = stage === 'current' ? t('staff.changePin.current') : stage === 'new' ? t('staff.changePin.new') : t('staff.changePin.repeat');
  return (
    <section className="card staff-change-pin" data-testid="staff-change-pin">
      <h1>{t('staff.changePin.title')}</h1>
      {required && <p className="notice">{t('staff.changePin.required')}</p>}
      <NumberPad
        key={stage}
        label={label}
        value={pins[stage]}
        onChange={(v) => setPins({ ...pins, [stage]: v })}
        maxLength={12}
        masked
        testId={`change-pin-${stage}`}
        onSubmit={() => void next()}
        submitDisabled={pins[stage].length < 6}
      />
      {error && <p className="notice" role="alert">{error}</p>}
      {!required && <Button onClick={onDone}>{t('staff.assist.back')}</Button>}
    </section>
  );
}

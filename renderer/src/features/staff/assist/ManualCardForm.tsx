import { useState } from 'react';
import type { ManualCard } from '../../../../../electron/api/staff';
import { Button } from '../../../design/Button';
import { useI18n } from '../../../i18n/i18n';
import { dayFirstToIso, groupDayFirst } from '../dates';
import { NumberPad } from '../NumberPad';

type Field = 'id' | 'dob' | 'expiry';

const groupId = (d: string) => [d.slice(0, 3), d.slice(3, 4), d.slice(4, 6), d.slice(6)].filter(Boolean).join(' ');

/**
 * Card data typed from the card on the on-screen keypad: for damaged cards, cards the reader cannot
 * open, or a desk without a reader. The digits live only in this form's state until they are sent.
 */
export function ManualCardForm({ onDone, onCancel }: { onDone: (card: ManualCard) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [field, setField] = useState<Field>('id');
  const [digits, setDigits] = useState<Record<Field, string>>({ id: '', dob: '', expiry: '' });
  const [noExpiry, setNoExpiry] = useState(false);
  const [chip, setChip] = useState(true);

  const dob = dayFirstToIso(digits.dob);
  const expiry = noExpiry ? null : dayFirstToIso(digits.expiry);
  const complete = digits.id.length === 12 && dob !== null && (noExpiry || expiry !== null);
  const bad = (f: 'dob' | 'expiry') => digits[f].length === 8 && dayFirstToIso(digits[f]) === null;

  const pads: Record<Field, { label: string; max: number; format: (d: string) => string }> = {
    id: { label: t('staff.assist.idNumber'), max: 12, format: groupId },
    dob: { label: t('staff.assist.dateOfBirth'), max: 8, format: groupDayFirst },
    expiry: { label: t('staff.assist.expiry'), max: 8, format: groupDayFirst },
  };
  const pad = pads[field];
  const order: Field[] = ['id', 'dob', ...(noExpiry ? [] : (['expiry'] as const))];
  const nextField = order[order.indexOf(field) + 1];

  return (
    <section className="card staff-manual" data-testid="manual-card">
      <h2>{t('staff.assist.manual')}</h2>
      <div className="staff-field-tabs">
        {order.map((f) => (
          <Button key={f} aria-pressed={field === f} onClick={() => setField(f)} data-testid={`manual-field-${f}`}>
            {pads[f].label}: {pads[f].format(digits[f]) || '—'}
          </Button>
        ))}
      </div>
      <NumberPad
        key={field}
        label={pad.label}
        value={digits[field]}
        onChange={(v) => setDigits({ ...digits, [field]: v })}
        maxLength={pad.max}
        format={pad.format}
        testId={`manual-${field}`}
        {...(nextField ? { onSubmit: () => setField(nextField), submitLabel: t('staff.assist.next'), submitDisabled: digits[field].length !== pad.max } : {})}
      />
      {(bad('dob') || bad('expiry')) && <p className="notice" role="alert">{t('staff.assist.badDate')}</p>}
      <div className="staff-choice-row">
        <Button aria-pressed={noExpiry} onClick={() => { setNoExpiry(!noExpiry); if (field === 'expiry') setField('dob'); }} data-testid="manual-no-expiry">
          {t('staff.assist.noExpiry')}
        </Button>
        <span>{t('staff.assist.cardKind')}:</span>
        <Button aria-pressed={chip} onClick={() => setChip(true)}>{t('staff.assist.cardKind.chip')}</Button>
        <Button aria-pressed={!chip} onClick={() => setChip(false)} data-testid="manual-no-chip">{t('staff.assist.cardKind.noChip')}</Button>
      </div>
      <div className="staff-actions">
        <Button onClick={onCancel}>{t('staff.assist.back')}</Button>
        <Button
          variant="primary"
          large
          disabled={!complete}
          onClick={() => complete && onDone({ idNumber: digits.id, dateOfBirth: dob, cardExpiry: expiry, cardKind: chip ? 'chip' : 'no-chip' })}
          data-testid="manual-done"
        >
          {t('staff.assist.next')}
        </Button>
      </div>
    </section>
  );
}

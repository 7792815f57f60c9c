import { useRef, useState, type MouseEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { KEY_ROWS, TONE_BUTTONS, VIETNAMESE_LETTERS } from './keyboard-layout';
import { insertLetter, pressKey, reseedState, setTone, stateFromText, textOf, type InputMode, type TelexState } from './telex';
import type { Tone } from './vietnamese-syllable';
import './keyboard.css';

export interface OnScreenKeyboardProps {
  /** The text of the field the keyboard types into (it always types at the end). */
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly mode: InputMode;
  readonly onModeChange: (mode: InputMode) => void;
  /** The big key at the bottom right ("Xong" by default). */
  readonly onEnter?: () => void;
  readonly enterLabel?: string;
}

// Keys must not take the focus from the field they type into (the caret stays where it is).
const keepFocus = (e: MouseEvent) => e.preventDefault();

/**
 * A large on-screen keyboard for a touch kiosk: QWERTY with Telex composition (or plain letters),
 * direct keys for ă â đ ê ô ơ ư and tone buttons for people who do not know Telex. Controlled: the
 * composition state is re-seeded whenever the value changes from outside (a physical keyboard, a clear,
 * marks restored in finished words); the word being composed keeps its state when only text before it changed.
 */
export function OnScreenKeyboard({ value, onChange, mode, onModeChange, onEnter, enterLabel }: OnScreenKeyboardProps) {
  const { t } = useI18n();
  const [shift, setShift] = useState(false);
  const composer = useRef<TelexState>(stateFromText(value));
  if (textOf(composer.current) !== value) composer.current = reseedState(composer.current, value);

  const apply = (next: TelexState) => {
    composer.current = next;
    onChange(textOf(next));
  };
  const press = (key: string) => {
    const typed = shift && key.length === 1 ? key.toUpperCase() : key;
    if (shift) setShift(false);
    apply(pressKey(composer.current, typed, mode));
  };
  const letter = (l: string) => {
    const typed = shift ? l.toUpperCase() : l;
    if (shift) setShift(false);
    apply(insertLetter(composer.current, typed));
  };
  const tone = (tn: Tone) => apply(setTone(composer.current, tn));

  const key = (k: string) => (
    <button key={k} type="button" className="osk-key" onMouseDown={keepFocus} onClick={() => press(k)} data-testid={`key-${k}`}>
      {shift ? k.toUpperCase() : k}
    </button>
  );

  return (
    <div className="osk" role="group" aria-label={t('keyboard.label')} data-testid="on-screen-keyboard" data-mode={mode}>
      <div className="osk-modes">
        {(['telex', 'plain'] as const).map((m) => (
          <button key={m} type="button" className="osk-mode" aria-pressed={mode === m} onMouseDown={keepFocus} onClick={() => onModeChange(m)} data-testid={`keyboard-mode-${m}`}>
            {t(`keyboard.mode.${m}`)}
          </button>
        ))}
      </div>
      {mode === 'telex' && (
        <div className="osk-row osk-vietnamese">
          {VIETNAMESE_LETTERS.map((l) => (
            <button key={l} type="button" className="osk-key" onMouseDown={keepFocus} onClick={() => letter(l)} data-testid={`key-${l}`}>
              {shift ? l.toUpperCase() : l}
            </button>
          ))}
          {TONE_BUTTONS.map((b) => (
            <button key={b.tone} type="button" className="osk-key osk-tone" onMouseDown={keepFocus} onClick={() => tone(b.tone)} aria-label={t(b.nameKey)} data-testid={`tone-${b.tone}`}>
              {b.sample}
            </button>
          ))}
        </div>
      )}
      {KEY_ROWS.map((row, i) => (
        <div key={i} className="osk-row">
          {i === 3 && (
            <button type="button" className="osk-key osk-wide" aria-pressed={shift} aria-label={t('keyboard.shift')} onMouseDown={keepFocus} onClick={() => setShift(!shift)} data-testid="key-shift">
              ⇧
            </button>
          )}
          {row.map(key)}
          {i === 3 && (
            <button type="button" className="osk-key osk-wide" onMouseDown={keepFocus} onClick={() => press('Backspace')} aria-label={t('keyboard.backspace')} data-testid="key-backspace">
              ⌫
            </button>
          )}
        </div>
      ))}
      <div className="osk-row">
        <button type="button" className="osk-key osk-space" onMouseDown={keepFocus} onClick={() => press(' ')} data-testid="key-space">
          {t('keyboard.space')}
        </button>
        {onEnter && (
          <button type="button" className="osk-key osk-enter" onMouseDown={keepFocus} onClick={onEnter} data-testid="key-enter">
            {enterLabel ?? t('keyboard.enter')}
          </button>
        )}
      </div>
      {mode === 'telex' && <p className="osk-hint">{t('keyboard.telexHint')}</p>}
    </div>
  );
}

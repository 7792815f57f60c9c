import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import type { InputMode } from './telex';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  const [mode, setMode] = useState<InputMode>('telex');
  return (
    <I18nProvider initial="vi">
      <input data-testid="field" value={value} onChange={(e) => setValue(e.target.value)} />
      <OnScreenKeyboard value={value} onChange={setValue} mode={mode} onModeChange={setMode} />
    </I18nProvider>
  );
}

const tap = (id: string) => act(() => fireEvent.click(screen.getByTestId(id)));
const typeKeys = (keys: string) => {
  for (const k of keys) tap(k === ' ' ? 'key-space' : `key-${k}`);
};
const field = () => screen.getByTestId<HTMLInputElement>('field').value;

afterEach(cleanup);

describe('OnScreenKeyboard', () => {
  it('composes Telex as the keys are tapped', () => {
    render(<Harness />);
    typeKeys('ddawng kys tamj trus');
    expect(field()).toBe('đăng ký tạm trú');
  });

  it('types without accents in plain mode', () => {
    render(<Harness />);
    tap('keyboard-mode-plain');
    typeKeys('dang kys');
    expect(field()).toBe('dang kys');
    expect(screen.queryByTestId('tone-s')).toBeNull();
  });

  it('offers direct letters and tone buttons for people who do not know Telex', () => {
    render(<Harness />);
    typeKeys('k');
    tap('key-ê');
    tap('tone-s');
    expect(field()).toBe('kế');
    tap('tone-s'); // the same tone again takes it off
    expect(field()).toBe('kê');
    tap('key-backspace');
    expect(field()).toBe('k');
  });

  it('shift types one capital letter', () => {
    render(<Harness />);
    tap('key-shift');
    typeKeys('ha');
    expect(field()).toBe('Ha');
  });

  it('continues from text typed elsewhere (physical keyboard, or cleared)', () => {
    render(<Harness initial="" />);
    act(() => fireEvent.change(screen.getByTestId('field'), { target: { value: 'khai sinh' } }));
    typeKeys('f');
    expect(field()).toBe('khai sình');
    act(() => fireEvent.change(screen.getByTestId('field'), { target: { value: '' } }));
    typeKeys('aa');
    expect(field()).toBe('â');
  });
});

import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskClient } from '../../../../electron/api/contract';
import type { IdentityState, IdentityView } from '../../../../electron/api/identity';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { IdentifyScreen, type QrProblem } from './IdentifyScreen';
import { IdentityProvider, NO_IDENTITY } from './use-identity';

const VIEW: IdentityView = {
  source: 'chip', idNumber: '001093012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1993-01-05', sex: 'Nam',
  nationality: 'Việt Nam', placeOfOrigin: null, placeOfResidence: null, dateOfIssue: null, expiry: { kind: 'unknown' },
  oldIdNumber: null, passiveAuth: 'verified', integrity: 'ok',
};

/** A fake core: answers identity calls from `state`, records calls, pushes identity.changed. */
function fakeCore(initial: IdentityState) {
  let state = initial;
  const calls: { name: string; input: unknown }[] = [];
  let listener: ((s: IdentityState) => void) | null = null;
  const client = {
    async call(name: string, input: unknown) {
      calls.push({ name, input });
      if (name === 'identity.enterId') {
        state = { ...state, identity: { ...VIEW, source: 'typed', fullName: null }, read: { state: 'waiting-for-card' } };
      }
      return { ok: true, value: state };
    },
    subscribe(name: string, l: (s: IdentityState) => void) {
      if (name === 'identity.changed') listener = l;
      return () => undefined;
    },
    onConnection: () => () => undefined,
  } as unknown as KioskClient;
  return {
    client,
    calls,
    push(next: IdentityState) {
      state = next;
      act(() => listener?.(next));
    },
  };
}

function show(core: ReturnType<typeof fakeCore>, qrProblem: QrProblem | null = null, language: 'vi' | 'en' = 'vi') {
  return render(
    <ClientProvider client={core.client}>
      <I18nProvider initial={language}>
        <IdentityProvider>
          <IdentifyScreen qrProblem={qrProblem} onContinue={() => undefined} onCallStaff={() => undefined} />
        </IdentityProvider>
      </I18nProvider>
    </ClientProvider>,
  );
}

const given: IdentityState = { ...NO_IDENTITY, consent: 'given' };

afterEach(cleanup);

describe('IdentifyScreen', () => {
  it('asks for the QR, then the card, shows progress in words, then the person and the check result', async () => {
    const core = fakeCore(given);
    show(core);
    expect((await screen.findByTestId('identify-scan')).textContent).toContain('Quét mã QR trên thẻ căn cước');
    core.push({ ...given, identity: { ...VIEW, source: 'qr', passiveAuth: 'not-read' }, read: { state: 'waiting-for-card' } });
    expect(screen.getByTestId('identify-place-card').textContent).toContain('Bây giờ hãy đặt thẻ lên đầu đọc');
    core.push({ ...given, read: { state: 'reading', progress: 0.42, step: 'DG13' } });
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(screen.getByTestId('identify-reading').textContent).toContain('Đang đọc thông tin cá nhân');
    core.push({ ...given, identity: VIEW, read: { state: 'done' } });
    expect(screen.getByTestId('identity-name').textContent).toBe('Xin chào, Nguyễn Văn An');
    expect(screen.getByTestId('identity-pa').dataset.status).toBe('verified');
    expect(screen.getByTestId('identity-result').textContent).not.toContain('001093012345');
  });

  it('says a lifted card in plain words and offers to read again; a failed check advises staff', async () => {
    const core = fakeCore({ ...given, read: { state: 'failed', code: 'card.removed', retryable: true } });
    show(core);
    expect((await screen.findByTestId('identify-failed')).textContent).toContain('Thẻ đã được nhấc ra trước khi đọc xong');
    await act(async () => fireEvent.click(screen.getByTestId('identify-retry')));
    expect(core.calls.at(-1)).toEqual({ name: 'identity.readCard', input: { photo: false } });
    core.push({ ...given, identity: { ...VIEW, passiveAuth: 'failed' }, read: { state: 'done' } });
    expect(screen.getByTestId('identity-pa').textContent).toContain('gặp cán bộ');
    expect(screen.getByTestId('identity-call-staff')).toBeTruthy();
  });

  it('a card placed first asks for the QR or the ID; the keypad sends the 12 digits', async () => {
    const core = fakeCore({ ...given, cardPresent: true });
    show(core);
    // The screen appears before the core's state (card present) arrives: wait for the text itself.
    await waitFor(() => expect(screen.getByTestId('identify-scan').textContent).toContain('Đã nhận thẻ'));
    fireEvent.click(screen.getByTestId('identify-type-id'));
    for (const d of '001093012345') fireEvent.click(screen.getByTestId(`keypad-${d}`));
    expect(screen.getByTestId('id-keypad-display').textContent).toBe('001 0 93 012345');
    await act(async () => fireEvent.click(screen.getByTestId('id-keypad-done')));
    expect(core.calls.at(-1)).toEqual({ name: 'identity.enterId', input: { idNumber: '001093012345' } });
    expect(screen.getByTestId('identify-place-card')).toBeTruthy();
  });

  it('a wedge-damaged QR whose ID survived asks for the card, with a line for staff and no rescan', async () => {
    const damagedId: IdentityView = { ...VIEW, source: 'qr', fullName: null, nationality: null, dateOfBirth: null, sex: null, passiveAuth: 'not-read', integrity: 'damaged' };
    show(fakeCore({
      ...given, identity: damagedId, read: { state: 'waiting-for-card' },
      qrProblem: { problem: 'damaged', next: 'place-card', offerRescan: false, scannerModeHint: true },
    }), 'damaged');
    // The flow's word shows until the core's state arrives: wait for the core's.
    await waitFor(() => expect(screen.getByTestId('qr-problem').dataset.next).toBe('place-card'));
    const notice = screen.getByTestId('qr-problem');
    expect(screen.getByTestId('identify-place-card')).toBeTruthy();
    expect(notice.textContent).toContain('số định danh vẫn dùng được');
    expect(notice.textContent).toContain('Hãy đặt thẻ lên đầu đọc');
    expect(notice.textContent).not.toMatch(/quét lại/i);
    expect(screen.getByTestId('qr-staff-hint').textContent).toBe('Cán bộ: chuyển máy quét sang chế độ HID POS hoặc cổng COM.');
    // Nothing of the QR's text to fall back on: no "use only the QR details".
    expect(screen.queryByTestId('identify-skip-chip')).toBeNull();
  });

  it('an unusable QR from a bad read asks for the card and the keypad, and offers a rescan', async () => {
    show(fakeCore({ ...given, cardPresent: true, qrProblem: { problem: 'damaged', next: 'type-id', offerRescan: true, scannerModeHint: false } }), 'damaged');
    // Wait for the core's state (the flow's fallback word shows until then, without a rescan line).
    await waitFor(() => expect(screen.getByTestId('qr-rescan')).toBeTruthy());
    const notice = screen.getByTestId('qr-problem');
    expect(notice.dataset.next).toBe('type-id');
    expect(notice.textContent).toContain('nhập số định danh 12 số');
    expect(screen.getByTestId('qr-rescan').textContent).toContain('quét lại mã QR');
    expect(screen.queryByTestId('qr-staff-hint')).toBeNull();
    expect(screen.getByTestId('identify-type-id')).toBeTruthy();
  });

  it('an ID that disagrees with the date of birth asks for the keypad, without a rescan', async () => {
    show(fakeCore({ ...given, qrProblem: { problem: 'id-inconsistent', next: 'type-id', offerRescan: false, scannerModeHint: false } }), 'damaged');
    await waitFor(() => expect(screen.getByTestId('qr-problem').dataset.problem).toBe('id-inconsistent'));
    expect(screen.getByTestId('qr-problem').textContent).toContain('không khớp với ngày sinh');
    expect(screen.queryByTestId('qr-rescan')).toBeNull();
  });

  it('says the same in English', async () => {
    show(fakeCore({ ...given, qrProblem: { problem: 'damaged', next: 'type-id', offerRescan: false, scannerModeHint: true } }), 'damaged', 'en');
    await waitFor(() => expect(screen.getByTestId('qr-staff-hint').textContent).toBe('Staff: switch the scanner to HID POS or COM port mode.'));
    expect(screen.getByTestId('qr-problem').textContent).toContain('type the 12-digit ID number');
  });

  it('a card QR problem the core did not keep (heard from the flow) asks for the card and the keypad, not a rescan', async () => {
    show(fakeCore(given), 'damaged');
    await waitFor(() => expect(screen.getByTestId('qr-problem').textContent).toContain('nhập số định danh 12 số'));
    expect(screen.getByTestId('qr-problem').textContent).not.toMatch(/quét lại/i);
  });
});

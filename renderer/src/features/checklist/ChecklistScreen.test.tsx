import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Procedure } from '../../../../electron/api/content';
import type { KioskClient } from '../../../../electron/api/contract';
import type { Language } from '../../../../electron/api/kiosk';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { ChecklistScreen, NO_TICKS, type ChecklistTicks } from './ChecklistScreen';

const EXTRACT_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000635';

const PROCEDURE: Procedure = {
  code: '1.001193', name: 'Đăng ký khai sinh', nameEn: 'Birth registration', sector: 'ho-tich', steps: [], channels: [],
  documents: [{ documents: [
    { name: 'Giấy chứng sinh', obtain: { where: 'Cơ sở y tế nơi trẻ được sinh ra', whereEn: 'The health facility where the child was born' } },
    { name: 'Bản sao trích lục hộ tịch', obtain: { where: 'UBND cấp xã nơi đã đăng ký hộ tịch', online: EXTRACT_URL } },
    { name: 'Tờ khai đăng ký khai sinh', form: 'Mẫu 01' },
  ] }],
  legalBasis: [], lifeEvents: [], citizenWords: [], onlineEntries: [], onlineGuide: [],
};

/** A fake core that answers catalogue.getProcedure with PROCEDURE. */
const client = {
  async call(name: string) {
    if (name === 'catalogue.getProcedure') return { ok: true, value: { procedure: PROCEDURE, group: null } };
    return { ok: false, error: { code: 'test.unexpected' } };
  },
  subscribe: () => () => undefined,
  onConnection: () => () => undefined,
} as unknown as KioskClient;

function show(language: Language, ticks: ChecklistTicks = NO_TICKS) {
  let current = ticks;
  const view = (t: ChecklistTicks) => (
    <ClientProvider client={client}>
      <I18nProvider initial={language}>
        <ChecklistScreen code="1.001193" ticks={t} onTicks={(next) => { current = next; result.rerender(view(next)); }} onGuide={null} />
      </I18nProvider>
    </ClientProvider>
  );
  const result = render(view(ticks));
  return { ticks: () => current };
}

afterEach(cleanup);

describe('the checklist says where to get each missing paper', () => {
  it('shows the pack\'s place in Vietnamese, the guess when the pack says nothing, and a phone QR for online requests', async () => {
    show('vi');
    const birth = await screen.findByTestId('checklist-where-0');
    expect(birth.textContent).toBe('Lấy ở đâu: Cơ sở y tế nơi trẻ được sinh ra');
    expect(birth.dataset.from).toBe('pack');
    const form = screen.getByTestId('checklist-where-2');
    expect(form.dataset.from).toBe('guess');
    expect(form.textContent).toBe('Lấy ở đâu: Tờ khai: điền trực tuyến trên Cổng khi nộp hồ sơ. Cần bản giấy thì xin mẫu tại quầy.');
    const extract = screen.getByTestId('checklist-missing-1');
    expect(within(extract).getByText('Có thể xin giấy này trực tuyến:')).toBeTruthy();
    expect(within(extract).getByTestId('phone-qr').dataset.url).toBe(EXTRACT_URL);
    expect(within(extract).getByText('Xin giấy này trên điện thoại của bạn')).toBeTruthy();
    expect(screen.getAllByTestId('phone-qr')).toHaveLength(1);
  });

  it('shows the English place on the English face, and the Vietnamese one marked as Vietnamese when there is none', async () => {
    show('en');
    const birth = await screen.findByTestId('checklist-where-0');
    expect(birth.textContent).toBe('Where to get it: The health facility where the child was born');
    expect(birth.querySelector('[lang]')).toBeNull();
    const extract = screen.getByTestId('checklist-where-1');
    expect(extract.textContent).toBe('Where to get it: UBND cấp xã nơi đã đăng ký hộ tịch');
    expect(extract.querySelector('[lang="vi"]')?.textContent).toBe('UBND cấp xã nơi đã đăng ký hộ tịch');
    expect(screen.getByText('You can request this paper online:')).toBeTruthy();
  });

  it('drops a paper from the missing list once ticked, with its QR code', async () => {
    const s = show('vi');
    fireEvent.click(await screen.findByTestId('checklist-item-1'));
    expect(s.ticks()).toEqual({ caseIndex: null, have: [1] }); // one list for everyone: no case to choose
    expect(screen.queryByTestId('checklist-missing-1')).toBeNull();
    expect(screen.queryByTestId('phone-qr')).toBeNull();
    expect(screen.getByTestId('checklist-progress').textContent).toBe('Bạn đã có 1/3 giấy tờ');
  });
});

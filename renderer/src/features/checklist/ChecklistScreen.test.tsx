import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Procedure } from '../../../../electron/api/content';
import type { KioskClient } from '../../../../electron/api/contract';
import type { Language } from '../../../../electron/api/kiosk';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { MARRIAGE, RESIDENCE } from '../procedures/real-shaped.fixture';
import { ChecklistScreen, NO_TICKS, type ChecklistTicks } from './ChecklistScreen';

const EXTRACT_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000635';

let PROCEDURE: Procedure = {
  code: '1.001193', name: 'Đăng ký khai sinh', nameEn: 'Birth registration', sector: 'ho-tich', steps: [], channels: [],
  documents: [{ documents: [
    { name: 'Giấy chứng sinh', obtain: { where: 'Cơ sở y tế nơi trẻ được sinh ra', whereEn: 'The health facility where the child was born' } },
    { name: 'Bản sao trích lục hộ tịch', obtain: { where: 'UBND cấp xã nơi đã đăng ký hộ tịch', online: EXTRACT_URL } },
    { name: 'Tờ khai đăng ký khai sinh', form: 'Mẫu 01' },
  ] }],
  legalBasis: [], lifeEvents: [], citizenWords: [], onlineEntries: [], onlineGuide: [],
};

const BIRTH_PAGE = PROCEDURE;

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

afterEach(() => {
  cleanup();
  PROCEDURE = BIRTH_PAGE;
});

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

describe('the checklist follows the case chosen on the procedure page', () => {
  it('lists the chosen case\'s papers with counts, without asking again', async () => {
    PROCEDURE = RESIDENCE;
    show('vi', { caseIndex: 1, have: [] });
    await screen.findByTestId('checklist-case');
    expect(screen.getByTestId('checklist-case').textContent).toContain('Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ');
    expect(screen.queryByTestId('checklist-case-0')).toBeNull();
    const items = within(screen.getByTestId('checklist-hand-in')).getAllByRole('checkbox');
    expect(items.map((i) => i.querySelector('.checklist-name')!.textContent)).toEqual([
      'Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực theo quy định của pháp luật.',
      'Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).',
    ]);
    expect(items[0]!.textContent).toContain('1 bản chính');
    expect(screen.getByTestId('checklist-progress').textContent).toBe('Bạn đã có 0/2 giấy tờ');
  });

  it('asks the case when none was chosen, offering only real cases (not the notes-only one)', async () => {
    PROCEDURE = RESIDENCE;
    const s = show('vi');
    await screen.findByTestId('checklist-case-0');
    expect(screen.queryByTestId('checklist-case-3')).toBeNull();
    fireEvent.click(screen.getByTestId('checklist-case-2'));
    expect(s.ticks()).toEqual({ caseIndex: 2, have: [] });
    expect(within(screen.getByTestId('checklist-hand-in')).getAllByRole('checkbox')[1]!.textContent).toContain('1 bản chính, 2 bản sao');
  });

  it('lists papers to show apart, as "mang theo để xuất trình", tickable like the others', async () => {
    PROCEDURE = MARRIAGE;
    const s = show('vi');
    const toShow = await screen.findByTestId('checklist-show');
    expect(screen.getByText('Mang theo để xuất trình (cho cán bộ xem, không phải nộp)')).toBeTruthy();
    const item = within(toShow).getByRole('checkbox');
    expect(item.dataset.show).toBe('true');
    expect(item.textContent).toContain('Hộ chiếu/Thẻ căn cước công dân');
    expect(screen.getByTestId('checklist-progress').textContent).toBe('Bạn đã có 0/3 giấy tờ');
    fireEvent.click(item);
    expect(s.ticks()).toEqual({ caseIndex: null, have: [2] });
  });
});


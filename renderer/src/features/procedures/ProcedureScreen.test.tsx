import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentStatus } from '../../../../electron/api/catalogue';
import type { Procedure } from '../../../../electron/api/content';
import type { Language } from '../../../../electron/api/kiosk';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { createFakeClient } from '../display/fake-client';
import { ProcedureScreen } from './ProcedureScreen';
import { DEATH_GROUP, MARRIAGE, PASSPORT, RESIDENCE } from './real-shaped.fixture';

afterEach(cleanup);

const STATUS = {
  pack: { packId: 'vn-ward-catalogue', version: 'portal-2026-07-18', publisher: 'Ward kiosk project', date: '2026-12-06', sample: false, source: 'local', loadedAt: '2026-12-06T01:00:00.000Z', procedures: 719, essentialServices: 25, capturedAt: '2026-07-18', ageDays: 141, maxAgeDays: 180, stale: false },
  problems: [], checkedAt: null, remote: null,
} satisfies ContentStatus;

function show(procedure: Procedure, { language = 'vi' as Language, chosen = null as number | null } = {}) {
  const chosenLog: (number | null)[] = [];
  const fake = createFakeClient({
    'catalogue.getProcedure': () => ({ ok: true, value: { procedure, group: null } }),
    'catalogue.lifeEvents': () => ({ ok: true, value: { events: [] } }),
    'catalogue.contentStatus': () => ({ ok: true, value: STATUS }),
    'kiosk.configSummary': () => ({ ok: true, value: { ward: { name: 'Phường Minh Họa', code: '00001', province: 'Tỉnh Minh Họa', population: 1 } } }),
  });
  const view = (c: number | null) => (
    <ClientProvider client={fake.client}>
      <I18nProvider initial={language}>
        <ProcedureScreen code={procedure.code} chosenCase={c} onChooseCase={(i) => { chosenLog.push(i); result.rerender(view(i)); }} onPrepare={() => undefined} onGuide={() => undefined} />
      </I18nProvider>
    </ClientProvider>
  );
  const result = render(view(chosen));
  return { chosenLog, fake };
}

describe('the procedure page on real records', () => {
  it('đăng ký kết hôn: papers to hand in with counts, papers to show apart, notes on the official page; no case to choose', async () => {
    show(MARRIAGE);
    await screen.findByTestId('procedure-screen');
    expect(screen.queryByTestId('case-choice')).toBeNull();
    const handIn = screen.getByTestId('papers-common');
    expect(within(handIn).getAllByTestId('paper')).toHaveLength(2);
    expect(within(handIn).getAllByTestId('paper')[1]!.textContent).toMatch(/^Tờ khai đăng ký kết hôn theo mẫu.*1 bản chính$/);
    const toShow = screen.getByTestId('papers-show');
    expect(within(toShow).getByTestId('paper').textContent).toMatch(/^Hộ chiếu\/Thẻ căn cước công dân/);
    expect(screen.getByText('Mang theo để xuất trình (cho cán bộ xem, không phải nộp)')).toBeTruthy();
    expect(screen.getByTestId('notes-omitted').textContent).toContain('Cổng còn 19 ghi chú');
  });

  it('đăng ký kết hôn: fees and time side by side, an OTHER unit as published with the case codes\' days, 0 đồng with its rule once', async () => {
    show(MARRIAGE);
    await screen.findByTestId('procedure-how');
    expect(screen.getByTestId('time-online').textContent).toBe('1 (cổng không ghi đơn vị)');
    expect(screen.getByTestId('time-inPerson').textContent).toBe('1 (cổng không ghi đơn vị)');
    expect(screen.getByTestId('case-code-times').textContent).toBe('Theo mã thủ tục trên Cổng: 1.000894.01: 1 ngày; 1.000894.02: 1 ngày làm việc');
    expect(screen.getByTestId('fees-online').textContent).toBe('0 đồng (phí) · Ghi chú 1');
    expect(within(screen.getByTestId('fee-rules')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByTestId('fee-rules').textContent).toMatch(/^Miễn lệ phí\./);
  });

  it('says where (the ward centre from the configuration, the agency), the data date, the official page as a QR, the plain steps; legal bases folded', async () => {
    show(MARRIAGE);
    await screen.findByTestId('procedure-where');
    expect((await screen.findByTestId('where-centre')).textContent).toBe('Nộp hồ sơ tại: Trung tâm Phục vụ hành chính công Phường Minh Họa');
    expect(screen.getByTestId('where-agency').textContent).toBe('Cơ quan giải quyết: Ủy ban Nhân dân xã, phường, thị trấn.');
    expect((await screen.findByTestId('data-as-of')).textContent).toBe('Dữ liệu ngày 18/07/2026 · thủ tục cập nhật trên Cổng ngày 16/04/2026');
    expect(within(screen.getByTestId('procedure-where')).getByTestId('phone-qr').dataset.url).toBe(MARRIAGE.source!.page);
    expect(within(screen.getByTestId('plain-steps')).getAllByRole('listitem')).toHaveLength(2);
    const legal = screen.getByTestId('procedure-legal') as HTMLDetailsElement;
    expect(legal.open).toBe(false);
    expect(legal.querySelector('summary')!.textContent).toBe('Căn cứ pháp lý và kết quả (2 văn bản, 1 kết quả)');
    expect(legal.textContent).toContain('04/2024/TT-BTP — Sửa đổi, bổ sung');
    expect(legal.textContent).toContain('KQ.G15.000032');
    expect(screen.queryByTestId('not-at-ward')).toBeNull();
  });

  it('đăng ký thường trú: asks the case first, then lists that case\'s papers; "choose another" asks again', async () => {
    const { chosenLog } = show(RESIDENCE);
    await screen.findByTestId('case-choice');
    expect(screen.getByText('Hãy chọn trường hợp của bạn ở trên để xem giấy tờ cần nộp.')).toBeTruthy();
    expect(screen.queryAllByTestId('paper')).toHaveLength(0);
    expect(screen.getByTestId('case-2').textContent).toBe('Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình (2)');
    fireEvent.click(screen.getByTestId('case-1'));
    expect(chosenLog).toEqual([1]);
    expect(screen.getByTestId('chosen-case').textContent).toBe('Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ');
    const papers = within(screen.getByTestId('papers-case')).getAllByTestId('paper');
    expect(papers.map((p) => p.textContent)).toEqual([
      'Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực theo quy định của pháp luật.1 bản chính',
      'Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1 bản chínhMẫu: CT01.docx',
    ]);
    expect(screen.getByTestId('fees-online').textContent).toBe('10.000 đồng (lệ phí) · Ghi chú 1');
    expect(screen.getByTestId('fees-inPerson').textContent).toBe('20.000 đồng (lệ phí) · Ghi chú 2');
    expect(screen.getByTestId('time-inPerson').textContent).toBe('7 ngày làm việc');
    fireEvent.click(screen.getByTestId('case-change'));
    expect(chosenLog).toEqual([1, null]);
    expect(screen.getByTestId('case-0')).toBeTruthy();
  });

  it('a passport (not at the ward) says so first, where to go instead and that it is done online; no ward centre', async () => {
    show(PASSPORT);
    const banner = await screen.findByTestId('not-at-ward');
    expect(banner.textContent).toContain('Phường không giải quyết thủ tục này.');
    expect(banner.textContent).toContain('Nơi làm: Công an cấp Tỉnh');
    expect(banner.textContent).toContain('trực tuyến toàn trình');
    expect(screen.getByTestId('procedure-screen').dataset.atWard).toBe('false');
    expect(screen.queryByTestId('where-centre')).toBeNull();
    expect(screen.getByTestId('fees-online').textContent).toBe('160.000 đồng (lệ phí) · Ghi chú 1');
  });

  it('2.002913: what the data lacks stays visibly unknown, and there is no QR to invent', async () => {
    show(DEATH_GROUP);
    await screen.findByTestId('procedure-screen');
    expect(within(screen.getByTestId('procedure-documents')).getByText('Chưa có thông tin: xem trên Cổng Dịch vụ công hoặc hỏi cán bộ.')).toBeTruthy();
    expect(within(screen.getByTestId('procedure-how')).getByText('Chưa có thông tin: xem trên Cổng Dịch vụ công hoặc hỏi cán bộ.')).toBeTruthy();
    expect(screen.getByTestId('no-official-page').textContent).toContain('2.002913');
    expect(screen.queryByTestId('phone-qr')).toBeNull();
    expect(screen.queryByTestId('procedure-prepare')).toBeNull();
    expect(screen.getByTestId('data-as-of').textContent).toBe('Dữ liệu ngày 18/07/2026');
  });

  it('reads in English, the published words kept in Vietnamese and marked so', async () => {
    show(RESIDENCE, { language: 'en', chosen: 1 });
    await screen.findByTestId('papers-case');
    expect(screen.getByText('Which case is yours?')).toBeTruthy();
    expect(screen.getByTestId('time-online').textContent).toBe('7 working days');
    expect(within(screen.getByTestId('papers-case')).getAllByTestId('paper-count')[0]!.textContent).toBe('1 original');
    expect(screen.getByTestId('chosen-case').getAttribute('lang')).toBe('vi');
    expect(screen.getByTestId('fee-rules').getAttribute('lang')).toBe('vi');
  });

  it('shows the online service code beside the procedure code, and none when the pack has none', async () => {
    show(MARRIAGE);
    expect((await screen.findByTestId('online-service-code')).textContent).toBe(' · Mã dịch vụ công trực tuyến: 1.000894.01');
    cleanup();
    show({ ...MARRIAGE, onlineServiceCode: undefined });
    await screen.findByTestId('procedure-screen');
    expect(screen.queryByTestId('online-service-code')).toBeNull();
  });
});

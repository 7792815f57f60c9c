import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Procedure } from '../../../../electron/api/content';
import type { KioskClient } from '../../../../electron/api/contract';
import type { PrintOutcome, SlipContent } from '../../../../electron/api/printing';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { RatingPanel } from '../rating/RatingPanel';
import { PrintSlipButton } from './PrintSlipButton';
import { slipFromProcedure } from './slip-from-procedure';

const SLIP: SlipContent = {
  procedureCode: '1.004194', procedureName: 'Đăng ký tạm trú', papers: [{ name: 'Tờ khai CT01', count: '1 bản chính' }], channels: [],
  qrUrl: 'https://dichvucong.gov.vn/',
};

function fakeClient(answers: { available: boolean; outcome?: PrintOutcome }) {
  const calls: { name: string; input: unknown }[] = [];
  const client = {
    async call(name: string, input: unknown) {
      calls.push({ name, input });
      if (name === 'printer.available') return { ok: true, value: { available: answers.available } };
      if (name === 'printer.printSlip') return { ok: true, value: answers.outcome };
      if (name === 'session.rate') return { ok: true, value: {} };
      return { ok: false, error: { code: 'test.unexpected' } };
    },
    subscribe: () => () => undefined,
    onConnection: () => () => undefined,
  } as unknown as KioskClient;
  return { client, calls };
}

const show = (client: KioskClient, node: React.ReactNode) =>
  render(<ClientProvider client={client}><I18nProvider initial="vi">{node}</I18nProvider></ClientProvider>);

afterEach(cleanup);

describe('PrintSlipButton', () => {
  it('is hidden on a kiosk without a printer', async () => {
    const { client } = fakeClient({ available: false });
    show(client, <PrintSlipButton slip={SLIP} />);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByTestId('print-slip-button')).toBeNull();
  });

  it('sends only the slip facts and says when it is printed', async () => {
    const { client, calls } = fakeClient({ available: true, outcome: { printed: true, bytes: 1000 } });
    show(client, <PrintSlipButton slip={SLIP} />);
    fireEvent.click(await screen.findByTestId('print-slip-button'));
    expect(await screen.findByText(/Đã in xong/)).toBeTruthy();
    expect(calls.find((c) => c.name === 'printer.printSlip')?.input).toEqual(SLIP);
  });

  it('on paper out says so plainly and offers the phone QR instead', async () => {
    const { client } = fakeClient({ available: true, outcome: { printed: false, fault: 'paper-out' } });
    show(client, <PrintSlipButton slip={SLIP} />);
    fireEvent.click(await screen.findByTestId('print-slip-button'));
    const status = await screen.findByRole('alert');
    expect(status.textContent).toContain('Máy in đã hết giấy');
    expect(screen.getByTestId('phone-qr').getAttribute('data-url')).toBe(SLIP.qrUrl);
  });

  it('"busy" asks to wait, without the QR', async () => {
    const { client } = fakeClient({ available: true, outcome: { printed: false, fault: 'busy' } });
    show(client, <PrintSlipButton slip={SLIP} />);
    fireEvent.click(await screen.findByTestId('print-slip-button'));
    expect((await screen.findByRole('alert')).textContent).toContain('đang in phiếu khác');
    expect(screen.queryByTestId('phone-qr')).toBeNull();
  });
});

describe('slipFromProcedure', () => {
  const p: Procedure = {
    code: '1.000894', name: 'Thủ tục đăng ký kết hôn', sector: 'ho-tich', steps: [], legalBasis: [], lifeEvents: [], citizenWords: [], onlineGuide: [],
    atWard: true, executingAgencies: ['Ủy ban nhân dân cấp xã'],
    channels: [
      { kind: 'inPerson', time: { value: 1, unit: 'other' }, feeItems: [{ amount: 0, kind: 'charge', appliesTo: 'Miễn lệ phí.' }] },
      { kind: 'online', time: { value: 3, unit: 'workingDay' }, feeItems: [{ amount: 10000, kind: 'fee', appliesTo: 'Nộp trực tuyến.' }] },
    ],
    caseCodes: [{ code: '1.000894.02', time: { value: 1, unit: 'workingDay' } }],
    documents: [
      { title: '* Giấy tờ phải xuất trình:', present: true, documents: [{ name: 'Thẻ căn cước', originals: 1, copies: 0 }] },
      { title: 'Trường hợp hai bên cùng đến', documents: [{ name: 'Tờ khai đăng ký kết hôn', originals: 1, copies: 0, obtain: { where: 'Tại quầy' } }] },
      { title: 'Trường hợp một bên vắng mặt', documents: [{ name: 'Văn bản ủy quyền', originals: 1, copies: 2 }] },
    ],
    source: { recordId: 'r1', page: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/r1' },
    onlineEntries: [],
  } as unknown as Procedure;

  it('takes the chosen case\'s papers with counts, then the papers to show, fees with their rules, time limits and the official page', () => {
    const slip = slipFromProcedure(p, 2);
    expect(slip).toMatchObject({
      procedureCode: '1.000894', caseTitle: 'Trường hợp một bên vắng mặt',
      papers: [
        { name: 'Văn bản ủy quyền', count: '1 bản chính, 2 bản sao' },
        { name: 'Thẻ căn cước', count: '1 bản chính, mang theo để xuất trình' },
      ],
      where: 'Ủy ban nhân dân cấp xã', qrUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/r1',
    });
    expect(slip.channels.map((c) => c.label)).toEqual(['Trực tuyến', 'Trực tiếp tại quầy']);
    expect(slip.channels[0]!.fee).toContain('10.000');
    expect(slip.channels[0]!.fee).toContain('Nộp trực tuyến.');
    expect(slip.channels[1]!.time).toContain('1.000894.02');
  });

  it('with several cases and none chosen, lists no papers rather than the wrong ones', () => {
    expect(slipFromProcedure(p, null).papers).toEqual([]);
  });
});

describe('RatingPanel', () => {
  it('a low rating asks one reason, then thanks; both answers are sent', async () => {
    const { client, calls } = fakeClient({ available: false });
    show(client, <RatingPanel />);
    fireEvent.click(screen.getByTestId('rating-dissatisfied'));
    fireEvent.click(await screen.findByTestId('rating-reason-needed-person'));
    expect(await screen.findByTestId('rating-thanks')).toBeTruthy();
    expect(calls.filter((c) => c.name === 'session.rate').map((c) => c.input)).toEqual([
      { rating: 'dissatisfied' }, { rating: 'dissatisfied', reason: 'needed-person' },
    ]);
  });

  it('a good rating thanks at once', async () => {
    const { client, calls } = fakeClient({ available: false });
    show(client, <RatingPanel />);
    fireEvent.click(screen.getByTestId('rating-very-satisfied'));
    expect(await screen.findByTestId('rating-thanks')).toBeTruthy();
    expect(calls.filter((c) => c.name === 'session.rate')).toHaveLength(1);
  });
});

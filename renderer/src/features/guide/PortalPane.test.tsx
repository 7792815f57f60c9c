import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OnlineEntry } from '../../../../electron/api/content';
import type { KioskClient } from '../../../../electron/api/contract';
import type { Language } from '../../../../electron/api/kiosk';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { isSiteHome } from './phone-qr-text';
import { PhoneQr } from './PhoneQr';
import { PortalPane } from './PortalPane';

const PORTAL: OnlineEntry = { place: 'dichvucong', label: 'Cổng Dịch vụ công quốc gia', labelEn: 'National Public Service Portal', url: 'https://dichvucong.gov.vn' };
const VNEID_APP: OnlineEntry = { place: 'vneid', label: 'Ứng dụng VNeID', labelEn: 'VNeID app', menuPath: ['Thủ tục hành chính'] };
const DEEP_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004194';
const PROCEDURE = { code: '1.004194', name: 'Đăng ký tạm trú', nameEn: 'Temporary residence registration' };

/** A fake core in browser mode: no embedded portal, so the pane shows the phone QR. */
const client = {
  async call(name: string) {
    if (name === 'portal.status') return { ok: true, value: { available: false, open: false } };
    if (name === 'kiosk.configSummary') return { ok: false, error: { code: 'test.unneeded' } };
    return { ok: false, error: { code: 'test.unexpected' } };
  },
  subscribe: () => () => undefined,
  onConnection: () => () => undefined,
} as unknown as KioskClient;

function showPane(language: Language, entries: readonly OnlineEntry[]) {
  render(
    <ClientProvider client={client}>
      <I18nProvider initial={language}>
        <PortalPane entries={entries} procedure={PROCEDURE} />
      </I18nProvider>
    </ClientProvider>,
  );
}

function showQr(language: Language, url: string) {
  render(
    <I18nProvider initial={language}>
      <PhoneQr url={url} />
    </I18nProvider>,
  );
}

afterEach(cleanup);

describe('the guide\'s phone QR says honestly what it opens', () => {
  it('for the portal\'s home page: open the portal on the phone, then search the procedure by its code and name', async () => {
    // The app entry (no address) comes first in some packs: the QR takes the first entry with an address.
    showPane('vi', [VNEID_APP, PORTAL]);
    const qr = await screen.findByTestId('phone-qr');
    expect(qr.dataset.url).toBe('https://dichvucong.gov.vn');
    const caption = qr.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('Quét mã này bằng camera hoặc Zalo để mở Cổng Dịch vụ công quốc gia trên điện thoại, rồi tìm thủ tục theo mã 1.004194 (Đăng ký tạm trú).');
    expect(caption).not.toContain('đúng trang');
  });

  it('says the same in English, with the English names', async () => {
    showPane('en', [PORTAL]);
    const caption = (await screen.findByTestId('phone-qr')).querySelector('figcaption')!.textContent!;
    expect(caption).toContain('open the National Public Service Portal on your phone, then search for the procedure by its code 1.004194 (Temporary residence registration).');
    expect(caption).not.toContain('right page');
  });

  it('keeps "the exact procedure page" when the pack gives a deeper address', async () => {
    showPane('vi', [{ ...PORTAL, url: DEEP_URL }]);
    const qr = await screen.findByTestId('phone-qr');
    expect(qr.dataset.url).toBe(DEEP_URL);
    const caption = qr.querySelector('figcaption')!.textContent!;
    expect(caption).toContain('quét mã này để mở đúng trang làm thủ tục');
    expect(caption).not.toContain('tìm thủ tục theo mã');
  });

  it('shows no QR when no entry has an address', async () => {
    showPane('vi', [VNEID_APP]);
    expect(await screen.findByTestId('portal-fallback')).toBeTruthy();
    expect(screen.queryByTestId('phone-qr')).toBeNull();
  });
});

describe('PhoneQr without a hint', () => {
  it('does not promise the procedure\'s page for a home page', () => {
    showQr('vi', 'https://dichvucong.gov.vn/');
    const caption = screen.getByTestId('phone-qr').textContent!;
    expect(caption).toContain('để mở trang chủ dichvucong.gov.vn trên điện thoại, rồi tìm thủ tục trên trang đó');
    expect(caption).not.toContain('đúng trang');
  });

  it('promises the right page for a deeper address', () => {
    showQr('en', DEEP_URL);
    expect(screen.getByTestId('phone-qr').textContent).toContain('scan this code to open the right page');
  });
});

describe('isSiteHome', () => {
  it('is true only when nothing follows the host', () => {
    expect(isSiteHome('https://dichvucong.gov.vn')).toBe(true);
    expect(isSiteHome('https://dichvucong.gov.vn/')).toBe(true);
    expect(isSiteHome('https://dichvucong.bocongan.gov.vn:443/')).toBe(true);
    expect(isSiteHome(DEEP_URL)).toBe(false);
    expect(isSiteHome('https://dichvucong.gov.vn/?ma_thu_tuc=1.004194')).toBe(false);
    expect(isSiteHome('https://dichvucong.gov.vn/#/thu-tuc/1.004194')).toBe(false);
    expect(isSiteHome('https://dichvucong.gov.vn/p/home')).toBe(false);
    expect(isSiteHome('not a url')).toBe(false);
  });
});

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueRef } from '../../../../electron/api/catalogue';
import { EssentialService } from '../../../../electron/api/content';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { createFakeClient } from '../display/fake-client';
import { essentialRef } from './EssentialList';
import { EssentialServiceScreen } from './EssentialServiceScreen';
import { PASSPORT } from './real-shaped.fixture';

afterEach(cleanup);

// As the shipped essential-services.json publishes no. 12 and no. 21.
const PASSPORTS = EssentialService.parse({ n: 12, name: 'Cấp, cấp lại, sửa đổi, bổ sung hộ chiếu phổ thông', sector: 'Công an', atWard: false, codes: ['1.001456', '1.001471'], description: 'Hộ chiếu phổ thông' });
const CRIMINAL_RECORD = EssentialService.parse({ n: 21, name: 'Cấp phiếu lý lịch tư pháp', sector: 'Tư pháp', atWard: false, code: '3.000333', codes: ['3.000333'], description: 'Phiếu lý lịch tư pháp' });

describe('the 25 services on the real catalogue', () => {
  it('a service of one procedure opens that procedure, even one the ward does not handle (its page says where to go)', () => {
    expect(essentialRef(CRIMINAL_RECORD)).toEqual({ kind: 'procedure', code: '3.000333' });
    expect(essentialRef(PASSPORTS)).toEqual({ kind: 'essentialService', n: 12 });
  });

  it('a service of several procedures lists those the pack has, each opening its page', async () => {
    const opened: CatalogueRef[] = [];
    const fake = createFakeClient({
      'catalogue.essentialServices': () => ({ ok: true, value: { services: [PASSPORTS], packVersion: 'x', sample: false } }),
      'catalogue.getProcedure': (input) => ({ ok: true, value: { procedure: (input as { code: string }).code === PASSPORT.code ? PASSPORT : null, group: null } }),
    });
    render(
      <ClientProvider client={fake.client}>
        <I18nProvider initial="vi">
          <EssentialServiceScreen n={12} onOpen={(r) => opened.push(r)} />
        </I18nProvider>
      </ClientProvider>,
    );
    const list = await screen.findByTestId('essential-procedures');
    const row = await within(list).findByTestId('result');
    expect(row.dataset.ref).toBe('p-1.001456');
    expect(row.textContent).toContain('Không làm tại phường');
    expect(within(list).getAllByTestId('result')).toHaveLength(1); // 1.001471 is not in this pack
    fireEvent.click(row);
    expect(opened).toEqual([{ kind: 'procedure', code: '1.001456' }]);
  });
});

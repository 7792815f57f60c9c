import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Procedure } from '../../../../electron/api/content';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { createFakeClient } from '../display/fake-client';
import { ProcedureScreen } from './ProcedureScreen';

afterEach(cleanup);

// As the shipped pack publishes Đăng ký kết hôn: with its own online service code.
const marriage = Procedure.parse({
  code: '1.000894', name: 'Đăng ký kết hôn', level: 'ward', sector: 'ho-tich', steps: [], channels: [], documents: [], legalBasis: [],
  onlineServiceCode: '1.000894.01', essentialService: 11, lifeEvents: [], citizenWords: [], onlineEntries: [], onlineGuide: [],
});

function show(procedure: Procedure) {
  const fake = createFakeClient({
    'catalogue.getProcedure': () => ({ ok: true, value: { procedure, group: null } }),
    'catalogue.lifeEvents': () => ({ ok: true, value: { events: [] } }),
  });
  render(
    <ClientProvider client={fake.client}>
      <I18nProvider initial="vi">
        <ProcedureScreen code={procedure.code} onPrepare={() => undefined} onGuide={() => undefined} />
      </I18nProvider>
    </ClientProvider>,
  );
}

describe('ProcedureScreen', () => {
  it('shows the online service code beside the procedure code, for the portal\'s search', async () => {
    expect(marriage.onlineServiceCode).toBeTruthy();
    show(marriage);
    expect((await screen.findByTestId('online-service-code')).textContent).toBe(` · Mã dịch vụ công trực tuyến: ${marriage.onlineServiceCode}`);
  });

  it('shows no online code line when the pack has none', async () => {
    show({ ...marriage, onlineServiceCode: undefined });
    await screen.findByTestId('procedure-screen');
    expect(screen.queryByTestId('online-service-code')).toBeNull();
  });
});

import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Procedure } from '../../../../electron/api/content';
import { ClientProvider } from '../../app/client-context';
import { I18nProvider } from '../../i18n/i18n';
import { ChecklistScreen } from '../checklist/ChecklistScreen';
import { createFakeClient } from '../display/fake-client';
import { chosenCase, dossierView, mustChoose, papersToHandIn, papersToShow } from './dossier';
import { ProcedureScreen } from './ProcedureScreen';

/*
 * Every procedure of the shipped pack (the real catalogue, ~700 records as the portal published them, with
 * their odd shapes) opens its page, and every case a citizen can choose lists its papers: no record may
 * leave an elderly citizen in front of a blank or broken screen. The records are read from the pack's
 * files and parsed with the contract's schema (the faces get them through it); the kiosk's own layer is
 * not merged here, it only adds our words.
 */

afterEach(cleanup);

// Vite's glob import reads the pack's files at test time (the renderer may not import Node's fs, even in tests).
const files = import.meta.glob<unknown>('../../../../kiosk-config/content/procedures/*.json', { eager: true, import: 'default' });
const shipped = Object.keys(files).sort().map((f) => Procedure.parse(files[f]));

async function open(procedure: Procedure, chosenCase: number | null, screenOf = ProcedureScreenAt): Promise<void> {
  const fake = createFakeClient({
    'printer.available': () => ({ ok: true, value: { available: false } }),
    'catalogue.getProcedure': () => ({ ok: true, value: { procedure, group: null } }),
    'catalogue.lifeEvents': () => ({ ok: true, value: { events: [] } }),
    'catalogue.contentStatus': () => ({ ok: false, error: { code: 'api.not-available' } }),
    'kiosk.configSummary': () => ({ ok: true, value: { ward: { name: 'Phường Minh Họa', code: '00001', province: 'Tỉnh Minh Họa', population: 1 } } }),
  });
  await act(async () => {
    render(
      <ClientProvider client={fake.client}>
        <I18nProvider initial="vi">
          {screenOf(procedure.code, chosenCase)}
        </I18nProvider>
      </ClientProvider>,
    );
  });
}

const ProcedureScreenAt = (code: string, chosenCase: number | null) => (
  <ProcedureScreen code={code} chosenCase={chosenCase} onPrepare={() => undefined} onGuide={() => undefined} />
);
const ChecklistAt = (code: string, caseIndex: number | null) => (
  <ChecklistScreen code={code} ticks={{ caseIndex, have: [] }} onTicks={() => undefined} onGuide={null} />
);

describe('every procedure of the shipped pack', () => {
  it('is the real catalogue, not the sample', () => {
    expect(shipped.length).toBeGreaterThan(700);
  });

  it('opens its page with its name, and each case it offers lists that case\'s papers', async () => {
    const broken: string[] = [];
    for (const p of shipped) {
      const view = dossierView(p);
      for (const chosen of [null, ...view.choices.map((c) => c.index)]) {
        await open(p, chosen);
        const page = screen.queryByTestId('procedure-screen');
        const papers = mustChoose(view, chosen) ? null : papersToHandIn(p, view, chosenCase(view, chosen)).length + papersToShow(p, view).length;
        if (!page || screen.getByTestId('procedure-name').textContent !== p.name) broken.push(`${p.code} (case ${String(chosen)}): no page`);
        else if (papers !== null && screen.queryAllByTestId('paper').length !== papers) {
          broken.push(`${p.code} (case ${String(chosen)}): ${screen.queryAllByTestId('paper').length} of ${papers} papers listed`);
        }
        cleanup();
      }
    }
    expect(broken).toEqual([]);
  }, 240_000);

  it('has a checklist for each case: every paper to bring as a row, each with where to get it while unticked', async () => {
    const broken: string[] = [];
    for (const p of shipped) {
      const view = dossierView(p);
      for (const chosen of view.choices.length > 1 ? view.choices.map((c) => c.index) : [null]) {
        await open(p, chosen, ChecklistAt);
        const rows = papersToHandIn(p, view, chosenCase(view, chosen)).length + papersToShow(p, view).length;
        const where = screen.queryAllByTestId(/^checklist-where-/).filter((e) => (e.textContent ?? '').trim() !== '');
        if (!screen.queryByTestId('checklist-screen')) broken.push(`${p.code} (case ${String(chosen)}): no checklist`);
        else if (mustChoose(view, chosen)) broken.push(`${p.code} (case ${String(chosen)}): asks for a case already chosen`);
        else if (screen.queryAllByTestId(/^checklist-item-/).length !== rows) broken.push(`${p.code} (case ${String(chosen)}): not every paper is a row`);
        else if (where.length !== rows) broken.push(`${p.code} (case ${String(chosen)}): a missing paper without where to get it`);
        cleanup();
      }
    }
    expect(broken).toEqual([]);
  }, 240_000);
});

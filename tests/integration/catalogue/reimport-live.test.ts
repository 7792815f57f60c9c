import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentStatus } from '../../../electron/api/catalogue';
import { importPortal } from '../../../electron/host/catalogue/portal/import-portal';
import { marriageRecord } from '../../../electron/host/catalogue/portal/testing/portal-fixtures';
import { ProcedureCatalogue } from '../../../electron/host/catalogue/procedure-catalogue';
import { copySamplePack } from '../../../electron/host/catalogue/testing/pack-fixture';

// Freshness (issue 12 §5): a re-import into the live content folder replaces the catalogue without a
// restart, keeps the kiosk's layer, and the status says how old the data is.
let dispose: (() => Promise<void>) | undefined;
let catalogue: ProcedureCatalogue | undefined;
afterEach(async () => {
  catalogue?.stop();
  await dispose?.();
});

/** Resolves with the first status that satisfies `done` (a write of many files may reload more than once). */
const statusWhere = (c: ProcedureCatalogue, done: (s: ContentStatus) => boolean) =>
  new Promise<ContentStatus>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such status within 15 s')), 15_000);
    const off = c.onChange((s) => {
      if (!done(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });

describe('re-importing into the live pack', () => {
  it('replaces the catalogue without a restart, keeps the kiosk layer, and flags data older than the limit', async () => {
    const pack = await copySamplePack();
    dispose = pack.dispose;
    const now = new Date('2026-12-06T08:00:00Z');
    catalogue = new ProcedureCatalogue({ contentDir: pack.dir, debounceMs: 200, maxAgeDays: 90, now: () => now });
    const before = await catalogue.start();
    // The sample says no capture date: its age counts from the pack's date (2025-10-01).
    expect(before.pack).toMatchObject({ procedures: 15, capturedAt: null, ageDays: 431, stale: true });
    await mkdir(join(pack.dir, 'kiosk-layer'));
    await writeFile(join(pack.dir, 'kiosk-layer', '1.000894.json'), JSON.stringify({ code: '1.000894', citizenWords: ['lấy vợ lấy chồng'] }));

    const live = statusWhere(catalogue, (s) => s.pack?.capturedAt === '2026-07-18');
    const file = join(pack.dir, '..', 'procedures-2026-07-18.jsonl');
    await writeFile(file, JSON.stringify(marriageRecord()));
    const report = await importPortal({ source: file, out: pack.dir, level: 'ward', keepTexts: false, now: () => now });
    // The sample's procedures were entered by hand (no portal record): those the download lacks stay.
    expect(report.changes).toEqual({ added: [], removed: [], changed: ['1.000894'] });
    expect(report.keptByHand.length).toBe(14);
    const status = await live;
    expect(status.pack).toMatchObject({ procedures: 15, capturedAt: '2026-07-18', ageDays: 141, maxAgeDays: 90, stale: true });
    expect(catalogue.search('dang ky ket hon', {}, 1)[0]?.ref).toEqual({ kind: 'procedure', code: '1.000894' });
    expect(catalogue.search('lay vo lay chong', {}, 1)[0]?.ref).toEqual({ kind: 'procedure', code: '1.000894' });
    expect(catalogue.getProcedure('1.000894').procedure?.source?.page).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
  });
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentStatus } from '../../../electron/api/catalogue';
import { ProcedureCatalogue } from '../../../electron/host/catalogue/procedure-catalogue';
import { copySamplePack, editJson } from '../../../electron/host/catalogue/testing/pack-fixture';

// The real fs.watch path: an edit in the content folder goes live without a restart.
let dispose: (() => Promise<void>) | undefined;
let catalogue: ProcedureCatalogue | undefined;
afterEach(async () => {
  catalogue?.stop();
  await dispose?.();
});

const nextChange = (c: ProcedureCatalogue) =>
  new Promise<ContentStatus>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no change seen within 10 s')), 10_000);
    const off = c.onChange((s) => {
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });

describe('watching the content folder', () => {
  it('applies a good edit and keeps the old pack on a bad one', async () => {
    const pack = await copySamplePack();
    dispose = pack.dispose;
    catalogue = new ProcedureCatalogue({ contentDir: pack.dir, debounceMs: 50 });
    await catalogue.start();

    let change = nextChange(catalogue);
    await editJson(join(pack.dir, 'procedures/1.004884.json'), (p) => void p.citizenWords.push('mất sổ hộ tịch'));
    await change;
    expect(catalogue.search('mat so ho tich', {}, 1)[0]?.ref).toEqual({ kind: 'procedure', code: '1.004884' });

    change = nextChange(catalogue);
    await writeFile(join(pack.dir, 'procedures/1.004884.json'), '{ broken');
    const status = await change;
    expect(status.problems[0]?.file).toBe('procedures/1.004884.json');
    expect(status.pack?.procedures).toBe(15);
    expect(catalogue.search('mat so ho tich', {}, 1)[0]?.ref).toEqual({ kind: 'procedure', code: '1.004884' });
  });
});

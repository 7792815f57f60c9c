import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { simConfigPath } from '../../../drivers/sim/card-profile/shipped-profiles.fixtures';
import { SimulatedCardControl } from './simulated-card-control';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const slot = { insertCard: () => undefined, removeCard: () => undefined };

describe('SimulatedCardControl.profiles', () => {
  it('names the shipped invented citizens as people (name, year of birth) and marks the configured one', async () => {
    const control = new SimulatedCardControl(slot, simConfigPath('cards'), 'nguyen-van-an');
    const profiles = await control.profiles();
    expect(profiles).toEqual([
      { id: 'nguyen-van-an', fullName: 'Nguyễn Văn An', yearOfBirth: expect.any(Number), isDefault: true },
      { id: 'tran-thi-binh-60', fullName: 'Trần Thị Bình', yearOfBirth: 1960, isDefault: false },
    ]);
  });

  it('leaves out a profile file that does not load, saying why, and keeps the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cards-'));
    dirs.push(dir);
    const cards = simConfigPath('cards');
    copyFileSync(join(cards, 'tran-thi-binh-60.json'), join(dir, 'tran-thi-binh-60.json'));
    writeFileSync(join(dir, 'broken.json'), '{ "id": "broken" ');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The copied profile names its portrait relative to the shipped folder: point it back there.
    const copied = join(dir, 'tran-thi-binh-60.json');
    const text = readFileSync(copied, 'utf8').replace('"../portraits/', `"${simConfigPath('portraits')}/`);
    writeFileSync(copied, text);
    const profiles = await new SimulatedCardControl(slot, dir, 'tran-thi-binh-60').profiles();
    expect(profiles.map((p) => p.fullName)).toEqual(['Trần Thị Bình']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('card profile broken'));
    warn.mockRestore();
  });

  it('lists nothing for a missing folder', async () => {
    expect(await new SimulatedCardControl(slot, '/nonexistent/cards', 'x').profiles()).toEqual([]);
  });
});

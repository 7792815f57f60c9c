import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardProfileFromJson, loadCardProfile, loadCardProfiles } from './card-profile';
import { shippedProfile, simConfigPath } from './shipped-profiles.fixtures';

const JPEG = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9);
const VALID = {
  id: 'test-person',
  idNumber: '001093012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1993-01-05',
  sex: 'male',
  nationality: 'Việt Nam',
  ethnicity: 'Kinh',
  religion: 'Không',
  placeOfOrigin: 'Hà Nội',
  placeOfResidence: 'Hà Nội',
  identifyingMarks: '',
  dateOfIssue: '2021-04-10',
  dateOfExpiry: '2033-01-05',
  portrait: 'x.jpg',
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('card profiles', () => {
  it('loads both shipped profiles with their portraits', async () => {
    const an = await shippedProfile('nguyen-van-an');
    expect(an).toMatchObject({ fullName: 'Nguyễn Văn An', sex: 'male', dateOfExpiry: '2033-01-05' });
    expect(an.placeOfResidence).toMatch(/Hàng Bạc/);
    expect(an.portraitJpeg.length).toBeGreaterThan(1000);
    const binh = await shippedProfile('tran-thi-binh-60');
    expect(binh).toMatchObject({ fullName: 'Trần Thị Bình', sex: 'female', dateOfExpiry: null });
  });

  it('loads a whole profile directory, listing failures without stopping', async () => {
    const shipped = await loadCardProfiles(simConfigPath('cards'));
    expect(shipped.profiles.map((p) => p.id)).toEqual(['nguyen-van-an', 'tran-thi-binh-60']);
    expect(shipped.failures).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'bad.json'), '{');
    const r = await loadCardProfiles(dir);
    expect(r.failures.map((f) => [f.file, f.error.code])).toEqual([['bad.json', 'card-profile.unreadable']]);
  });

  it('accepts a valid profile and normalises text to NFC', () => {
    const r = cardProfileFromJson({ ...VALID, fullName: 'Nguyễn Văn An'.normalize('NFD') }, JPEG);
    expect(r.ok && r.value.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('lists every problem, not only the first', () => {
    const r = cardProfileFromJson({ ...VALID, idNumber: '001193012345', dateOfBirth: '1993-02-30', sex: 'x', nickname: 'An', dateOfExpiry: '2020-01-01', fullName: '' }, Uint8Array.of(1, 2, 3, 4));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('card-profile.invalid');
    expect(r.error.problems.map((p) => p.path).sort()).toEqual(['dateOfBirth', 'dateOfExpiry', 'fullName', 'nickname', 'portrait', 'sex']);
  });

  it('checks the sex/century digit and the birth year inside the ID number (cccd.md)', () => {
    const r = cardProfileFromJson({ ...VALID, idNumber: '001195012345' }, JPEG);
    expect(!r.ok && r.error.problems).toEqual([
      { path: 'idNumber', message: 'digit 4 must be 0 for a male born in 1993' },
      { path: 'idNumber', message: 'digits 5–6 must be the birth year' },
    ]);
    const girl2005 = cardProfileFromJson({ ...VALID, idNumber: '001305012345', dateOfBirth: '2005-03-01', sex: 'female' }, JPEG);
    expect(girl2005.ok).toBe(true);
  });

  it('reports an unreadable file or a missing portrait', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    dirs.push(dir);
    const missing = await loadCardProfile(join(dir, 'none.json'));
    expect(!missing.ok && missing.error.code).toBe('card-profile.unreadable');
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ ...VALID, portrait: 'nope.jpg' }));
    const noPortrait = await loadCardProfile(join(dir, 'p.json'));
    expect(!noPortrait.ok && noPortrait.error.problems[0]?.path).toBe('portrait');
    writeFileSync(join(dir, 'q.json'), JSON.stringify({ ...VALID, portrait: simConfigPath('portraits/synthetic-face-a.jpg') }));
    expect((await loadCardProfile(join(dir, 'q.json'))).ok).toBe(true);
  });
});

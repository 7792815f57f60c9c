import { describe, expect, it } from 'vitest';
import type { ContentStatus } from '../../../../electron/api/catalogue';
import { catalogueProblems, catalogueVerdict, displayVerdict, hintFor, itemOf, splitDisplayProblem } from './problem-lines';

const pack: NonNullable<ContentStatus['pack']> = {
  packId: 'mau', version: '1', publisher: 'P', date: '2026-03-01', sample: true, source: 'local',
  loadedAt: '2026-03-14T02:00:00.000Z', procedures: 15, essentialServices: 25, capturedAt: null, ageDays: 0, maxAgeDays: 180, stale: false,
};
const status = (over: Partial<ContentStatus>): ContentStatus => ({ pack, problems: [], checkedAt: null, remote: null, ...over });

describe('splitDisplayProblem', () => {
  it.each([
    ['display.json: announcements.1.id: duplicate announcement id "a"', 'display.json', 'announcements.1.id', 'duplicate announcement id "a"'],
    ['display.json: announcements.0.colour: unknown setting', 'display.json', 'announcements.0.colour', 'unknown setting'],
    ['display.json: (top level): Invalid input', 'display.json', '', 'Invalid input'],
    ['display.json: not valid JSON (Unexpected end of JSON input)', 'display.json', '', 'not valid JSON (Unexpected end of JSON input)'],
    ['display.json: not valid JSON (Expected \',\' or \'}\': at position 5)', 'display.json', '', 'not valid JSON (Expected \',\' or \'}\': at position 5)'],
    ['display.json: cannot read the file (ENOENT)', 'display.json', '', 'cannot read the file (ENOENT)'],
    ['display.json: timeZone: unknown time zone "Mars/Base"', 'display.json', 'timeZone', 'unknown time zone "Mars/Base"'],
    ['no separator at all', '', '', 'no separator at all'],
  ])('%s', (line, file, path, message) => {
    expect(splitDisplayProblem(line)).toEqual({ severity: 'error', file, path, message });
  });
});

describe('verdicts', () => {
  it('a pack: clean with warnings only, refused with an error, unreachable when only the download failed', () => {
    expect(catalogueVerdict(status({ problems: [{ severity: 'warning', file: 'citizen-words.json', path: '[3].means', message: 'x' }] }))).toBe('clean');
    expect(catalogueVerdict(status({ problems: [{ severity: 'error', file: 'procedures/1.004222.json', path: 'channels[0].kind', message: 'x' }] }))).toBe('refused');
    expect(catalogueVerdict(status({ problems: [{ severity: 'error', file: 'remote', path: '', message: 'download failed (TypeError)' }] }))).toBe('unreachable');
    expect(catalogueVerdict(status({ problems: [{ severity: 'error', file: 'remote', path: '', message: 'pack.signature.invalid: no; the pack was not used' }] }))).toBe('refused');
    expect(catalogueVerdict(status({ pack: null }))).toBe('none');
  });

  it('the display: clean, refused (last good kept) or fallback', () => {
    const base = { loadedAt: '2026-03-14T02:00:00.000Z', checkedAt: '2026-03-14T02:00:00.000Z' };
    expect(displayVerdict({ ...base, source: 'file', keptLastGood: false, problems: [] })).toBe('clean');
    expect(displayVerdict({ ...base, source: 'file', keptLastGood: true, problems: ['display.json: x: y'] })).toBe('refused');
    expect(displayVerdict({ ...base, loadedAt: null, source: 'fallback', keptLastGood: false, problems: ['display.json: x: y'] })).toBe('fallback');
  });

  it('lists errors before warnings', () => {
    const w = { severity: 'warning', file: 'a', path: '', message: 'w' } as const;
    const e = { severity: 'error', file: 'b', path: '', message: 'e' } as const;
    expect(catalogueProblems([w, e])).toEqual([e, w]);
  });
});

describe('plain words', () => {
  it('explains the messages the core writes, and leaves the others alone', () => {
    expect(hintFor('duplicate announcement id "gio-lam-viec"')).toEqual({ key: 'duplicateId', params: { id: 'gio-lam-viec' } });
    expect(hintFor('expected a time of day HH:MM (24-hour), e.g. 07:30')?.key).toBe('time');
    expect(hintFor('not valid JSON (Unexpected token)')?.key).toBe('json');
    expect(hintFor('pack.signature.invalid: signature does not match; the pack was not used')?.key).toBe('signature');
    expect(hintFor('signature: download failed (HTTP 404)')?.key).toBe('download');
    expect(hintFor('Invalid option: expected one of "inPerson"|"online"|"postal"')).toEqual({ key: 'option', params: { options: '"inPerson", "online", "postal"' } });
    expect(hintFor('procedure 1.004222 is not in this pack')).toBeNull();
  });

  it('counts announcements and playlist items from 1', () => {
    expect(itemOf('announcements.1.id')).toEqual({ kind: 'announcement', n: 2 });
    expect(itemOf('playlist.0.durationSeconds')).toEqual({ kind: 'slide', n: 1 });
    expect(itemOf('ticker.vi')).toBeNull();
  });
});

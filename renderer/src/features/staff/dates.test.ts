import { describe, expect, it } from 'vitest';
import { dayFirstToIso, groupDayFirst, viDate } from './dates';

describe('staff face dates', () => {
  it.each([
    ['05011993', '1993-01-05'],
    ['29022024', '2024-02-29'],
    ['29022023', null],
    ['31042026', null],
    ['00012026', null],
    ['0501199', null],
    ['05131993', null],
  ])('%s → %s', (digits, iso) => expect(dayFirstToIso(digits)).toBe(iso));

  it('shows dates the Vietnamese way, instants in Vietnam time', () => {
    expect(viDate('2026-11-05')).toBe('05/11/2026');
    expect(viDate('2026-11-05T17:30:00.000Z')).toBe('06/11/2026');
    expect(groupDayFirst('0501')).toBe('05/01');
    expect(groupDayFirst('05011993')).toBe('05/01/1993');
  });
});

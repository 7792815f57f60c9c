import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkIdAgainstBirthDate, parsePersonalId } from './personal-id';

describe('parsePersonalId', () => {
  it.each([
    // id, province, sex, centuryStart, birthYear
    ['001093012345', '001', 'male', 1900, 1993],
    ['079193004567', '079', 'female', 1900, 1993],
    ['036205000001', '036', 'male', 2000, 2005],
    ['001315123456', '001', 'female', 2000, 2015],
    ['096499000000', '096', 'male', 2100, 2199],
    ['001500000000', '001', 'female', 2100, 2100],
  ] as const)('%s → %s %s %i', (id, province, sex, century, year) => {
    const r = parsePersonalId(id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ provinceCode: province, sex, centuryStart: century, birthYear: year });
    expect(r.value.serial).toBe(id.slice(6));
  });

  it('accepts surrounding whitespace', () => {
    expect(parsePersonalId(' 001093012345\r\n').ok).toBe(true);
  });

  it.each(['', '00109301234', '0010930123456', '00109301234a', '００１０９３０１２３４５'])('rejects %j', (text) => {
    const r = parsePersonalId(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('cccd.id-invalid');
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parsePersonalId(s).ok === 'boolean'));
  });
});

describe('checkIdAgainstBirthDate', () => {
  it('agrees for a matching ID, date and sex', () => {
    expect(checkIdAgainstBirthDate('001093012345', '1993-01-05', 'male')).toEqual({ ok: true, value: { status: 'consistent' } });
  });

  it.each([
    ['001093012345', '1994-01-05', 'male', ['birth-year']],
    ['001093012345', '2093-01-05', 'male', ['century']],
    ['001093012345', '1993-01-05', 'female', ['sex']],
    ['001293012345', '1993-01-05', 'female', ['century', 'sex']],
  ] as const)('%s vs %s %s → %j', (id, dob, sex, mismatches) => {
    expect(checkIdAgainstBirthDate(id, dob, sex)).toEqual({ ok: true, value: { status: 'inconsistent', mismatches } });
  });

  it('ignores sex when unknown', () => {
    expect(checkIdAgainstBirthDate('001193012345', '1993-01-05', null)).toEqual({ ok: true, value: { status: 'consistent' } });
  });

  it('reports an invalid ID as an error', () => {
    expect(checkIdAgainstBirthDate('12', '1993-01-05').ok).toBe(false);
  });
});

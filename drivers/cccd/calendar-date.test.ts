import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOn, birthdaysAtAge, mrzDateToIso, parseDayFirstDate, toYymmdd } from './calendar-date';

describe('parseDayFirstDate', () => {
  it.each([
    ['05011993', '1993-01-05'],
    ['05/01/1993', '1993-01-05'],
    [' 29022000 ', '2000-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(parseDayFirstDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each(['29022001', '31042020', '00012020', '01132020', '1993-01-05', '5011993', ''])('rejects %j', (text) => {
    expect(parseDayFirstDate(text).ok).toBe(false);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseDayFirstDate(s).ok === 'boolean'));
  });
});

describe('ages and birthdays', () => {
  it('counts completed years', () => {
    expect(ageOn('1993-01-05', '2018-01-04')).toBe(24);
    expect(ageOn('1993-01-05', '2018-01-05')).toBe(25);
  });

  it('gives 28 Feb then 1 Mar for a 29 February birthday in a common year', () => {
    expect(birthdaysAtAge('2000-02-29', 25)).toEqual(['2025-02-28', '2025-03-01']);
    expect(birthdaysAtAge('2000-02-29', 40)).toEqual(['2040-02-29']);
  });

  it('writes YYMMDD', () => {
    expect(toYymmdd('1993-01-05')).toBe('930105');
    expect(toYymmdd('2033-01-05')).toBe('330105');
  });
});

describe('mrzDateToIso', () => {
  it.each([
    ['930105', 'birth', '1993-01-05'],
    ['100105', 'birth', '2010-01-05'],
    ['261124', 'birth', '1926-11-24'], // tomorrow in 2026 is not a birth date yet
    ['261123', 'birth', '2026-11-23'],
    ['330105', 'expiry', '2033-01-05'],
    ['991231', 'expiry', null], // the unconfirmed "no expiry" encoding
    ['<<<<<<', 'expiry', null],
    ['930230', 'birth', null], // 30 February
  ] as const)('%s (%s) → %s', (yymmdd, kind, iso) => {
    expect(mrzDateToIso(yymmdd, kind, '2026-11-23')).toBe(iso);
  });
});

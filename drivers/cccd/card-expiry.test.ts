import { describe, expect, it } from 'vitest';
import { cardExpiry } from './card-expiry';
import { LAW_2014, LAW_2023, lawForIssueDate, validUntilAge } from './expiry-laws';

/** A holder born on 10 March who was `age` on 1 April of `issueYear`, and the card issued that day. */
const issuedAtAge = (age: number, issueYear: number) => ({
  dateOfBirth: `${issueYear - age}-03-10`,
  issueDate: `${issueYear}-04-01`,
});

describe('Law on Citizen Identification 2014 (renew at 25, 40, 60; 2-year rule)', () => {
  it.each([
    // age at issue → valid until age (null = no expiry)
    [14, 25],
    [20, 25],
    [22, 25],
    [23, 40], // within 2 years before 25 → valid to the next milestone
    [24, 40],
    [25, 40],
    [37, 40],
    [38, 60], // within 2 years before 40
    [39, 60],
    [40, 60],
    [57, 60],
    [58, null], // within 2 years before 60: no milestone after it
    [59, null],
    [60, null], // after the age-60 renewal
    [75, null],
  ])('issued at %i → %s', (age, until) => {
    const input = issuedAtAge(age, 2020);
    const expiry = cardExpiry(input);
    expect(expiry.law).toBe('citizen-identification-2014');
    if (until === null) expect(expiry.kind).toBe('none');
    else expect(expiry).toMatchObject({ kind: 'date', date: `${2020 - age + until}-03-10`, atAge: until });
  });
});

describe('Law on Identification 2023 (renew at 14, 25, 40, 60)', () => {
  it.each([
    [0, 14],
    [5, 14],
    [11, 14], // under 12 → to 14
    [12, 25], // 12–14 → to 25
    [13, 25],
    [14, 25],
    [22, 25],
    [23, 40], // 23–25 → to 40
    [25, 40],
    [37, 40],
    [38, 60], // 38–40 → to 60
    [40, 60],
    [57, 60],
    [58, null], // 58 or older → no expiry
    [60, null],
    [80, null],
  ])('issued at %i → %s', (age, until) => {
    const input = issuedAtAge(age, 2025);
    const expiry = cardExpiry(input);
    expect(expiry.law).toBe('identification-2023');
    if (until === null) expect(expiry.kind).toBe('none');
    else expect(expiry).toMatchObject({ kind: 'date', date: `${2025 - age + until}-03-10`, atAge: until });
  });
});

describe('boundaries', () => {
  it('picks the law by issue date: 30 June 2024 is the 2014 law, 1 July 2024 the 2023 law', () => {
    expect(lawForIssueDate('2024-06-30').id).toBe('citizen-identification-2014');
    expect(lawForIssueDate('2024-07-01').id).toBe('identification-2023');
    // An 11-year-old: to 25 under the 2014 rule shape, to 14 under the 2023 law.
    expect(cardExpiry({ dateOfBirth: '2013-01-01', issueDate: '2024-06-30' })).toMatchObject({ atAge: 25 });
    expect(cardExpiry({ dateOfBirth: '2013-01-01', issueDate: '2024-07-01' })).toMatchObject({ atAge: 14 });
  });

  it('counts the 2-year window from the birthday: the day before the 23rd birthday is still "to 25"', () => {
    expect(cardExpiry({ dateOfBirth: '1993-01-05', issueDate: '2016-01-04' })).toMatchObject({ date: '2018-01-05' });
    // Sample MRZ: DOB 930105 → expiry 330105.
    expect(cardExpiry({ dateOfBirth: '1993-01-05', issueDate: '2016-01-05' })).toMatchObject({ date: '2033-01-05' });
  });

  it('gives both candidate days for a 29 February birthday that expires in a common year', () => {
    expect(cardExpiry({ dateOfBirth: '2000-02-29', issueDate: '2021-05-01' })).toMatchObject({
      kind: 'date',
      date: '2025-02-28',
      alternativeDates: ['2025-03-01'],
    });
  });

  it('validUntilAge follows the milestone table', () => {
    expect(LAW_2014.milestones.map((m) => validUntilAge(LAW_2014, m - 3))).toEqual([25, 40, 60]);
    expect(LAW_2023.milestones.map((m) => validUntilAge(LAW_2023, m - 2))).toEqual([25, 40, 60, null]);
  });
});

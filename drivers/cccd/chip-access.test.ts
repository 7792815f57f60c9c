import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveChipAccess } from './chip-access';

const TODAY = '2025-11-23';
const expiries = (r: ReturnType<typeof deriveChipAccess>) => (r.ok ? r.value.bacCandidates.map((c) => c.dateOfExpiry) : null);

describe('deriveChipAccess', () => {
  it('takes the CAN from the last 6 digits and the document number from the last 9', () => {
    const r = deriveChipAccess('001093012345', { today: TODAY });
    expect(r).toEqual({ ok: true, value: { can: '012345', bacCandidates: [] } });
  });

  it('puts the exact rule first when the QR gives the issue date', () => {
    const r = deriveChipAccess({ personalId: '001093012345', dateOfBirth: '1993-01-05', issueDate: '2021-07-15' }, { today: TODAY });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.bacCandidates[0]).toEqual({
      documentNumber: '093012345',
      dateOfBirth: '930105',
      dateOfExpiry: '330105',
      basis: 'issue-date-rule',
      law: 'citizen-identification-2014',
    });
    // No duplicate of the same expiry among the fallbacks.
    expect(expiries(r)).toEqual(['330105']);
  });

  it('falls back to the plausible expiries after an exact rule that fails', () => {
    // Issued at 38 under the 2014 law → to 60; at 39 now, a card issued before 38 would be valid to 40.
    const r = deriveChipAccess({ personalId: '001086012345', dateOfBirth: '1986-06-01', issueDate: '2024-06-10' }, { today: TODAY });
    expect(expiries(r)).toEqual(['460601', '260601']);
  });

  it.each([
    // date of birth, expected expiries (issue date unknown), why
    ['1993-01-05', ['330105'], 'age 32: every possible card runs to 40'],
    ['1986-06-01', ['260601', '460601'], 'age 39: to 40, or to 60 when issued at 38'],
    ['1966-03-01', ['260301', '991231', '<<<<<<'], 'age 59: to 60, or no expiry when issued at 58+'],
    ['1964-03-01', ['991231', '<<<<<<', '240301'], 'age 61: no expiry, or the card that expired at 60'],
    ['1955-03-01', ['991231', '<<<<<<'], 'age 70: no expiry'],
    ['2011-08-01', ['360801'], 'age 14, first card under the 2023 law at 12+: to 25'],
    ['2015-01-01', ['290101'], 'age 10 under the 2023 law: to 14'],
    ['2001-02-01', ['260201', '410201'], 'age 24: to 25, or to 40 when issued at 23+'],
    ['2000-06-01', ['400601', '250601'], 'age 25: to 40, or a card issued before 23 that expired at 25 this year'],
  ])('DOB %s → %j (%s)', (dateOfBirth, expected) => {
    expect(expiries(deriveChipAccess({ personalId: '001000000000', dateOfBirth }, { today: TODAY }))).toEqual(expected);
  });

  it('takes the "no expiry" encodings from configuration', () => {
    const r = deriveChipAccess(
      { personalId: '001055012345', dateOfBirth: '1955-03-01', issueDate: '2021-01-01' },
      { today: TODAY, noExpiryEncodings: ['000000'] },
    );
    expect(r.ok && r.value.bacCandidates).toEqual([
      { documentNumber: '055012345', dateOfBirth: '550301', dateOfExpiry: '000000', basis: 'issue-date-rule', law: 'citizen-identification-2014' },
    ]);
  });

  it('rejects an invalid ID and invalid dates with codes', () => {
    expect(deriveChipAccess('12345')).toMatchObject({ ok: false, error: { code: 'cccd.id-invalid' } });
    expect(deriveChipAccess({ personalId: '001093012345', dateOfBirth: '05/01/1993' })).toMatchObject({
      ok: false,
      error: { code: 'cccd.date-invalid' },
    });
  });

  it('never throws for any ID text and any real date of birth', () => {
    fc.assert(
      fc.property(fc.string(), fc.date({ min: new Date('1900-01-01'), max: new Date('2025-11-23'), noInvalidDate: true }), (id, d) => {
        const dob = d.toISOString().slice(0, 10);
        const r = deriveChipAccess({ personalId: id, dateOfBirth: dob }, { today: TODAY });
        return typeof r.ok === 'boolean';
      }),
    );
  });
});

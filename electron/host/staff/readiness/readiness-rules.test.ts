import { describe, expect, it } from 'vitest';
import type { CitizenAnswers } from '../../../api/staff';
import { ageCheck, assessReadiness, daysBetween, expiryCheck, type CitizenFacts } from './readiness-rules';

const TODAY = '2026-11-20';
// ID 001 0 93 012345: male born 1993 (cccd.md); consistent with 1993-01-05.
const adult: CitizenFacts = { idNumber: '001093012345', dateOfBirth: '1993-01-05', cardExpiry: '2033-01-05', cardKind: 'chip', passiveAuth: 'verified' };
const yes: CitizenAnswers = { ownNameSim: 'yes', phone: 'nfc', vneidInstalled: 'yes', guardianPresent: null };

describe('age rule (14 or older, else the guardian path)', () => {
  it.each([
    ['2012-11-20', null, 'pass', undefined], // 14th birthday today
    ['2012-11-21', null, 'guardian', 'age-6-13'], // 14 tomorrow
    ['2020-11-20', true, 'guardian', 'age-6-13'], // 6 today
    ['2020-11-21', null, 'guardian', 'age-under-6'],
    ['2020-11-21', false, 'fail', 'age-under-6'],
    ['2015-03-01', false, 'fail', 'age-6-13'],
    ['1940-02-29', null, 'pass', undefined],
    ['2027-01-01', null, 'fail', 'birth-date-in-future'],
  ] as const)('born %s, guardian %s → %s (%s)', (dob, guardian, status, note) => {
    const c = ageCheck(dob, TODAY, guardian);
    expect(c.status).toBe(status);
    expect(c.note).toBe(note);
  });

  it('turns 14 on 1 March in a common year for a 29 February birthday', () => {
    expect(ageCheck('2012-02-29', '2026-02-28', null).status).toBe('guardian');
    expect(ageCheck('2012-02-29', '2026-03-01', null).status).toBe('pass');
  });
});

describe('card expiry rule (valid through the expiry date)', () => {
  it.each([
    [null, 'pass', 'no-expiry'],
    [undefined, 'unknown', 'expiry-unknown'],
    ['2026-11-19', 'fail', undefined],
    ['2026-11-20', 'warn', 'card-expiring-soon'],
    ['2026-12-20', 'warn', 'card-expiring-soon'],
    ['2026-12-21', 'pass', undefined],
    ['2040-01-01', 'pass', undefined],
  ] as const)('expiry %s → %s', (expiry, status, note) => {
    const c = expiryCheck(expiry, TODAY);
    expect(c.status).toBe(status);
    expect(c.note).toBe(note);
    if (status === 'fail') expect(c.reason).toBe('card-expired');
  });
  it('counts days between civil dates', () => {
    expect(daysBetween('2026-11-20', '2026-12-20')).toBe(30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('assessReadiness', () => {
  const verdict = (facts: Partial<CitizenFacts>, answers: Partial<CitizenAnswers>, goal: Parameters<typeof assessReadiness>[3] = 'vneid-level1') =>
    assessReadiness({ ...adult, ...facts }, { ...yes, ...answers }, TODAY, goal);

  it.each([
    ['everything fine', {}, {}, 'vneid-level1', 'ready'],
    ['no own-name SIM', {}, { ownNameSim: 'no' }, 'vneid-level1', 'not-ready'],
    ['SIM not asked yet', {}, { ownNameSim: null }, 'vneid-level1', 'incomplete'],
    ['phone without NFC scans the QR', {}, { phone: 'qr-only' }, 'vneid-level1', 'ready'],
    ['no smartphone', {}, { phone: 'no-smartphone' }, 'vneid-level1', 'not-ready'],
    ['VNeID not installed yet', {}, { vneidInstalled: 'no' }, 'vneid-level1', 'ready'],
    ['card expired', { cardExpiry: '2026-01-05' }, {}, 'vneid-level1', 'not-ready'],
    ['card expired, only linking the portal', { cardExpiry: '2026-01-05' }, {}, 'portal-link', 'ready'],
    ['no chip', { cardKind: 'no-chip' }, {}, 'vneid-level1', 'not-ready'],
    ['chip forged or broken', { passiveAuth: 'failed' }, {}, 'vneid-level1', 'not-ready'],
    ['no trust anchor for the chip', { passiveAuth: 'not-checkable' }, {}, 'vneid-level1', 'ready'],
    ['typed on the keypad', { passiveAuth: 'not-read' }, {}, 'vneid-level1', 'ready'],
    ['ID says born 1993, card says 1994', { dateOfBirth: '1994-01-05' }, {}, 'vneid-level1', 'not-ready'],
    ['child of 10 with guardian', { idNumber: '001216012345', dateOfBirth: '2016-05-05' }, { guardianPresent: true }, 'vneid-level1', 'ready-with-guardian'],
    ['child of 10, guardian not asked', { idNumber: '001216012345', dateOfBirth: '2016-05-05' }, { guardianPresent: null }, 'vneid-level1', 'incomplete'],
    ['child of 10, no guardian', { idNumber: '001216012345', dateOfBirth: '2016-05-05' }, { guardianPresent: false }, 'vneid-level1', 'not-ready'],
    ['activation ignores the card', { cardKind: 'no-chip' }, {}, 'vneid-activation', 'ready'],
    ['first dossier needs nothing', {}, { ownNameSim: 'no', phone: 'no-smartphone' }, 'first-dossier', 'ready'],
  ] as const)('%s → %s', (_label, facts, answers, goal, expected) => {
    expect(verdict(facts, answers, goal).verdict).toBe(expected);
  });

  it('names the failing checks with reasons from the fixed list', () => {
    const r = verdict({ cardExpiry: '2026-01-05', dateOfBirth: '1994-01-05' }, { ownNameSim: 'no', phone: 'qr-only' });
    const byName = Object.fromEntries(r.checks.map((c) => [c.check, c]));
    expect(byName['card-valid']).toMatchObject({ status: 'fail', reason: 'card-expired', blocking: true });
    expect(byName['id-consistent']).toMatchObject({ status: 'fail', reason: 'data-mismatch', note: 'birth-year' });
    expect(byName['own-name-sim']).toMatchObject({ status: 'fail', reason: 'no-own-name-sim' });
    expect(byName['phone-capable']).toMatchObject({ status: 'warn', reason: 'phone-without-nfc', note: 'qr-instead-of-nfc' });
    expect(byName['vneid-installed']).toMatchObject({ status: 'pass', blocking: false });
    expect(r.checks.map((c) => c.check)).toEqual(['age', 'card-chip', 'card-valid', 'chip-authentic', 'id-consistent', 'own-name-sim', 'phone-capable', 'vneid-installed']);
  });

  it('uses level 1 blocking rules when no goal is chosen yet', () => {
    expect(assessReadiness(adult, { ...yes, ownNameSim: 'no' }, TODAY, null).verdict).toBe('not-ready');
  });
});

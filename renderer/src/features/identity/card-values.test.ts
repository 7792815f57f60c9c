import { describe, expect, it } from 'vitest';
import type { IdentityView } from '../../../../electron/api/identity';
import { cardFieldValue, formatCardDate, maskIdNumber } from './card-values';

const view: IdentityView = {
  source: 'chip',
  idNumber: '001093012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1993-01-05',
  sex: 'Nam',
  nationality: 'Việt Nam',
  placeOfOrigin: 'Xã Đông Hội, huyện Đông Anh, Hà Nội',
  placeOfResidence: 'Số 12 ngõ 34 phố Hàng Bạc, phường Hàng Đào, quận Hoàn Kiếm, Hà Nội',
  dateOfIssue: '2021-04-10',
  expiry: { kind: 'date', date: '2033-01-05' },
  oldIdNumber: '012345678',
  passiveAuth: 'verified',
  integrity: 'ok',
};

describe('card values for the guide', () => {
  it.each([
    ['idNumber', '001093012345'],
    ['fullName', 'Nguyễn Văn An'],
    ['dateOfBirth', '05/01/1993'],
    ['sex', 'Nam'],
    ['issueDate', '10/04/2021'],
    ['expiryDate', '05/01/2033'],
    ['oldIdNumber', '012345678'],
    ['fatherName', null],
  ] as const)('%s → %s', (field, value) => {
    expect(cardFieldValue(view, field)).toBe(value);
  });

  it('says "no expiry" for cards without one and nothing when unknown', () => {
    expect(cardFieldValue({ ...view, expiry: { kind: 'none' } }, 'expiryDate')).toBe('Không thời hạn');
    expect(cardFieldValue({ ...view, expiry: { kind: 'unknown' } }, 'expiryDate')).toBeNull();
    expect(cardFieldValue({ ...view, dateOfBirth: null }, 'dateOfBirth')).toBeNull();
  });

  it('formats dates and masks the ID to first 3 and last 2 digits', () => {
    expect(formatCardDate('2026-12-31')).toBe('31/12/2026');
    expect(formatCardDate('garbage')).toBe('garbage');
    expect(maskIdNumber('001093012345')).toBe('001*******45');
  });
});

import { describe, expect, it } from 'vitest';
import { formatTd1, mrzCheckDigit, parseMrz, toMrzText } from './mrz';

// ICAO 9303-5 Appendix (TD1 specimen) and 9303-4 Appendix (TD3 specimen), Utopia's Anna Maria Eriksson.
const TD1_SPECIMEN = 'I<UTOD231458907<<<<<<<<<<<<<<<' + '7408122F1204159UTO<<<<<<<<<<<6' + 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<';
const TD3_SPECIMEN = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' + 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

describe('mrzCheckDigit (ICAO 9303-3 §4.9)', () => {
  it.each([
    ['D23145890', 7],
    ['740812', 2],
    ['120415', 9],
    ['L898902C3', 6],
    ['ZE184226B<<<<<', 1],
    ['<<<<<<', 0],
  ])('%s → %i', (field, digit) => expect(mrzCheckDigit(field)).toBe(digit));
});

describe('parseMrz', () => {
  it('reads the ICAO TD1 specimen with every check digit valid', () => {
    const r = parseMrz(TD1_SPECIMEN);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      format: 'TD1',
      documentCode: 'I',
      issuingState: 'UTO',
      documentNumber: 'D23145890',
      dateOfBirth: '740812',
      sex: 'F',
      dateOfExpiry: '120415',
      nationality: 'UTO',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
    });
    expect(r.value.checks.every((c) => c.valid)).toBe(true);
    expect(r.value.vnPersonalId).toBeUndefined();
  });

  it('reads the ICAO TD3 specimen, line breaks allowed', () => {
    const r = parseMrz(`${TD3_SPECIMEN.slice(0, 44)}\n${TD3_SPECIMEN.slice(44)}`);
    expect(r.ok && r.value).toMatchObject({ format: 'TD3', documentNumber: 'L898902C3', optionalData2: 'ZE184226B', surname: 'ERIKSSON' });
    expect(r.ok && r.value.checks.every((c) => c.valid)).toBe(true);
  });

  it('reports each wrong check digit by field', () => {
    const broken = TD1_SPECIMEN.slice(0, 14) + '8' + TD1_SPECIMEN.slice(15);
    const r = parseMrz(broken);
    expect(r.ok && r.value.checks.filter((c) => !c.valid).map((c) => c.field)).toEqual(['documentNumber', 'composite']);
  });

  it('reads the VN layout: document number = last 9 digits, optional data starts with the 12-digit ID', () => {
    const mrz = formatTd1({
      documentCode: 'ID', issuingState: 'VNM', documentNumber: '093012345', optionalData1: '001093012345',
      dateOfBirth: '930105', sex: 'M', dateOfExpiry: '330105', nationality: 'VNM', optionalData2: '',
      surname: 'NGUYEN', givenNames: 'VAN AN',
    });
    expect(mrz.length).toBe(90);
    expect(mrz.slice(0, 30)).toBe('IDVNM0930123453001093012345<<<');
    const r = parseMrz(mrz);
    expect(r.ok && r.value).toMatchObject({ vnPersonalId: '001093012345', surname: 'NGUYEN', givenNames: 'VAN AN', dateOfExpiry: '330105' });
    expect(r.ok && r.value.checks.every((c) => c.valid)).toBe(true);
  });

  it('treats an all-filler expiry as no expiry but keeps the printed field', () => {
    const mrz = formatTd1({
      documentCode: 'ID', issuingState: 'VNM', documentNumber: '160004321', optionalData1: '079160004321',
      dateOfBirth: '600315', sex: 'F', dateOfExpiry: '<<<<<<', nationality: 'VNM', optionalData2: '',
      surname: 'TRAN', givenNames: 'THI BINH',
    });
    const r = parseMrz(mrz);
    expect(r.ok && r.value.dateOfExpiry).toBeNull();
    expect(r.ok && r.value.dateOfExpiryField).toBe('<<<<<<');
  });

  it.each([
    ['bad length', 'ABC', 'mrz.bad-length'],
    ['lower case', TD1_SPECIMEN.toLowerCase(), 'mrz.bad-characters'],
  ])('rejects %s', (_n, text, code) => {
    const r = parseMrz(text);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it('turns Vietnamese names into MRZ text', () => {
    expect(toMrzText('Nguyễn Văn An')).toBe('NGUYEN<VAN<AN');
    expect(toMrzText('Đỗ Thị Ánh')).toBe('DO<THI<ANH');
    expect(toMrzText('Trần  Thị Bình'.normalize('NFD'))).toBe('TRAN<THI<BINH');
  });
});

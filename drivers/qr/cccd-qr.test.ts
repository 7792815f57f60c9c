import { describe, expect, it } from 'vitest';
import { parseCccdQr, sexFromText } from './cccd-qr';

const NAME = 'Nguyễn Thị Ngọc Ánh';
const ADDRESS = 'Số 12, Đường Trần Hưng Đạo, Phường Bến Nghé, Thành phố Hồ Chí Minh';
const QR = `079193004567|272618899|${NAME}|05011993|Nữ|${ADDRESS}|15072021`;

describe('parseCccdQr', () => {
  it('reads the seven fields of a real-shaped card QR', () => {
    expect(parseCccdQr(QR)).toEqual({
      kind: 'cccd',
      fields: {
        personalId: '079193004567',
        oldIdNumber: '272618899',
        fullName: NAME,
        dateOfBirth: '1993-01-05',
        sex: 'female',
        sexText: 'Nữ',
        address: ADDRESS,
        issueDate: '2021-07-15',
        extraFields: [],
        idCheck: { status: 'consistent' },
      },
      integrity: { status: 'ok' },
    });
  });

  it('gives the same NFC result for an NFD payload', () => {
    const nfd = QR.normalize('NFD');
    expect(nfd).not.toBe(QR);
    const r = parseCccdQr(nfd);
    expect(r?.kind).toBe('cccd');
    expect(r?.kind === 'cccd' && r.fields.fullName).toBe(NAME);
    expect(r?.kind === 'cccd' && r.fields.address).toBe(ADDRESS);
    expect(r?.integrity).toEqual({ status: 'ok' });
  });

  it('reads an empty old-ID field as null', () => {
    const r = parseCccdQr(`036205000001||Trần Văn Bình|12032005|Nam|Xã Hải Hậu, Tỉnh Nam Định|01022022`);
    expect(r?.kind === 'cccd' && r.fields).toMatchObject({ oldIdNumber: null, sex: 'male', dateOfBirth: '2005-03-12' });
  });

  it('keeps extra trailing fields and never reads fields from the end', () => {
    const r = parseCccdQr(`${QR}|Con: Lê Văn C|ABC123|`);
    expect(r?.kind).toBe('cccd');
    if (r?.kind !== 'cccd') return;
    expect(r.fields.issueDate).toBe('2021-07-15');
    expect(r.fields.address).toBe(ADDRESS);
    expect(r.fields.extraFields).toEqual(['Con: Lê Văn C', 'ABC123', '']);
  });

  it('strips CR/LF around the payload and inside fields', () => {
    const r = parseCccdQr(`\r\n079193004567|272618899|Nguyễn Thị\r\nNgọc Ánh|05011993|Nữ|${ADDRESS}|15072021\r\n`);
    expect(r?.kind === 'cccd' && r.fields.fullName).toBe(NAME);
    expect(r?.kind === 'cccd' && r.fields.issueDate).toBe('2021-07-15');
    expect(r?.integrity).toEqual({ status: 'ok' });
  });

  it('reports six fields as an unknown card layout, fields kept', () => {
    const six = `079193004567|272618899|${NAME}|05011993|Nữ|${ADDRESS}`;
    expect(parseCccdQr(six)).toEqual({
      kind: 'cccd-unknown-layout',
      fields: { values: ['079193004567', '272618899', NAME, '05011993', 'Nữ', ADDRESS], personalId: '079193004567' },
      integrity: { status: 'ok' },
    });
  });

  it('reports a seven-field payload with a broken date as an unknown card layout', () => {
    expect(parseCccdQr(`079193004567||${NAME}|32131993|Nữ|${ADDRESS}|15072021`)?.kind).toBe('cccd-unknown-layout');
  });

  it('flags an ID that disagrees with the DOB and sex (data error, not damage)', () => {
    const r = parseCccdQr(`079093004567||${NAME}|05011994|Nữ|${ADDRESS}|15072021`);
    expect(r?.kind === 'cccd' && r.fields.idCheck).toEqual({ status: 'inconsistent', mismatches: ['birth-year', 'sex'] });
    expect(r?.integrity).toEqual({ status: 'ok' });
  });

  it('keeps an empty or broken issue date as null', () => {
    const r = parseCccdQr(`079193004567||${NAME}|05011993|Nữ|${ADDRESS}|`);
    expect(r?.kind === 'cccd' && r.fields.issueDate).toBeNull();
  });

  it.each(['', 'hello', 'a|b|c', '12345|x', 'https://example.com/a|b'])('is not a card QR: %j', (text) => {
    expect(parseCccdQr(text)).toBeNull();
  });
});

describe('parseCccdQr damage detection', () => {
  const utf8 = new TextEncoder().encode(QR);
  it('flags UTF-8 read as Windows-1252 (keyboard wedge, Alt codes)', () => {
    const wedge = new TextDecoder('windows-1252').decode(utf8);
    const r = parseCccdQr(wedge);
    expect(r?.kind).toBe('cccd');
    expect(r?.integrity).toMatchObject({ status: 'damaged', reasons: expect.arrayContaining(['mojibake']) });
  });

  const big5 = (s: string) => new TextDecoder('big5').decode(new TextEncoder().encode(s));
  it('flags UTF-8 read as Big5 ("Huỳnh" → "Hu廙軟h")', () => {
    const r = parseCccdQr(big5('001093012345||Huỳnh Văn An|05011993|Nam|Phường 1, Quận 3, TP HCM|15072021'));
    expect(r?.kind === 'cccd' && r.fields.fullName).toContain('Hu廙軟h');
    expect(r?.integrity).toMatchObject({ status: 'damaged', reasons: expect.arrayContaining(['cjk-in-name']) });
  });

  it('flags a Big5 misreading that swallowed a "|" (unknown layout)', () => {
    const r = parseCccdQr(big5(QR));
    expect(r?.kind).toBe('cccd-unknown-layout');
    expect(r?.integrity).toMatchObject({ status: 'damaged', reasons: expect.arrayContaining(['cjk-in-name']) });
  });

  it('flags a name and address that both lost every diacritic', () => {
    const r = parseCccdQr('079193004567||Nguyen Thi Ngoc Anh|05011993|Nu|So 12, Duong Tran Hung Dao, Phuong Ben Nghe, TP HCM|15072021');
    expect(r?.kind === 'cccd' && r.fields.sex).toBe('female');
    expect(r?.integrity).toEqual({ status: 'damaged', reasons: ['diacritics-lost'] });
  });

  it('accepts a name without marks when the address has them (a real name can be unmarked)', () => {
    expect(parseCccdQr(`079193004567||Lo Van A|05011993|Nữ|${ADDRESS}|15072021`)?.integrity).toEqual({ status: 'ok' });
  });

  it.each([
    ['replacement-character', QR.replace('Ánh', '\uFFFDnh')],
    ['question-mark-substitution', QR.replace('Nguyễn', 'Nguy?n')],
    ['control-character', QR.replace('Ánh', 'Á\u0007nh')],
  ])('flags %s', (reason, text) => {
    expect(parseCccdQr(text)?.integrity).toMatchObject({ status: 'damaged', reasons: expect.arrayContaining([reason]) });
  });

  it('passes upstream invalid-UTF-8 damage through', () => {
    expect(parseCccdQr(QR, ['invalid-utf8'])?.integrity).toEqual({ status: 'damaged', reasons: ['invalid-utf8'] });
  });
});

describe('sexFromText', () => {
  it.each([
    ['Nam', 'male'],
    ['Nữ', 'female'],
    ['Nữ'.normalize('NFD'), 'female'],
    ['NU', 'female'],
    ['N?', null],
    ['', null],
  ] as const)('%j → %s', (text, sex) => {
    expect(sexFromText(text)).toBe(sex);
  });
});

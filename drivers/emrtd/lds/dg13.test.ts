import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeInteger, encodeOid, encodePrintableString, encodeSequence, encodeSet, encodeUtf8String } from './der';
import { parseDg13, toIsoDate } from './dg13';
import { encodeTlv } from './tlv';

const field = (n: number, ...values: Uint8Array[]) => encodeSequence(encodeInteger(n), ...values);
const dg13 = (...fields: Uint8Array[]) => encodeTlv(0x6d, encodeSequence(encodeInteger(1), encodeOid('1.0.10646.1.0.8'), encodeSet(...fields)));
const u = encodeUtf8String;

const FULL = dg13(
  field(1, encodePrintableString('001093012345')),
  field(2, u('Nguyễn Văn An')),
  field(3, u('05/01/1993')),
  field(4, u('Nam')),
  field(5, u('Việt Nam')),
  field(6, u('Kinh')),
  field(7, u('Không')),
  field(8, u('Đông Anh, Hà Nội')),
  field(9, u('Hàng Bạc, Hoàn Kiếm, Hà Nội')),
  field(10, u('Nốt ruồi C:1cm')),
  field(11, u('10/04/2021')),
  field(12, u('05/01/2033')),
  field(13, encodeSequence(u('Nguyễn Văn Bảo')), encodeSequence(u('Lê Thị Cúc'))),
  field(14, encodeSequence(u('Phạm Thị Dung'))),
  field(15, encodePrintableString('012345678')),
  field(16, encodePrintableString('ABCDEF0123456789')),
);

describe('parseDg13', () => {
  it('maps every field by number to English names, dates to ISO', () => {
    const r = parseDg13(FULL, { includeSensitive: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      idNumber: '001093012345',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1993-01-05',
      sex: 'male',
      nationality: 'Việt Nam',
      ethnicity: 'Kinh',
      religion: 'Không',
      placeOfOrigin: 'Đông Anh, Hà Nội',
      placeOfResidence: 'Hàng Bạc, Hoàn Kiếm, Hà Nội',
      identifyingMarks: 'Nốt ruồi C:1cm',
      dateOfIssue: '2021-04-10',
      dateOfExpiry: '2033-01-05',
      fatherName: 'Nguyễn Văn Bảo',
      motherName: 'Lê Thị Cúc',
      spouseName: 'Phạm Thị Dung',
      oldIdNumber: '012345678',
      problems: [],
    });
    expect(r.value.unknownFields.map((f) => f.field)).toEqual([16]);
    expect(Buffer.from(r.value.unknownFields[0]?.raw ?? []).toString('latin1')).toContain('ABCDEF0123456789');
  });

  it('leaves ethnicity and religion out unless includeSensitive is set', () => {
    const r = parseDg13(FULL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect('ethnicity' in r.value).toBe(false);
    expect('religion' in r.value).toBe(false);
    expect(JSON.stringify(r.value)).not.toContain('Kinh');
  });

  it('reads fields in any order, tolerates missing and empty ones', () => {
    const r = parseDg13(dg13(field(12, u('Không thời hạn')), field(4, u('Nữ'.normalize('NFD'))), field(2, u('Trần Thị Bình'.normalize('NFD'))), field(14), field(9, u(''))));
    expect(r.ok && r.value).toEqual({
      dateOfExpiry: null,
      sex: 'female',
      fullName: 'Trần Thị Bình',
      unknownFields: [],
      problems: [],
    });
  });

  it('reports unreadable known fields as problems instead of failing the card', () => {
    const badUtf8 = encodeTlv(0x0c, Uint8Array.of(0xc3, 0x28));
    const r = parseDg13(dg13(field(2, badUtf8), field(3, u('31/02/1990')), field(4, u('X')), field(1, encodePrintableString('001093012345'))));
    expect(r.ok && r.value.problems).toEqual([
      { field: 2, code: 'dg13.bad-text' },
      { field: 3, code: 'dg13.bad-date' },
      { field: 4, code: 'dg13.bad-sex' },
    ]);
    expect(r.ok && r.value.idNumber).toBe('001093012345');
  });

  it.each([
    ['wrong tag', encodeTlv(0x6e, new Uint8Array())],
    ['no SET', encodeTlv(0x6d, encodeSequence(encodeInteger(1)))],
    ['field without number', dg13(encodeSequence(u('x')))],
  ])('rejects %s with dg13.malformed', (_n, bytes) => {
    const r = parseDg13(bytes);
    expect(!r.ok && r.error.code).toBe('dg13.malformed');
  });

  it('converts dates and checks the calendar', () => {
    expect(toIsoDate('29/02/2024')).toBe('2024-02-29');
    expect(toIsoDate('29/02/2023')).toBeUndefined();
    expect(toIsoDate('05011993')).toBe('1993-01-05');
    expect(toIsoDate('1993-01-05')).toBeUndefined();
  });

  it('property: mutated and random bytes give a DG13 or a typed error', () => {
    const mutated = fc.array(fc.tuple(fc.nat(FULL.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map((edits) => {
      const b = FULL.slice();
      for (const [i, v] of edits) b[i] = v;
      return b;
    });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.uint8Array({ maxLength: 200 }), fc.nat(FULL.length).map((n) => FULL.slice(0, n))), fc.boolean(), (bytes, includeSensitive) => {
        const r = parseDg13(bytes, { includeSensitive });
        if (!r.ok) expect(r.error.code).toBe('dg13.malformed');
        else if (!includeSensitive) expect(r.value.ethnicity ?? r.value.religion).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });
});

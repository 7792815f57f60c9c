import { describe, expect, it } from 'vitest';
import { defaultWardRules } from './default-ward-rules';
import { mapPortalRecord, officialPage } from './map-record';
import { birthRecord, customsRecord, marriageRecord } from './testing/portal-fixtures';

const facts = { keepTexts: false, wardRules: defaultWardRules };
const full = { keepTexts: true, wardRules: defaultWardRules };

function mapped(raw: unknown, options = facts) {
  const m = mapPortalRecord(raw, options);
  if (!m.ok) throw new Error(m.problems.join('; '));
  return m;
}

describe('mapPortalRecord (procedures.md, "What real records look like")', () => {
  it('keeps papers to show apart from papers to hand in, and note rows (0 originals, 0 copies) as notes', () => {
    const p = mapped(marriageRecord(), full).procedure;
    expect(p.documents.map((c) => [c.title, c.present ?? false, c.documents.length, c.notes?.length ?? 0])).toEqual([
      ['* Giấy tờ phải xuất trình:', true, 1, 1],
      ['* Lưu ý :', false, 0, 1],
      [undefined, false, 1, 0],
    ]);
    expect(p.documents[2]!.documents[0]).toEqual({ name: '- Tờ khai đăng ký kết hôn theo mẫu', originals: 1, copies: 0, required: true, formFiles: ['TK-ket-hon.docx'] });
  });

  it('a facts-only mapping counts the note rows instead of shipping their text, and drops the long texts', () => {
    const p = mapped(marriageRecord()).procedure;
    expect(p.documents.map((c) => [c.notes, c.notesOmitted])).toEqual([[undefined, 1], [undefined, 1], [undefined, undefined]]);
    expect([p.steps, p.conditions, p.where]).toEqual([[], undefined, undefined]);
    const withTexts = mapped(marriageRecord(), full).procedure;
    expect(withTexts.steps).toEqual(['Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.']);
    expect(withTexts.conditions).toBe('Hai bên đáp ứng điều kiện kết hôn.');
  });

  it('keeps an OTHER time unit as published and the working days the case codes state', () => {
    const p = mapped(marriageRecord()).procedure;
    expect(p.channels.map((c) => [c.kind, c.time])).toEqual([
      ['online', { value: 1, unit: 'other' }], ['postal', { value: 1, unit: 'other' }], ['inPerson', { value: 1, unit: 'other' }],
    ]);
    expect(p.caseCodes).toEqual([
      { code: '1.000894.02', name: 'Thủ tục đăng ký kết hôn', time: { value: 1, unit: 'workingDay' } },
      { code: '1.000894.01', name: 'Thủ tục đăng ký kết hôn', time: { value: 1, unit: 'day' } },
    ]);
  });

  it('keeps a 0 amount with the rule its description states, and the kind of each amount', () => {
    const p = mapped(marriageRecord({}, { executionMethods: [{
      submissionMethod: 'DIRECT', processingTime: 7, processingTimeUnit: 'WORKING_DAY', fees: [
        { type: 'FEE', value: 20000, description: 'Trường hợp nộp trực tiếp thu 20.000 đồng/lần.' },
        { type: 'SERVICE_FEE', value: 0, description: 'Do HĐND tỉnh quy định.' },
        { type: 'PRICE_LEVEL', value: 5000 },
      ],
    }] })).procedure;
    expect(p.channels[0]!.feeItems).toEqual([
      { amount: 20000, kind: 'fee', appliesTo: 'Trường hợp nộp trực tiếp thu 20.000 đồng/lần.' },
      { amount: 0, kind: 'charge', appliesTo: 'Do HĐND tỉnh quy định.' },
      { amount: 5000, kind: 'price' },
    ]);
    expect(p.channels[0]!.time).toEqual({ value: 7, unit: 'workingDay' });
  });

  it('reads agencies from all three places, spaces made plain, each name once', () => {
    const m = mapped(marriageRecord());
    expect(m.procedure.executingAgencies).toEqual(['Ủy ban Nhân dân xã, phường, thị trấn.']);
    const birth = mapped(birthRecord());
    expect(birth.procedure.executingAgencies).toEqual(['Ủy ban nhân dân cấp xã']);
    expect(birth.wardRule).toBe('ubnd-cap-xa');
  });

  it('does not take a customs procedure for the ward\'s although the portal flags it commune level', () => {
    const m = mapped(customsRecord());
    expect([m.communeFlag, m.wardRule]).toEqual([true, null]);
  });

  it('requires the commune flag besides a ward agency', () => {
    expect(mapped(marriageRecord({}, { isWard: false, isProvince: true })).wardRule).toBeNull();
  });

  it('keeps who published it, the decision, results, legal bases, online level, the record and its official page', () => {
    const p = mapped(marriageRecord()).procedure;
    expect(p).toMatchObject({
      code: '1.000894', name: 'Thủ tục đăng ký kết hôn', publisher: 'Bộ Tư pháp', decision: '163/QĐ-BTP', level: 'ward', levels: ['ward'],
      sector: 'ho-tich', onlineLevel: 'partial', who: 'Công dân Việt Nam',
      results: [{ name: 'Giấy chứng nhận kết hôn', code: 'KQ.G15.000032' }],
      legalBases: [{ number: '60/2014/QH13', title: 'Luật 60/2014/QH13' }],
      source: { recordId: '019d2bfd-3fac-7489-b53b-a15eb239a6fe', updatedAt: '2026-04-16', page: officialPage('019d2bfd-3fac-7489-b53b-a15eb239a6fe') },
    });
    expect(p.province).toBeUndefined();
    expect(mapped(marriageRecord({}, { isFullProcess: true })).procedure.onlineLevel).toBe('full');
  });

  it('tags a province\'s own procedure with its province', () => {
    const p = mapped(marriageRecord({}, { departmentPromulgateName: 'UBND tỉnh Tuyên Quang' })).procedure;
    expect(p.province).toBe('tỉnh Tuyên Quang');
  });

  it('keeps a time limit published as words, as published', () => {
    const p = mapped(marriageRecord({}, { executionMethods: [{ submissionMethod: 'DIRECT', processingTime: 'Không quy định', processingTimeUnit: 'OTHER', fees: [] }] })).procedure;
    expect(p.channels[0]).toEqual({ kind: 'inPerson', timeLimit: 'Không quy định', feeItems: [] });
  });

  it('reports what it cannot map and keeps the rest', () => {
    const m = mapPortalRecord(marriageRecord({}, { executionMethods: [
      { submissionMethod: 'FAX', fees: [] },
      { submissionMethod: 'DIRECT', processingTime: 3, processingTimeUnit: 'WORKING_DAY', fees: [{ type: 'FEE', value: null }] },
    ], cases: [{ code: '1.000894' }] }), facts);
    expect(m.ok).toBe(true);
    expect(m.problems).toEqual([
      'executionMethods[0]: unknown channel "FAX", left out',
      'executionMethods[1].fees[0]: fee "FEE" null not understood, left out',
      'cases[0]: case code "1.000894" is not of the form x.xxxxxx.nn, left out',
    ]);
  });

  it('leaves out a record without a usable code or detail, never throwing', () => {
    for (const raw of [null, 42, {}, { code: '1.0133611', detail: {} }, { code: '1.014955-Xoa', detail: {} }, { code: '1.000001', detail: { name: '' } }]) {
      const m = mapPortalRecord(raw, facts);
      expect(m.ok).toBe(false);
      expect(m.problems.length).toBeGreaterThan(0);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentObtain, DossierCase } from '../../../api/content';
import { applyObtainCell, writeObtainCell } from './obtain-cell';

const BIRTH: DocumentObtain = { where: 'Cơ sở y tế nơi trẻ được sinh ra', whereEn: 'The health facility where the child was born' };
const EXTRACT: DocumentObtain = { where: 'UBND cấp xã nơi đã đăng ký hộ tịch', online: 'https://dichvucong.gov.vn' };

const bare = (cases: readonly DossierCase[]): DossierCase[] =>
  cases.map((c) => ({ ...c, documents: c.documents.map(({ obtain: _, ...d }) => ({ ...d })) }));

describe('the "Nơi lấy giấy tờ" cell', () => {
  it('puts each line on the papers of that name, in every case, whatever the case and diacritics', () => {
    const cases: DossierCase[] = [
      { title: 'Sinh tại cơ sở y tế', documents: [{ name: 'Tờ khai', form: 'Mẫu 01' }, { name: 'Giấy chứng sinh' }] },
      { title: 'Sinh ngoài cơ sở y tế', documents: [{ name: 'Giấy chứng sinh' }, { name: 'Bản sao trích lục' }] },
    ];
    const problems = applyObtainCell(
      'GIAY CHUNG SINH | Cơ sở y tế nơi trẻ được sinh ra | The health facility where the child was born\n'
      + 'Bản sao trích lục | UBND cấp xã nơi đã đăng ký hộ tịch | https://dichvucong.gov.vn',
      cases,
    );
    expect(problems).toEqual([]);
    expect(cases[0]!.documents.map((d) => d.obtain)).toEqual([undefined, BIRTH]);
    expect(cases[1]!.documents.map((d) => d.obtain)).toEqual([BIRTH, EXTRACT]);
  });

  it('scopes lines under "## case" to that case, over the lines for every case', () => {
    const cases: DossierCase[] = [
      { title: 'A', documents: [{ name: 'Giấy chứng sinh' }] },
      { documents: [{ name: 'Giấy chứng sinh' }] },
    ];
    expect(applyObtainCell('Giấy chứng sinh | Nơi sinh\n## 2\nGiấy chứng sinh | Người làm chứng', cases)).toEqual([]);
    expect(cases.map((c) => c.documents[0]!.obtain?.where)).toEqual(['Nơi sinh', 'Người làm chứng']);
  });

  it('says which line names no document, no case, or no place', () => {
    const cases: DossierCase[] = [{ title: 'A', documents: [{ name: 'Giấy chứng sinh' }] }];
    expect(applyObtainCell('Di chúc | UBND\n## B\nGiấy chứng sinh | x\n## A\nGiấy chứng sinh\nGiấy chứng sinh | x | y | z\nGiấy chứng sinh | x', cases)).toEqual([
      'line 1: no document "Di chúc" in the documents column',
      'line 2: no case "B" in the documents column',
      'line 5: "Giấy chứng sinh" needs the place in plain words after the first "|"',
      'line 6: too many parts: "name | place | English place | https address"',
      'line 7: "Giấy chứng sinh" is given twice',
    ]);
  });

  it('writes nothing when no paper says where', () => {
    expect(writeObtainCell([{ documents: [{ name: 'Giấy chứng sinh' }] }])).toBe('');
  });

  it('writes one line per paper name, and case lines only where the cases differ', () => {
    const cases: DossierCase[] = [
      { title: 'A', documents: [{ name: 'Giấy chứng sinh', obtain: BIRTH }, { name: 'Tờ khai', obtain: { where: 'Tại quầy' } }] },
      { title: 'B', documents: [{ name: 'Giấy chứng sinh', obtain: BIRTH }, { name: 'Tờ khai' }] },
    ];
    expect(writeObtainCell(cases)).toBe(
      'Giấy chứng sinh | Cơ sở y tế nơi trẻ được sinh ra | The health facility where the child was born\n## A\nTờ khai | Tại quầy',
    );
  });

  const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[|\n\r#]/.test(s) && s.trim() === s && s !== '' && !/^[a-z]+:\/\//i.test(s));
  const obtain = fc.record({ where: text, whereEn: fc.option(text, { nil: undefined }), online: fc.option(fc.webUrl().map((u) => u.replace(/^http:/, 'https:')).filter((u) => !/[|\s]/.test(u)), { nil: undefined }) })
    .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as DocumentObtain);
  const caseList = fc.array(
    fc.record({
      title: fc.option(fc.constantFrom('Trường hợp 1', 'Trường hợp 2', '3', ''), { nil: undefined }),
      documents: fc.array(fc.record({ name: fc.constantFrom('Giấy chứng sinh', 'Tờ khai', 'Bản sao trích lục'), obtain: fc.option(obtain, { nil: undefined }) }), { maxLength: 3 }),
    }),
    { maxLength: 3 },
  ).map((cs) => cs.map((c) => ({
    ...(c.title === undefined ? {} : { title: c.title }),
    // One paper name once per case: the cell names papers, not rows.
    documents: c.documents.filter((d, i, all) => all.findIndex((x) => x.name === d.name) === i)
      .map((d) => (d.obtain ? d : { name: d.name })),
  })));

  it('reads back what it writes, for any cases', () => {
    fc.assert(fc.property(caseList, (cases) => {
      const back = bare(cases);
      expect(applyObtainCell(writeObtainCell(cases), back)).toEqual([]);
      expect(back).toEqual(cases);
    }));
  });

  it('never throws on any cell text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), caseList, (cell, cases) => {
      expect(Array.isArray(applyObtainCell(cell, bare(cases)))).toBe(true);
    }));
  });
});

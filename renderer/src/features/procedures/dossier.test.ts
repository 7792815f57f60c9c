import { describe, expect, it } from 'vitest';
import { caseLabel, chosenCase, dossierView, mustChoose, paperName, papersToHandIn, papersToShow } from './dossier';
import { BIRTH, DEATH_GROUP, MARRIAGE, PASSPORT, RESIDENCE } from './real-shaped.fixture';

describe('the published dossier as a citizen needs it', () => {
  it('đăng ký kết hôn: papers to show and a notes-only case are not cases to choose; one list for everyone', () => {
    const view = dossierView(MARRIAGE);
    expect(view.choices).toEqual([]);
    expect(view.common).toEqual([2]);
    expect(view.present).toEqual([0]);
    expect(view.notesOmitted).toBe(4 + 14 + 1);
    expect(chosenCase(view, null)).toBeNull();
    expect(mustChoose(view, null)).toBe(false);
    expect(papersToHandIn(MARRIAGE, view, null).map((r) => paperName(r.doc.name))).toEqual([
      expect.stringMatching(/^Mẫu hộ tịch điện tử tương tác đăng ký kết hôn/),
      expect.stringMatching(/^Tờ khai đăng ký kết hôn theo mẫu/),
    ]);
    expect(papersToShow(MARRIAGE, view).map((r) => r.doc.name)).toEqual([MARRIAGE.documents[0]!.documents[0]!.name]);
  });

  it('đăng ký thường trú: several cases to choose, two published under one title numbered apart, the notes case left out', () => {
    const view = dossierView(RESIDENCE);
    expect(view.choices).toEqual([
      { index: 0, label: 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình' },
      { index: 1, label: 'Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ' },
      { index: 2, label: 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình (2)' },
    ]);
    expect(view.notesOmitted).toBe(1);
    expect(mustChoose(view, chosenCase(view, null))).toBe(true);
    expect(chosenCase(view, 7)).toBeNull(); // not one of the cases: ask again
    expect(chosenCase(view, 3)).toBeNull(); // the notes-only case is not a choice
    expect(chosenCase(view, 1)).toBe(1);
    expect(papersToHandIn(RESIDENCE, view, 1).map((r) => r.doc.name)).toEqual(RESIDENCE.documents[1]!.documents.map((d) => d.name));
    expect(papersToHandIn(RESIDENCE, view, null)).toEqual([]);
  });

  it('đăng ký khai sinh: a heading-only title and an untitled list are both for everyone', () => {
    const view = dossierView(BIRTH);
    expect(view.choices).toEqual([]);
    expect(view.common).toEqual([0, 1]);
    expect(papersToHandIn(BIRTH, view, null).map((r) => paperName(r.doc.name))).toEqual(['Giấy chứng sinh', 'Tờ khai đăng ký khai sinh theo mẫu']);
  });

  it('a single titled case is in force without choosing; a procedure with nothing published has nothing', () => {
    const one = { documents: [{ title: 'Trường hợp bị mất Giấy chứng nhận đăng ký:', documents: [{ name: 'Đơn đề nghị' }] }] };
    const view = dossierView(one);
    expect(view.choices).toEqual([{ index: 0, label: 'Trường hợp bị mất Giấy chứng nhận đăng ký' }]);
    expect(chosenCase(view, null)).toBe(0);
    expect(dossierView(DEATH_GROUP)).toEqual({ choices: [], common: [], present: [], notes: [], notesOmitted: 0 });
    expect(dossierView(PASSPORT).common).toEqual([0]);
  });

  it('cuts list markers off case titles and bullets off paper names, leaving the words', () => {
    expect(caseLabel('a) Hồ sơ đề nghị điều chỉnh thời hạn sử dụng đất của dự án đầu tư bao gồm:')).toBe('Hồ sơ đề nghị điều chỉnh thời hạn sử dụng đất của dự án đầu tư');
    expect(caseLabel('(1.3) Đối với công trình tôn giáo:')).toBe('Đối với công trình tôn giáo');
    expect(caseLabel('1.12. Đối với người lao động nước ngoài là nhà quản lý')).toBe('Đối với người lao động nước ngoài là nhà quản lý');
    expect(caseLabel('- Trường hợp đăng ký thay đổi vốn điều lệ')).toBe('Trường hợp đăng ký thay đổi vốn điều lệ');
    expect(caseLabel('(ii) Đăng ký thuế lần đầu đối với cá nhân')).toBe('Đăng ký thuế lần đầu đối với cá nhân');
    expect(caseLabel('Trường hợp 1: Xác nhận điều kiện về nhà ở')).toBe('Trường hợp 1: Xác nhận điều kiện về nhà ở');
    expect(caseLabel('* Đăng ký tạm trú theo danh sách, hồ sơ gồm:')).toBe('Đăng ký tạm trú theo danh sách');
    expect(caseLabel('* Hồ sơ đăng ký tạm trú gồm:')).toBe('Hồ sơ đăng ký tạm trú');
    expect(caseLabel(':')).toBe(':');
    expect(paperName('- Giấy chứng sinh')).toBe('Giấy chứng sinh');
    expect(paperName('+ 01 ảnh 4x6')).toBe('01 ảnh 4x6');
    expect(paperName('Giấy tờ - bản sao')).toBe('Giấy tờ - bản sao');
    expect(paperName('-')).toBe('-');
  });
});

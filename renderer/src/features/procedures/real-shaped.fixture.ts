import { Procedure } from '../../../../electron/api/content';

/*
 * Procedures shaped like the shipped pack's real records (kiosk-config/content, portal data of
 * 18 Jul 2026), cut down: the parts and quirks the faces must handle, with the published words.
 */

/** Đăng ký kết hôn (1.000894): papers to show, a notes-only case, one untitled list; OTHER time units; 0 đồng with its rule. */
export const MARRIAGE = Procedure.parse({
  code: '1.000894', name: 'Thủ tục đăng ký kết hôn', nameEn: 'Marriage registration', level: 'ward', sector: 'ho-tich', atWard: true,
  essentialService: 11, onlineLevel: 'partial', onlineServiceCode: '1.000894.01', publisher: 'Bộ Tư pháp', decision: '163/QĐ-BTP',
  executingAgencies: ['Ủy ban Nhân dân xã, phường, thị trấn.'],
  channels: [
    { kind: 'online', time: { value: 1, unit: 'other' }, feeItems: [{ amount: 0, kind: 'charge', appliesTo: 'Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.' }] },
    { kind: 'postal', time: { value: 1, unit: 'other' }, feeItems: [{ amount: 0, kind: 'charge', appliesTo: '(Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.)' }] },
    { kind: 'inPerson', time: { value: 1, unit: 'other' }, feeItems: [{ amount: 0, kind: 'charge', appliesTo: 'Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.' }] },
  ],
  documents: [
    { title: '* Giấy tờ phải xuất trình:', present: true, notesOmitted: 4, documents: [
      { name: '- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân khi làm thủ tục trực tiếp tại cơ quan đăng ký hộ tịch.', originals: 1, copies: 0, required: false },
    ] },
    { title: '* Lưu ý :', documents: [], notesOmitted: 14 },
    { notesOmitted: 1, documents: [
      { name: '- Mẫu hộ tịch điện tử tương tác đăng ký kết hôn (do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)', originals: 1, copies: 0, required: false },
      { name: '- Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên nam, nữ. Hai bên nam, nữ có thể khai chung vào một Tờ khai đăng ký kết hôn (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp);', originals: 1, copies: 0, required: false },
    ] },
  ],
  legalBases: [
    { number: '04/2024/TT-BTP', title: 'Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
    { number: '60/2014/QH13', title: 'Luật 60/2014/QH13' },
  ],
  results: [{ name: 'Giấy chứng nhận kết hôn', code: 'KQ.G15.000032' }],
  caseCodes: [
    { code: '1.000894.02', name: 'Thủ tục đăng ký kết hôn', time: { value: 1, unit: 'workingDay' } },
    { code: '1.000894.01', name: 'Thủ tục đăng ký kết hôn', time: { value: 1, unit: 'day' } },
  ],
  source: { recordId: '019d2bfd-3fac-7489-b53b-a15eb239a6fe', updatedAt: '2026-04-16', page: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fac-7489-b53b-a15eb239a6fe' },
  plainSteps: ['Chọn kênh: nộp trực tiếp tại Trung tâm Phục vụ hành chính công, gửi qua bưu chính, hoặc nộp trực tuyến.', 'Hai bên nam, nữ cùng có mặt, ký sổ và ký giấy; mỗi bên nhận 01 bản chính.'],
});

/** Đăng ký thường trú (1.004222): several cases (two published under the same title), a notes-only case, fees that differ by channel. */
export const RESIDENCE = Procedure.parse({
  code: '1.004222', name: 'Đăng ký thường trú', level: 'ward', sector: 'cu-tru', atWard: true, onlineLevel: 'partial',
  executingAgencies: ['Công an cấp Xã'],
  channels: [
    { kind: 'online', time: { value: 7, unit: 'workingDay' }, feeItems: [{ amount: 10000, kind: 'fee', appliesTo: 'Trường hợp công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến thu 10.000 đồng/lần đăng ký.' }] },
    { kind: 'inPerson', time: { value: 7, unit: 'workingDay' }, feeItems: [{ amount: 20000, kind: 'fee', appliesTo: 'Trường hợp công dân thuộc diện được miễn phí theo quy định tại Điều 4 Thông tư số 75/2022/TT-BTC thì công dân phải xuất trình giấy tờ chứng minh thuộc diện được miễn.' }] },
  ],
  documents: [
    { title: 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình', documents: [
      { name: 'Văn bản xác nhận của Ủy ban nhân dân cấp xã về địa điểm phương tiện đăng ký đậu, đỗ thường xuyên', originals: 1, copies: 0 },
    ] },
    { title: 'Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ', documents: [
      { name: 'Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực theo quy định của pháp luật.', originals: 1, copies: 0 },
      { name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).', originals: 1, copies: 0, formFiles: ['CT01.docx'] },
    ] },
    { title: 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình', documents: [
      { name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).', originals: 1, copies: 0 },
      { name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', originals: 1, copies: 2 },
    ] },
    { documents: [], notesOmitted: 1 },
  ],
  source: { recordId: '019d2bf7-7704-7449-9e95-fe7ebb959aa2', updatedAt: '2026-04-28', page: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-7704-7449-9e95-fe7ebb959aa2' },
});

/** Cấp hộ chiếu phổ thông ở trong nước (1.001456): handled by the province police, not the ward. */
export const PASSPORT = Procedure.parse({
  code: '1.001456', name: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)', level: 'province', sector: 'xuat-nhap-canh',
  atWard: false, onlineLevel: 'full', executingAgencies: ['Công an cấp Tỉnh'], competentAgencies: ['Cục quản lý xuất nhập cảnh'],
  channels: [{ kind: 'online', time: { value: 8, unit: 'workingDay' }, feeItems: [{ amount: 160000, kind: 'fee', appliesTo: '+ 160.000/hộ chiếu' }] }],
  documents: [{ documents: [{ name: 'Tờ khai đề nghị cấp hộ chiếu phổ thông ở trong nước', originals: 1, copies: 0 }] }],
  source: { recordId: '019d2bf7-5fda-7370-bc07-6f1fd02ffcc4', updatedAt: '2026-04-29', page: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-5fda-7370-bc07-6f1fd02ffcc4' },
});

/** Đăng ký khai sinh (1.001193): a heading-only case and an untitled one (both for everyone); 0 đồng without a rule. */
export const BIRTH = Procedure.parse({
  code: '1.001193', name: 'Thủ tục đăng ký khai sinh', level: 'ward', sector: 'ho-tich', atWard: true, executingAgencies: ['Ủy ban nhân dân cấp xã'],
  channels: [{ kind: 'online', time: { value: 1, unit: 'other' }, feeItems: [{ amount: 0, kind: 'charge' }] }],
  caseCodes: [{ code: '1.001193.01', time: { value: 1, unit: 'workingDay' } }],
  documents: [
    { title: '* Giấy tờ phải nộp:', documents: [{ name: '- Giấy chứng sinh', originals: 1, copies: 0 }] },
    { documents: [{ name: '- Tờ khai đăng ký khai sinh theo mẫu', originals: 1, copies: 0 }] },
  ],
});

/** Liên thông khai tử (2.002913): only the name and the code are known. */
export const DEATH_GROUP = Procedure.parse({
  code: '2.002913', name: 'Liên thông điện tử: đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất', level: 'ward', sector: 'ho-tich', atWard: true,
});

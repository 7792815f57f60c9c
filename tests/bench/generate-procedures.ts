import type { ContentPack, Procedure } from '../../electron/api/content';

/*
 * Generated procedures with realistic Vietnamese wording, to size the search benchmark and the
 * large-catalogue test at the scale of a province's full list (≈2,000 procedures). Deterministic
 * (seeded), never shipped: the product's content comes from content packs only.
 */

const SECTORS: [id: string, name: string, objects: string[]][] = [
  ['dat-dai', 'Đất đai', ['giấy chứng nhận quyền sử dụng đất', 'quyền sở hữu nhà ở và tài sản gắn liền với đất', 'chuyển mục đích sử dụng đất', 'thửa đất nông nghiệp', 'hợp đồng chuyển nhượng quyền sử dụng đất']],
  ['xay-dung', 'Xây dựng', ['giấy phép xây dựng nhà ở riêng lẻ', 'giấy phép sửa chữa, cải tạo công trình', 'giấy phép di dời công trình', 'chứng chỉ hành nghề xây dựng']],
  ['bao-tro-xa-hoi', 'Bảo trợ xã hội', ['trợ cấp xã hội hằng tháng', 'hỗ trợ chi phí mai táng', 'kinh phí chăm sóc người cao tuổi', 'trợ giúp xã hội khẩn cấp', 'hộ nghèo, hộ cận nghèo']],
  ['nguoi-co-cong', 'Người có công', ['trợ cấp ưu đãi người có công', 'chế độ thờ cúng liệt sĩ', 'giấy chứng nhận gia đình liệt sĩ', 'hỗ trợ cải thiện nhà ở']],
  ['giao-duc', 'Giáo dục và Đào tạo', ['cơ sở giáo dục mầm non', 'nhóm trẻ độc lập', 'hỗ trợ học tập cho học sinh', 'chuyển trường cho học sinh trung học cơ sở']],
  ['y-te', 'Y tế', ['giấy chứng nhận đủ điều kiện an toàn thực phẩm', 'cơ sở dịch vụ y tế', 'hành nghề khám bệnh, chữa bệnh']],
  ['nong-nghiep', 'Nông nghiệp', ['hỗ trợ khôi phục sản xuất nông nghiệp', 'trang trại', 'kinh tế hợp tác xã', 'thủy lợi nội đồng', 'giống cây trồng']],
  ['van-hoa', 'Văn hóa', ['danh hiệu gia đình văn hóa', 'lễ hội truyền thống', 'câu lạc bộ thể thao cơ sở', 'thư viện cộng đồng']],
  ['cong-thuong', 'Công Thương', ['hộ kinh doanh', 'giấy phép bán lẻ rượu', 'giấy phép bán lẻ sản phẩm thuốc lá', 'chợ dân sinh']],
  ['tai-nguyen-nuoc', 'Tài nguyên nước', ['giấy phép khai thác nước dưới đất', 'xả nước thải vào nguồn nước', 'giếng khoan']],
  ['ton-giao', 'Tôn giáo', ['sinh hoạt tôn giáo tập trung', 'hoạt động tín ngưỡng', 'cơ sở tín ngưỡng']],
  ['thi-dua', 'Thi đua, khen thưởng', ['giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 'danh hiệu lao động tiên tiến', 'khen thưởng đột xuất']],
];
const VERBS = ['Cấp', 'Cấp lại', 'Cấp đổi', 'Đăng ký', 'Điều chỉnh', 'Gia hạn', 'Xác nhận', 'Thu hồi', 'Công nhận', 'Hỗ trợ', 'Giải quyết', 'Thẩm định', 'Phê duyệt', 'Thông báo', 'Đề nghị'];
const QUALIFIERS = ['', ' cho cá nhân', ' cho hộ gia đình', ' đối với tổ chức', ' trên địa bàn cấp xã', ' trong trường hợp bị mất', ' do thay đổi thông tin', ' lần đầu'];
const DOCS = ['Đơn đề nghị theo mẫu', 'Bản sao giấy chứng nhận', 'Tờ khai theo mẫu', 'Giấy tờ chứng minh nhân thân', 'Văn bản ủy quyền', 'Biên bản xác minh', 'Danh sách đề nghị', 'Hợp đồng', 'Bản vẽ thiết kế', 'Giấy xác nhận của cơ quan có thẩm quyền'];
const AGENCIES = ['Ủy ban nhân dân cấp xã', 'Công an cấp xã', 'Ủy ban nhân dân cấp tỉnh', 'Sở Nông nghiệp và Môi trường', 'Sở Xây dựng'];

/** A small seeded generator (mulberry32), so every run builds the same catalogue. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The base pack plus generated procedures up to `total`. */
export function generateLargePack(base: ContentPack, total: number, seed = 6): ContentPack {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const procedures: Procedure[] = [...base.procedures];
  const sectors = [...base.sectors, ...SECTORS.map(([id, name]) => ({ id, name }))];
  let serial = 100_000;
  while (procedures.length < total) {
    const [sector, sectorName, objects] = pick(SECTORS);
    const name = `${pick(VERBS)} ${pick(objects)}${pick(QUALIFIERS)}`;
    const agency = pick(AGENCIES);
    procedures.push({
      code: `3.${String(serial++).padStart(6, '0')}`,
      name,
      level: agency.includes('tỉnh') || agency.startsWith('Sở') ? 'province' : 'ward',
      sector,
      steps: [
        `Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ ${name.toLowerCase()} theo quy định và nộp tại ${agency}.`,
        `Bước 2: Công chức tiếp nhận kiểm tra tính đầy đủ của hồ sơ, lĩnh vực ${sectorName.toLowerCase()}.`,
        'Bước 3: Cơ quan có thẩm quyền thẩm định, giải quyết và trả kết quả cho người nộp.',
      ],
      channels: [
        { kind: 'inPerson', timeLimit: `${1 + Math.floor(random() * 20)} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ` },
        { kind: 'online', timeLimit: `${1 + Math.floor(random() * 20)} ngày làm việc`, fees: random() < 0.5 ? 'Không' : 'Theo quy định' },
      ],
      documents: [{ documents: [{ name: pick(DOCS), originals: 1, copies: 0 }, { name: pick(DOCS), originals: 0, copies: 1 }] }],
      agency,
      who: random() < 0.5 ? 'Công dân Việt Nam' : 'Tổ chức, cá nhân',
      legalBasis: [`Nghị định số ${10 + Math.floor(random() * 180)}/${2015 + Math.floor(random() * 10)}/NĐ-CP`],
      onlineLevel: random() < 0.4 ? 'full' : 'partial',
      lifeEvents: [],
      citizenWords: [],
      onlineEntries: [],
      onlineGuide: [],
    });
  }
  return { ...base, sectors, procedures };
}

/** 200 citizen-style queries, without diacritics, some with synonyms or one-letter typos. */
export const benchQueries: readonly string[] = (() => {
  const fixed = [
    'lam giay khai sinh cho con', 'xac nhan doc than', 'dang ky tam tru', 'bao tu', 'chung thuc ban sao',
    'nhap ho khau', 'cong chung giay to', 'lam can cuoc', 'thong bao luu tru', 'khai bao tam vang',
    'dang ky ket hon', 'gia han tam tru', 'tach ho', 'chung thuc chu ky', 'chung thuc di chuc', 'trich luc ho tich',
    'dang ky lai khai sinh', 'dang ky thuong tru', 'giay phep xay dung', 'so do', 'tro cap xa hoi', 'ho kinh doanh',
    'chunh thuc ban sao', 'thuongg tru', 'dang ki tam tru', 'giay chung nhan quyen su dung dat', 'ho tro mai tang',
    'cap lai giay phep', 'tam tru cho nguoi thue tro', 'lam lai cccd',
  ];
  const random = rng(2025);
  const extra: string[] = [];
  while (fixed.length + extra.length < 200) {
    const [, , objects] = SECTORS[Math.floor(random() * SECTORS.length)]!;
    const words = objects[Math.floor(random() * objects.length)]!.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').split(' ');
    const start = Math.floor(random() * Math.max(1, words.length - 2));
    extra.push(`${VERBS[Math.floor(random() * VERBS.length)]!.toLowerCase()} ${words.slice(start, start + 3).join(' ')}`
      .normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'));
  }
  return [...fixed, ...extra];
})();

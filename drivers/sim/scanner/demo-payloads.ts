/**
 * Demo payloads for the simulated scanner. The people are fictional: names and addresses are made up,
 * and each ID agrees with its date of birth and sex (cccd.md, "The 12-digit personal ID number") so the
 * demo shows a clean scan; `inconsistentCard` does not, to show the data-error path.
 */
export const DEMO_PAYLOADS = {
  card: '001093012345|123456789|Nguyễn Văn Minh|05011993|Nam|Số 8, Phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội|20042021',
  cardWithoutOldId: '079305000123||Trần Thị Thu Hà|12032005|Nữ|Ấp Mỹ Hòa, Xã Long Hựu, Tỉnh Tây Ninh|01082024',
  cardExtraFields: '036058004321|163000111|Huỳnh Đức Lộc|30061958|Nam|Xóm 3, Xã Hải Hậu, Tỉnh Ninh Bình|15072021|Thông tin bổ sung',
  inconsistentCard: '001193012345||Lê Văn Tám|05011994|Nam|Phường Hàng Bạc, Thành phố Hà Nội|20042021',
  sixFieldCard: '001093012345|123456789|Nguyễn Văn Minh|05011993|Nam|Số 8, Phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội',
  portalLink: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
  insecureLink: 'http://example.gov.vn/huong-dan',
  dossierCode: 'H54.22-251123-0001',
  nationalDossierCode: '000.00.22.H54-251123-0002',
  plainText: 'Quầy số 3 – Tư pháp, hộ tịch',
} as const;

export type DemoPayloadName = keyof typeof DEMO_PAYLOADS;

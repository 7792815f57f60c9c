import type { LifeEvent } from '../../../api/content';

/**
 * Names, in our own words, of the life topics the portal files procedures under (topics-by-code.json,
 * procedures.md). They become life events of an imported pack; a pack's own names for the same ids win.
 */
export const portalTopics: readonly LifeEvent[] = [
  { id: 'co-con-nho', name: 'Có con nhỏ', nameEn: 'Having a young child' },
  { id: 'nguoi-than-qua-doi', name: 'Người thân qua đời', nameEn: 'A death in the family' },
  { id: 'hon-nhan-va-gia-dinh', name: 'Hôn nhân và gia đình', nameEn: 'Marriage and family' },
  { id: 'cu-tru-va-giay-to-tuy-than', name: 'Cư trú và giấy tờ tùy thân', nameEn: 'Residence and identity papers' },
  { id: 'huu-tri', name: 'Nghỉ hưu', nameEn: 'Retirement' },
  { id: 'viec-lam', name: 'Việc làm', nameEn: 'Work' },
  { id: 'hoc-tap', name: 'Học tập', nameEn: 'Education' },
  { id: 'suc-khoe-va-y-te', name: 'Sức khỏe và y tế', nameEn: 'Health' },
  { id: 'phuong-tien-va-nguoi-lai', name: 'Xe cộ và người lái', nameEn: 'Vehicles and drivers' },
  { id: 'dien-luc-nha-o-dat-dai', name: 'Điện, nhà ở, đất đai', nameEn: 'Electricity, housing and land' },
  { id: 'giai-quyet-khieu-kien', name: 'Khiếu nại, tố cáo', nameEn: 'Complaints and denunciations' },
];

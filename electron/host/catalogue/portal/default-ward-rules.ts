import type { WardRules } from '../../../api/content';

/**
 * The rules an import starts from when the pack has no ward-rules.json of its own (the importer writes
 * them into the pack, where a ward or province may change them). Patterns match folded agency names
 * (map-agencies.ts agencyKey). Built from the agency names on the portal's commune-level records
 * (data/portal/agencies-on-commune-records.json): the commune people's committee and its chairman,
 * the commune police, and the commune's specialised offices; customs and tax offices never match.
 */
export const defaultWardRules: WardRules = {
  requireCommuneFlag: true,
  rules: [
    {
      id: 'chu-tich-ubnd-cap-xa',
      description: 'Chủ tịch Ủy ban nhân dân cấp xã giải quyết',
      agency: '\\bchu tich (uy ban nhan dan|ubnd)( cap)? (xa|phuong)\\b',
    },
    {
      id: 'ubnd-cap-xa',
      description: 'Ủy ban nhân dân cấp xã (xã, phường, đặc khu) giải quyết',
      agency: '\\b(uy ban nhan dan|ubnd)( cac)? (cap xa|xa|phuong)\\b',
    },
    { id: 'cong-an-cap-xa', description: 'Công an cấp xã giải quyết', agency: '\\bcong an (cap )?(xa|phuong)\\b' },
    {
      id: 'co-quan-cap-xa',
      description: 'Cơ quan, công chức chuyên môn cấp xã giải quyết',
      agency: '\\bcap xa\\b',
    },
  ],
};

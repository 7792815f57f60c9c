/** The display face's texts: Vietnamese first, English second (same keys, checked by the type). */
export const displayVi = {
  'display.title': '25 dịch vụ công trực tuyến thiết yếu',
  'display.offline': 'Mất kết nối',
} as const;

export const displayEn: Record<keyof typeof displayVi, string> = {
  'display.title': 'The 25 essential online public services',
  'display.offline': 'Offline',
};

/** The staff face's texts: Vietnamese first, English second (same keys, checked by the type). */
export const staffVi = {
  'staff.title': 'Dành cho cán bộ và tình nguyện viên',
  'staff.signIn': 'Đăng nhập',
  'staff.notBuilt': 'Đăng nhập cán bộ chưa được xây dựng trong phiên bản này.',
} as const;

export const staffEn: Record<keyof typeof staffVi, string> = {
  'staff.title': 'For staff and volunteers',
  'staff.signIn': 'Sign in',
  'staff.notBuilt': 'Staff sign-in is not built in this version yet.',
};

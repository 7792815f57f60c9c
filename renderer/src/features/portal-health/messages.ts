/** Outages of the portal or VNeID, from the core's scheduled checks. */
export const portalHealthVi = {
  'portalHealth.down': '{label} đang gián đoạn từ {time}',
  'portalHealth.instead': 'Bạn có thể in phiếu hướng dẫn để làm tiếp khi cổng hoạt động lại, hoặc bấm "Gọi cán bộ hỗ trợ" để được giúp nộp tại quầy.',
} as const;

export const portalHealthEn: Record<keyof typeof portalHealthVi, string> = {
  'portalHealth.down': '{label} has been down since {time}',
  'portalHealth.instead': 'You can print the guidance slip and continue when it is back, or tap "Call staff" to be helped at the counter.',
};

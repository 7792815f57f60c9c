/** The satisfaction question at the end of a session (the national service-quality evaluation's levels). */
export const ratingVi = {
  'rating.title': 'Bạn có hài lòng với ki-ốt hôm nay không?',
  'rating.hint': 'Không bắt buộc. Câu trả lời không kèm tên hay số căn cước của bạn.',
  'rating.level.very-satisfied': 'Rất hài lòng',
  'rating.level.satisfied': 'Hài lòng',
  'rating.level.dissatisfied': 'Không hài lòng',
  'rating.whyTitle': 'Điều gì làm bạn chưa hài lòng? (chạm một ý)',
  'rating.reason.hard-to-find': 'Khó tìm thủ tục',
  'rating.reason.too-many-steps': 'Quá nhiều bước',
  'rating.reason.portal-failed': 'Cổng dịch vụ công bị lỗi',
  'rating.reason.kiosk-slow-confusing': 'Ki-ốt chậm hoặc khó hiểu',
  'rating.reason.needed-person': 'Tôi cần người hướng dẫn',
  'rating.thanks': 'Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp phường phục vụ tốt hơn.',
} as const;

export const ratingEn: Record<keyof typeof ratingVi, string> = {
  'rating.title': 'Were you satisfied with the kiosk today?',
  'rating.hint': 'Optional. Your answer carries no name or ID number.',
  'rating.level.very-satisfied': 'Very satisfied',
  'rating.level.satisfied': 'Satisfied',
  'rating.level.dissatisfied': 'Not satisfied',
  'rating.whyTitle': 'What was not good? (tap one)',
  'rating.reason.hard-to-find': 'Hard to find the procedure',
  'rating.reason.too-many-steps': 'Too many steps',
  'rating.reason.portal-failed': 'The portal failed',
  'rating.reason.kiosk-slow-confusing': 'The kiosk was slow or confusing',
  'rating.reason.needed-person': 'I needed a person',
  'rating.thanks': 'Thank you for your rating. It helps the ward serve you better.',
};

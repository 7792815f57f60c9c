import type { DissatisfactionReason, SatisfactionRating } from '../../../api/session';
import type { AssistGoal, DataErrorKind, FailureReason, RecordStatus } from '../../../api/staff';

/**
 * Vietnamese words for the codes in generated files (reports, the police list). The faces have their
 * own texts in renderer/src/features/staff/messages.ts; files leave the kiosk in Vietnamese only.
 */
export const GOAL_VI: Readonly<Record<AssistGoal, string>> = {
  'vneid-level1': 'Đăng ký tài khoản VNeID mức 1',
  'vneid-activation': 'Kích hoạt tài khoản VNeID',
  'vneid-level2-referral': 'Hướng dẫn đăng ký mức 2 tại Công an',
  'portal-link': 'Liên kết tài khoản Cổng DVC với VNeID',
  'first-dossier': 'Nộp hồ sơ trực tuyến lần đầu',
};

export const STATUS_VI: Readonly<Record<RecordStatus, string>> = {
  open: 'Đang thực hiện',
  completed: 'Hoàn thành',
  pending: 'Chờ xử lý tiếp',
  failed: 'Không thành công',
  incomplete: 'Chưa xong',
  abandoned: 'Dừng lại',
};

export const REASON_VI: Readonly<Record<FailureReason, string>> = {
  'no-own-name-sim': 'Không có SIM chính chủ',
  'no-smartphone': 'Không có điện thoại thông minh',
  'phone-without-nfc': 'Điện thoại không có NFC',
  'app-not-installable': 'Không cài được ứng dụng VNeID',
  'face-capture-failed': 'Chụp ảnh khuôn mặt không thành công',
  'card-expired': 'Thẻ căn cước hết hạn',
  'card-without-chip': 'Thẻ không gắn chip',
  'chip-read-failed': 'Không đọc được chip',
  'data-mismatch': 'Thông tin không khớp',
  'no-approval-sms-yet': 'Chưa nhận tin nhắn phê duyệt',
  'otp-not-received': 'Không nhận được mã OTP',
  'already-registered': 'Đã đăng ký trước đó',
  'under-age-no-guardian': 'Dưới 14 tuổi, không có người giám hộ',
  'network-problem': 'Lỗi kết nối mạng',
  'portal-error': 'Lỗi Cổng dịch vụ công',
  'citizen-left': 'Công dân không tiếp tục',
  other: 'Lý do khác',
};

export const ERROR_KIND_VI: Readonly<Record<DataErrorKind, string>> = {
  name: 'Sai họ tên',
  sex: 'Sai giới tính',
  'date-of-birth': 'Sai ngày tháng năm sinh',
  'place-of-birth-registration': 'Sai nơi đăng ký khai sinh',
  'duplicate-record': 'Trùng thông tin (hai hồ sơ)',
  other: 'Sai sót khác',
};

/** The national service-quality evaluation's levels, as the reports print them. */
export const RATING_VI: Readonly<Record<SatisfactionRating, string>> = {
  'very-satisfied': 'Rất hài lòng',
  satisfied: 'Hài lòng',
  dissatisfied: 'Không hài lòng',
};

export const DISSATISFACTION_VI: Readonly<Record<DissatisfactionReason, string>> = {
  'hard-to-find': 'Khó tìm thủ tục',
  'too-many-steps': 'Quá nhiều bước',
  'portal-failed': 'Cổng dịch vụ công bị lỗi',
  'kiosk-slow-confusing': 'Ki-ốt chậm hoặc khó hiểu',
  'needed-person': 'Cần người hướng dẫn trực tiếp',
};

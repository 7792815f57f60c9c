/** Vietnamese, the default language. Every user-facing string of the faces lives here and in messages-en.ts. */
import { displayVi } from '../features/display/messages';
import { staffVi } from '../features/staff/messages';
import { citizenVi } from '../features/citizen/messages';
import { consentVi } from '../features/consent/messages';
import { identityVi } from '../features/identity/messages';
import { proceduresVi } from '../features/procedures/messages';
import { procedurePageVi } from '../features/procedures/page-messages';
import { checklistVi } from '../features/checklist/messages';
import { printingVi } from '../features/printing/messages';
import { ratingVi } from '../features/rating/messages';
import { portalHealthVi } from '../features/portal-health/messages';
import { guideVi } from '../features/guide/messages';
import { keyboardVi } from '../features/keyboard/messages';
import { helpVi } from '../features/help/messages';
import { contentStatusVi } from '../features/content-status/messages';

const commonVi = {
  // Figures that the staff dashboard and the lobby display both show: one name each (issue 13).
  'figures.citizensHelped': 'Lượt công dân được hỗ trợ',
  'figures.target': '{achieved} / {target} người ({percent}%) · hạn {deadline}',
  'figures.targetNotMeasured': 'Ki-ốt không đo chỉ tiêu này · mục tiêu {target} người · hạn {deadline}',
  'app.title': 'Ki-ốt dịch vụ công',
  'app.centreName': 'Trung tâm Phục vụ hành chính công',
  'lang.switch': 'English',
  'lang.current': 'Tiếng Việt',
  'a11y.largeText': 'Chữ to',
  'a11y.highContrast': 'Tương phản cao',
  'attract.headline': 'Đặt thẻ căn cước lên đầu đọc hoặc quét mã QR trên thẻ',
  'attract.sub': 'Ki-ốt giúp bạn làm thủ tục hành chính trực tuyến, miễn phí.',
  'attract.identify': 'Dùng thẻ căn cước',
  'attract.identifyHint': 'Đọc thông tin từ thẻ để điền sẵn',
  'attract.find': 'Tìm thủ tục',
  'attract.findHint': 'Không cần đưa thẻ',
  'attract.help': 'Gọi cán bộ hỗ trợ',
  'attract.helpHint': 'Cán bộ sẽ đến giúp bạn',
  'nav.startOver': 'Về đầu',
  'nav.callStaff': 'Gọi cán bộ hỗ trợ',
  'session.notBuilt': 'Phần này đang được xây dựng. Vui lòng hỏi cán bộ tại quầy.',
  'session.notBuiltEn': 'This part is still being built.',
  'idle.title': 'Bạn vẫn đang dùng ki-ốt?',
  'idle.body': 'Để bảo vệ thông tin của bạn, phiên làm việc sẽ tự kết thúc và xóa dữ liệu sau {seconds} giây.',
  'idle.more': 'Tôi cần thêm thời gian',
  'idle.finish': 'Kết thúc ngay',
  'devices.ready': 'Thiết bị sẵn sàng',
  'devices.problem': 'Thiết bị cần kiểm tra',
  'devices.card-reader': 'Đầu đọc thẻ',
  'devices.qr-scanner': 'Máy quét QR',
  'devices.printer': 'Máy in phiếu',
  'devices.simulated': 'mô phỏng',
  'devices.state.ready': 'sẵn sàng',
  'devices.state.busy': 'đang đọc',
  'devices.state.disconnected': 'mất kết nối',
  'devices.state.reconnecting': 'đang kết nối lại',
  'devices.state.off': 'chưa hoạt động',
  'devices.state.fault': 'gặp sự cố',
  'devices.fault.paper-out': 'hết giấy',
  'devices.fault.cover-open': 'nắp máy in đang mở',
  'devices.fault.offline': 'máy in không sẵn sàng',
  'devices.fault.error': 'máy in báo lỗi',
  'devices.fault.no-answer': 'máy in không trả lời',
  'devices.fault.link-failed': 'mất kết nối khi in',
  'error.transport.disconnected': 'Mất kết nối với ki-ốt. Đang thử kết nối lại…',
  'error.generic': 'Đã có lỗi. Vui lòng thử lại hoặc gọi cán bộ hỗ trợ.',
} as const;

/** Each feature keeps its texts beside its code; they meet here. */
export const vi = { ...commonVi, ...staffVi, ...displayVi, ...citizenVi, ...consentVi, ...identityVi, ...proceduresVi, ...procedurePageVi, ...checklistVi, ...printingVi, ...ratingVi, ...portalHealthVi, ...guideVi, ...keyboardVi, ...helpVi, ...contentStatusVi };

export type MessageKey = keyof typeof vi;

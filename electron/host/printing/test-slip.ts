import type { SlipContent } from '../../api/printing';

/**
 * The test slip of `kiosk print test`: long Vietnamese words with every mark, a QR code and a few
 * papers, so one print shows whether the fonts, line breaking, the raster and the cutter work.
 */
export const TEST_SLIP: SlipContent = {
  procedureCode: 'TEST-0001',
  procedureName: 'Phiếu in thử: Đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế (ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ đ Đ)',
  caseTitle: 'In thử máy in phiếu của ki-ốt',
  papers: [
    { name: 'Tờ khai đăng ký khai sinh', count: '1 bản chính', whereToGet: 'Điền trực tuyến trên Cổng Dịch vụ công' },
    { name: 'Giấy chứng sinh', count: '1 bản chính', whereToGet: 'Bệnh viện, trạm y tế nơi trẻ sinh ra' },
  ],
  channels: [
    { label: 'Trực tuyến', fee: 'Miễn lệ phí', time: 'Trong ngày' },
    { label: 'Trực tiếp tại quầy', fee: 'Miễn lệ phí', time: '1 ngày làm việc' },
  ],
  where: 'Trung tâm Phục vụ hành chính công của phường',
  qrUrl: 'https://dichvucong.gov.vn/',
};

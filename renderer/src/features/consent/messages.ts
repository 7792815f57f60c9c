/** The consent screen (privacy.md: voluntary, informed, explicit; "no" still leads somewhere useful). */
export const consentVi = {
  'consent.title': 'Trước khi đọc thẻ, xin bạn cho phép',
  'consent.whatTitle': 'Ki-ốt sẽ đọc',
  'consent.what': 'Họ tên, số định danh, ngày sinh, giới tính, quốc tịch, quê quán, nơi thường trú, ngày cấp và hạn của thẻ, từ mã QR và chip của thẻ căn cước.',
  'consent.notRead': 'Ki-ốt không đọc dân tộc, tôn giáo, vân tay và không chụp ảnh thẻ.',
  'consent.whyTitle': 'Để làm gì',
  'consent.why': 'Kiểm tra thẻ và hiện sẵn thông tin của bạn bên cạnh từng bước khai trên Cổng Dịch vụ công, giúp bạn điền đúng.',
  'consent.wipeTitle': 'Sau đó',
  'consent.wipe': 'Khi bạn bấm "Hoàn tất", rời đi, hoặc không dùng ki-ốt trong ít phút, mọi thông tin của bạn bị xóa khỏi máy. Ki-ốt không lưu và không gửi thông tin này đi đâu.',
  'consent.agree': 'Đồng ý',
  'consent.disagree': 'Không đồng ý',
  'consent.disagreeHint': 'Không đồng ý: bạn vẫn tìm được thủ tục và xem hướng dẫn, chỉ không có thông tin điền sẵn.',
} as const;

export const consentEn: Record<keyof typeof consentVi, string> = {
  'consent.title': 'Before reading your card, we ask your permission',
  'consent.whatTitle': 'The kiosk will read',
  'consent.what': 'Your name, ID number, date of birth, sex, nationality, place of origin, permanent address, and the issue and expiry dates of the card, from the QR code and the chip of your ID card.',
  'consent.notRead': 'The kiosk does not read ethnicity, religion or fingerprints, and takes no picture of the card.',
  'consent.whyTitle': 'What for',
  'consent.why': 'To check the card and show your details beside each step of the online form, so you fill it in correctly.',
  'consent.wipeTitle': 'Afterwards',
  'consent.wipe': 'When you press "Finish", walk away, or leave the kiosk unused for a few minutes, all your details are wiped from the machine. The kiosk does not keep or send them anywhere.',
  'consent.agree': 'I agree',
  'consent.disagree': 'I do not agree',
  'consent.disagreeHint': 'If you do not agree, you can still find procedures and read the guides, only without your details filled in.',
};

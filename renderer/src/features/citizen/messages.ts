/** The citizen face's shell: navigation, scan notices, the demo simulator panel. */
export const citizenVi = {
  'nav.back': 'Quay lại',
  'scan.url': 'Mã QR này là một đường dẫn ({host}). Ki-ốt không mở đường dẫn từ mã QR lạ.',
  'scan.dossier': 'Mã hồ sơ {code}: hãy tra cứu tình trạng trên Cổng Dịch vụ công hoặc hỏi cán bộ tại quầy.',
  'scan.text': 'Mã QR này không phải mã trên thẻ căn cước.',
  'scan.dismiss': 'Đã hiểu',
  'sim.open': 'Mô phỏng thiết bị',
  'sim.title': 'Thiết bị mô phỏng (để trình diễn)',
  'sim.note': 'Chỉ hiện khi ki-ốt dùng thiết bị mô phỏng. Thẻ là của người giả định.',
  'sim.profile': 'Thẻ mô phỏng',
  'sim.scanQr': 'Quét mã QR của thẻ',
  'sim.scanDamaged': 'Quét mã QR bị hỏng',
  'sim.tap': 'Đặt thẻ lên đầu đọc',
  'sim.remove': 'Nhấc thẻ ra',
  'sim.close': 'Đóng',
} as const;

export const citizenEn: Record<keyof typeof citizenVi, string> = {
  'nav.back': 'Back',
  'scan.url': 'This QR code is a web link ({host}). The kiosk does not open links from unknown QR codes.',
  'scan.dossier': 'Dossier code {code}: check its status on the public service portal or ask staff at the desk.',
  'scan.text': 'This QR code is not the one on an ID card.',
  'scan.dismiss': 'OK',
  'sim.open': 'Simulated devices',
  'sim.title': 'Simulated devices (for demonstration)',
  'sim.note': 'Shown only when the kiosk runs simulated devices. The cards belong to invented people.',
  'sim.profile': 'Simulated card',
  'sim.scanQr': "Scan the card's QR code",
  'sim.scanDamaged': 'Scan a damaged QR code',
  'sim.tap': 'Place the card on the reader',
  'sim.remove': 'Lift the card',
  'sim.close': 'Close',
};

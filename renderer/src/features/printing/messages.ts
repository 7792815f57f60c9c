/** The printed slip (phiếu hướng dẫn): the button and what the citizen hears about the printer. */
export const printingVi = {
  'print.button': 'In phiếu hướng dẫn mang về',
  'print.printing': 'Đang in phiếu… Bạn vẫn có thể tiếp tục.',
  'print.printed': 'Đã in xong. Mời bạn nhận phiếu ở khe máy in bên dưới màn hình.',
  'print.again': 'In thêm một phiếu',
  'print.fault.paper-out': 'Máy in đã hết giấy nên chưa in được phiếu.',
  'print.fault.cover-open': 'Nắp máy in đang mở nên chưa in được phiếu.',
  'print.fault.offline': 'Máy in đang tạm dừng nên chưa in được phiếu.',
  'print.fault.error': 'Máy in đang gặp lỗi nên chưa in được phiếu.',
  'print.fault.no-answer': 'Máy in không phản hồi nên chưa in được phiếu.',
  'print.fault.link-failed': 'Máy in bị ngắt giữa chừng nên phiếu có thể chưa đủ.',
  'print.fault.busy': 'Máy in đang in phiếu khác. Vui lòng chờ một chút rồi bấm lại.',
  'print.fault.no-printer': 'Ki-ốt này không có máy in phiếu.',
  'print.instead': 'Thay vào đó, hãy quét mã này bằng điện thoại để mang thông tin về. Cán bộ đã được báo để sửa máy in.',
  'print.phoneTitle': 'Lưu thông tin trên điện thoại',
} as const;

export const printingEn: Record<keyof typeof printingVi, string> = {
  'print.button': 'Print a guidance slip to take home',
  'print.printing': 'Printing the slip… You can carry on.',
  'print.printed': 'Printed. Please take the slip from the printer slot below the screen.',
  'print.again': 'Print another slip',
  'print.fault.paper-out': 'The printer is out of paper, so the slip was not printed.',
  'print.fault.cover-open': "The printer's cover is open, so the slip was not printed.",
  'print.fault.offline': 'The printer is paused, so the slip was not printed.',
  'print.fault.error': 'The printer has a fault, so the slip was not printed.',
  'print.fault.no-answer': 'The printer does not answer, so the slip was not printed.',
  'print.fault.link-failed': 'The printer was cut off while printing; the slip may be incomplete.',
  'print.fault.busy': 'The printer is printing another slip. Please wait a moment and tap again.',
  'print.fault.no-printer': 'This kiosk has no slip printer.',
  'print.instead': 'Instead, scan this code with your phone to take the information with you. Staff have been told to fix the printer.',
  'print.phoneTitle': 'Keep the information on your phone',
} as const;

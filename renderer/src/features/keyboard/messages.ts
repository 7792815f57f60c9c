/** The on-screen keyboard. */
export const keyboardVi = {
  'keyboard.label': 'Bàn phím',
  'keyboard.space': 'Dấu cách',
  'keyboard.backspace': 'Xóa',
  'keyboard.shift': 'Chữ hoa',
  'keyboard.enter': 'Xong',
  'keyboard.mode.telex': 'Gõ có dấu (Telex)',
  'keyboard.mode.plain': 'Gõ không dấu',
  'keyboard.telexHint': 'Telex: s sắc · f huyền · r hỏi · x ngã · j nặng · aa â · aw ă · ee ê · oo ô · ow ơ · uw ư · dd đ. Không dấu cũng tìm được.',
  'keyboard.tone.s': 'dấu sắc',
  'keyboard.tone.f': 'dấu huyền',
  'keyboard.tone.r': 'dấu hỏi',
  'keyboard.tone.x': 'dấu ngã',
  'keyboard.tone.j': 'dấu nặng',
} as const;

export const keyboardEn: Record<keyof typeof keyboardVi, string> = {
  'keyboard.label': 'Keyboard',
  'keyboard.space': 'Space',
  'keyboard.backspace': 'Delete',
  'keyboard.shift': 'Capital',
  'keyboard.enter': 'Done',
  'keyboard.mode.telex': 'Vietnamese accents (Telex)',
  'keyboard.mode.plain': 'No accents',
  'keyboard.telexHint': 'Telex: s acute · f grave · r hook · x tilde · j dot · aa â · aw ă · ee ê · oo ô · ow ơ · uw ư · dd đ. Search also works without accents.',
  'keyboard.tone.s': 'acute tone (sắc)',
  'keyboard.tone.f': 'grave tone (huyền)',
  'keyboard.tone.r': 'hook tone (hỏi)',
  'keyboard.tone.x': 'tilde tone (ngã)',
  'keyboard.tone.j': 'dot tone (nặng)',
};

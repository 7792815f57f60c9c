/**
 * Text cleaning shared by every payload parser: NFC (names may arrive decomposed, NFD, from some
 * encoders), no byte-order mark, and no CR/LF around the payload (scanner suffixes, stray line ends).
 */
export function cleanScanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/^[\r\n]+|[\r\n]+$/g, '');
}

/** One field of a pipe-separated payload: CR/LF inside become a space, whitespace runs collapse, trimmed. */
export function cleanField(field: string): string {
  return field.replace(/[\r\n]+/g, ' ').replace(/[ \t\u00A0]+/g, ' ').trim();
}

/** Whether text carries any Vietnamese mark: a combining mark after NFD (tones, ă â ê ô ơ ư) or đ/Đ. */
export function hasVietnameseMarks(text: string): boolean {
  return /[đĐ]/.test(text) || /[\u0300-\u036F]/.test(text.normalize('NFD'));
}

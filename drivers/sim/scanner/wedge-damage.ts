/**
 * Ways a scan's text gets damaged on its way into a computer, reproduced for the simulator and tests.
 * Each returns the bytes a serial line would then carry (the damaged text as UTF-8), except
 * `invalid-utf8`, which returns raw bytes that are not UTF-8 at all.
 */
export type DamageKind =
  /** Keyboard wedge with Alt-code output: each UTF-8 byte typed as a Windows-1252 character ("Nguyá»…n"). */
  | 'cp1252'
  /** The same through a Latin-1 decoder (C1 control characters instead of 1252 punctuation). */
  | 'latin1'
  /** UTF-8 read as Big5 by a Chinese-locale scanner or PC ("Huỳnh" → "Hu廙軟h"). */
  | 'big5'
  /** Keyboard wedge dropping every mark: "Nguyen Van Minh". */
  | 'strip-marks'
  /** Keyboard layout without the letters: "Nguy?n V?n Minh". */
  | 'question-marks'
  /** A serial line that lost one byte of a multi-byte character. */
  | 'invalid-utf8';

export const DAMAGE_KINDS: readonly DamageKind[] = ['cp1252', 'latin1', 'big5', 'strip-marks', 'question-marks', 'invalid-utf8'];

const encode = (s: string) => new TextEncoder().encode(s);

/** The bytes of `text` after the given damage. */
export function damagePayload(text: string, kind: DamageKind): Uint8Array {
  const utf8 = encode(text);
  switch (kind) {
    case 'cp1252':
      return encode(decodeAs('windows-1252', utf8));
    case 'latin1':
      return encode(String.fromCharCode(...utf8));
    case 'big5':
      return encode(decodeAs('big5', utf8));
    case 'strip-marks':
      return encode(stripVietnameseMarks(text));
    case 'question-marks':
      return encode(text.normalize('NFC').replace(/[^\x00-\x7F]/g, '?'));
    case 'invalid-utf8':
      return dropOneContinuationByte(utf8);
  }
}

/** "Nguyễn Văn Đức" → "Nguyen Van Duc". */
export function stripVietnameseMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036F]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function decodeAs(label: string, bytes: Uint8Array): string {
  // Node's and browsers' TextDecoder know both labels (WHATWG Encoding); a build without ICU falls back
  // to Latin-1, which still damages the text the same recognisable way.
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return String.fromCharCode(...bytes);
  }
}

function dropOneContinuationByte(bytes: Uint8Array): Uint8Array {
  const at = bytes.findIndex((b) => (b & 0xc0) === 0x80);
  if (at < 0) return Uint8Array.of(...bytes, 0xff);
  return Uint8Array.of(...bytes.subarray(0, at), ...bytes.subarray(at + 1));
}

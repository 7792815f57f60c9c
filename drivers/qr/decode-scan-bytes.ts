/** A scan's bytes as text, and whether they were valid UTF-8. */
export interface DecodedScan {
  /** The text; invalid sequences appear as U+FFFD. */
  readonly text: string;
  readonly utf8: 'valid' | 'invalid';
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes scanner bytes as UTF-8 (serial and HID POS scanners deliver the QR's bytes untouched).
 * A fatal decode failure is not thrown: it becomes `utf8: 'invalid'`, which classifyScan reports as
 * damage, and the lenient decoding is kept so the technician can still see what arrived.
 */
export function decodeScanBytes(bytes: Uint8Array): DecodedScan {
  try {
    return { text: strict.decode(bytes), utf8: 'valid' };
  } catch {
    return { text: lenient.decode(bytes), utf8: 'invalid' };
  }
}

import { announcesExtendedLength } from '../../iso7816/historical-bytes';

/**
 * How many plaintext bytes to ask per READ BINARY, learned per card (cccd.md "Seen on real cards": real
 * chips answer Le = 00 under secure messaging with 256 bytes; phone readers use 2,048-byte
 * extended-length reads; 223 is a PN532 framing habit, not a card limit).
 */

/** The safe size: its protected answer fits a short Le for 3DES and AES and one PN532 frame. */
export const SAFE_CHUNK = 223;
/** Short Le = 00 (ISO 7816-4 §5.1): 256 bytes, the most a chip without extended length gives. */
export const SHORT_CHUNK = 256;
/** Extended-length reads, as phone readers do under PACE; the PN532 carries them with MI chaining. */
export const EXTENDED_CHUNK = 2048;

/**
 * The first chunk to try on a card: extended length when its historical bytes (from the ATS or ATR)
 * announce it, else a short Le of 256. The first refusal (6700, 6Cxx, a secure-messaging failure
 * during a larger read) falls back to SAFE_CHUNK, and what worked carries to the card's next file.
 */
export function firstChunkSize(historicalBytes: Uint8Array | undefined): number {
  return announcesExtendedLength(historicalBytes) ? EXTENDED_CHUNK : SHORT_CHUNK;
}

/**
 * PN532 host-link frames (PN532 User Manual UM0701-02 §6.2.1). Pure encoding; parsing of incoming bytes
 * lives in frame-parser.ts.
 *
 *   normal information frame   00 00 FF LEN LCS TFI PD0..PDn DCS 00          (§6.2.1.1, LEN ≤ 255)
 *   extended information frame 00 00 FF FF FF LENM LENL LCS TFI PD0..PDn DCS 00 (§6.2.1.2)
 *   ACK 00 00 FF 00 FF 00 (§6.2.1.3) · NACK 00 00 FF FF 00 00 (§6.2.1.4)
 *   syntax error frame 00 00 FF 01 FF 7F 81 00 (§6.2.1.5)
 * LEN counts TFI and the packet data; LEN + LCS ≡ 0 and TFI + PD0 + … + PDn + DCS ≡ 0 (mod 256).
 */

/** Frame identifier of a frame from the host controller to the PN532. */
export const TFI_HOST_TO_PN532 = 0xd4;
/** Frame identifier of a frame from the PN532 to the host controller. */
export const TFI_PN532_TO_HOST = 0xd5;
/** Frame identifier of the syntax error frame (§6.2.1.5). */
export const TFI_ERROR = 0x7f;

export const ACK_FRAME: Readonly<Uint8Array> = Uint8Array.of(0x00, 0x00, 0xff, 0x00, 0xff, 0x00);
export const NACK_FRAME: Readonly<Uint8Array> = Uint8Array.of(0x00, 0x00, 0xff, 0xff, 0x00, 0x00);
export const ERROR_FRAME: Readonly<Uint8Array> = Uint8Array.of(0x00, 0x00, 0xff, 0x01, 0xff, 0x7f, 0x81, 0x00);

/** Largest LEN (TFI + packet data) of a normal information frame. */
export const MAX_NORMAL_FRAME_LENGTH = 255;
/** Largest LEN the PN532 firmware handles in an extended frame: 264 data bytes + TFI (UM §6.2.1.2). */
export const MAX_PN532_FRAME_LENGTH = 265;
/** Largest LEN an extended frame can express at all. */
export const MAX_EXTENDED_FRAME_LENGTH = 0xffff;

export type Pn532Frame =
  | { readonly kind: 'ack' }
  | { readonly kind: 'nack' }
  /** The PN532 found an application-level error in the last command (UM §6.2.1.5). */
  | { readonly kind: 'error' }
  | {
      readonly kind: 'information';
      /** 0xD4 host → PN532, 0xD5 PN532 → host. */
      readonly tfi: number;
      /** PD0..PDn: command or response code followed by its parameters. */
      readonly data: Uint8Array;
      /** Whether it travelled (or is to travel) as an extended frame. */
      readonly extended: boolean;
    };

/** Two's-complement checksum: the byte that makes the sum of `bytes` plus itself ≡ 0 (mod 256). */
export function checksumOf(bytes: ArrayLike<number>, initial = 0): number {
  let sum = initial;
  for (let i = 0; i < bytes.length; i++) sum += bytes[i]!;
  return (0x100 - (sum & 0xff)) & 0xff;
}

/**
 * Encodes an information frame carrying `data` (PD0..PDn) with `tfi`. Uses the extended form when
 * LEN exceeds 255 or when `extended` is set (the host may always use it, UM §6.2.1.2).
 * Throws RangeError when LEN exceeds 65535: only our own code builds frames.
 */
export function encodeInformationFrame(tfi: number, data: Uint8Array, options: { extended?: boolean } = {}): Uint8Array {
  const len = data.length + 1;
  if (len > MAX_EXTENDED_FRAME_LENGTH) throw new RangeError(`PN532 frame of ${len} bytes is too long`);
  const extended = options.extended === true || len > MAX_NORMAL_FRAME_LENGTH;
  const head = extended
    ? [0x00, 0x00, 0xff, 0xff, 0xff, len >> 8, len & 0xff, checksumOf([len >> 8, len & 0xff])]
    : [0x00, 0x00, 0xff, len, checksumOf([len])];
  const out = new Uint8Array(head.length + len + 2);
  out.set(head, 0);
  out[head.length] = tfi;
  out.set(data, head.length + 1);
  out[head.length + len] = checksumOf(data, tfi);
  out[head.length + len + 1] = 0x00; // postamble
  return out;
}

/** Encodes any frame kind. */
export function encodeFrame(frame: Pn532Frame): Uint8Array {
  switch (frame.kind) {
    case 'ack':
      return ACK_FRAME.slice();
    case 'nack':
      return NACK_FRAME.slice();
    case 'error':
      return ERROR_FRAME.slice();
    case 'information':
      return encodeInformationFrame(frame.tfi, frame.data, { extended: frame.extended });
  }
}

/** Wire size of an information frame carrying `dataLength` bytes of packet data (normal or extended). */
export function informationFrameSize(dataLength: number): number {
  return dataLength + 1 > MAX_NORMAL_FRAME_LENGTH ? dataLength + 11 : dataLength + 8;
}

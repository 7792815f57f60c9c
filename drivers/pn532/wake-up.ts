/**
 * HSU wake-up preamble. A PN532 on the high-speed UART sleeps after power-up and after PowerDown; it wakes
 * on line activity, but the bytes that wake it are lost, so the host sends a long run of harmless bytes
 * before the first command: 0x55 0x55 followed by zeros (UM0701-02 §6.2.2 on HSU and §7.2.11 PowerDown, wake-up
 * conditions).
 * The frame parser on the PN532 side skips them like preamble.
 */
export const HSU_WAKE_UP: Readonly<Uint8Array> = Uint8Array.of(
  0x55, 0x55, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
);

/** Prefixes a frame with the wake-up preamble. */
export function withWakeUp(frame: Uint8Array): Uint8Array {
  const out = new Uint8Array(HSU_WAKE_UP.length + frame.length);
  out.set(HSU_WAKE_UP, 0);
  out.set(frame, HSU_WAKE_UP.length);
  return out;
}

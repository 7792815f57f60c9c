/**
 * Something that carries ISO 7816-4 APDUs to a contactless card and back: the PN532 target implements
 * it today, a PC/SC reader could later. Bytes in, bytes out (response data followed by SW1 SW2).
 */
export interface ApduTransceiver {
  /**
   * Sends one command APDU and resolves with the full response APDU (data || SW1 || SW2).
   * Rejects with a DriverFailure: code "card.removed" when the card left the field,
   * "card.timeout" when it did not answer within `timeoutMs` (default chosen by the implementation),
   * "reader.*" for link problems. `signal` cancels the exchange (rejects with code "card.cancelled").
   */
  transmit(commandApdu: Uint8Array, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<Uint8Array>;
}

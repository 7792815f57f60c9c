/**
 * Something that carries ISO 7816-4 APDUs to a contactless card and back: a PN532 target or a card in a
 * PC/SC reader. Bytes in, bytes out (response data followed by SW1 SW2).
 */
export interface ApduTransceiver {
  /**
   * The card's historical bytes (ISO 7816-4 §8.1.1, from the ATS or the ATR), when the reader knows them:
   * they say whether the card takes extended-length APDUs.
   */
  readonly historicalBytes?: Uint8Array;
  /**
   * Sends one command APDU and resolves with the full response APDU (data || SW1 || SW2).
   * Rejects with a DriverFailure: code "card.removed" when the card left the field,
   * "card.timeout" when it did not answer within `timeoutMs` (default chosen by the implementation),
   * "reader.*" for link problems. `signal` cancels the exchange (rejects with code "card.cancelled").
   */
  transmit(commandApdu: Uint8Array, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<Uint8Array>;
}

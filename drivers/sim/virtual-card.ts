/**
 * A contactless card inside the simulated PN532: the virtual PN532 hands it each APDU that arrives
 * in an InDataExchange and frames its answer. The virtual CCCD chip implements it.
 */
export interface VirtualCard {
  /** ISO 14443-3 type A identification, reported by InListPassiveTarget. */
  readonly uid: Uint8Array;
  readonly atqa: number;
  readonly sak: number;
  /** Answer To Select (after RATS), without the leading length byte. */
  readonly ats: Uint8Array;
  /** Called when the card enters the field (power-up): drops any session state. */
  reset(): void;
  /**
   * Processes one command APDU and returns the response (data || SW1 || SW2).
   * `cardTimeMs` is how long a real chip would have worked on it (the simulator waits that long and
   * the benchmark adds it to its link floor). Throwing a CardRemoved error means the card left the field.
   */
  transmit(commandApdu: Uint8Array): { response: Uint8Array; cardTimeMs: number };
}

/** Thrown by a VirtualCard's transmit when fault injection removes the card mid-exchange. */
export class CardRemoved extends Error {
  constructor() {
    super('card removed from the field');
    this.name = 'CardRemoved';
  }
}

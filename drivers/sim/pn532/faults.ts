/**
 * Faults the virtual PN532 can inject, each modelled on a failure seen with real readers: a noisy serial
 * line (damaged checksums, stray bytes), a lost ACK, a card lifted mid-read, a slow chip.
 * Counters count down as they fire; zero (or undefined) means off.
 */
export interface Pn532FaultPlan {
  /** Damage the DCS of the next N information frames the PN532 sends (retransmissions after a NACK count). */
  corruptChecksumFrames: number;
  /** Do not send the ACK for the next N commands; the commands still run and answer. */
  dropAcks: number;
  /** Write `garbageBytes` before each of the next N frames the PN532 sends (ACKs included). */
  garbageFrames: number;
  /**
   * The stray bytes. Default 55 AA FF 13 37 FE. Avoid "00 FF" inside: a fake start code whose header
   * checksums pass would look like a real frame.
   */
  garbageBytes: Uint8Array;
  /**
   * Remove the card after this many more answered APDUs; later exchanges get status 0x01 (time out) and the
   * next InListPassiveTarget finds nothing. Undefined: never.
   */
  removeCardAfterApdus: number | undefined;
  /** Extra card time added to every APDU, in ms (counted in stats.cardTimeMs). */
  slowCardExtraMs: number;
  /**
   * An adapter, cable or board that cannot keep up above this speed (bits/s): there, every frame longer
   * than 64 bytes loses a byte in each direction (a UART FIFO overrun), while short frames pass. Undefined: never.
   */
  unreliableAboveBaudRate: number | undefined;
}

export type Pn532Faults = Partial<Pn532FaultPlan>;

export const DEFAULT_GARBAGE = Uint8Array.of(0x55, 0xaa, 0xff, 0x13, 0x37, 0xfe);

export function noFaults(): Pn532FaultPlan {
  return {
    corruptChecksumFrames: 0,
    dropAcks: 0,
    garbageFrames: 0,
    garbageBytes: DEFAULT_GARBAGE.slice(),
    removeCardAfterApdus: undefined,
    slowCardExtraMs: 0,
    unreliableAboveBaudRate: undefined,
  };
}

/** Link and card counters of a virtual PN532; the benchmark derives its "link floor" from them. */
export interface VirtualPn532Stats {
  /** Bytes the PN532 received from the host, wake-up preamble and noise included. */
  bytesReceived: number;
  /** Bytes the PN532 sent to the host, ACKs, retransmissions and injected garbage included. */
  bytesSent: number;
  /** Commands received (information frames with a valid checksum). */
  commands: number;
  /** Response frames sent (retransmissions included). */
  responsesSent: number;
  acksSent: number;
  nacksReceived: number;
  /** ACK frames from the host that aborted a command in progress (UM §6.2.1.3). */
  abortsReceived: number;
  /** Frames from the host rejected for a bad checksum or length. */
  badFramesReceived: number;
  /** Complete APDUs handed to the card. */
  apdus: number;
  /** Simulated card processing time, in ms: the sum of the card's cardTimeMs plus slowCardExtraMs per APDU. */
  cardTimeMs: number;
}

export function zeroStats(): VirtualPn532Stats {
  return {
    bytesReceived: 0, bytesSent: 0, commands: 0, responsesSent: 0, acksSent: 0,
    nacksReceived: 0, abortsReceived: 0, badFramesReceived: 0, apdus: 0, cardTimeMs: 0,
  };
}

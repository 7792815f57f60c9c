import { SERIAL_BAUD_RATES } from './commands';

/**
 * Pieces of the HSU speed switch (PN532 UM §7.2.8 SetSerialBaudRate) that need no I/O. The PN532 always
 * powers up at 115200; a reset, an unplug or waking from power-down brings it back there, while the host
 * may still be at the fast speed. So the host checks every switch and can find the reader at either speed.
 */

/** The speed every PN532 HSU starts at (UM §6.2.3). */
export const POWER_UP_BAUD_RATE = 115200;

/** Speeds above power-up that SetSerialBaudRate offers (1,288,000 only on some boards and adapters). */
export const FAST_BAUD_RATES: readonly number[] = [...SERIAL_BAUD_RATES.values()].filter((r) => r > POWER_UP_BAUD_RATE);

/** Diagnose test 0x00, "communication line test" (UM §7.2.1): the PN532 echoes NumTst and the data. */
export const COMMUNICATION_LINE_TEST = 0x00;

/**
 * Bytes for the line test: long enough to fill most of a frame (adapters and cables that cannot keep up
 * lose bytes in long bursts, not in a 9-byte command), and containing every byte value the frames use.
 */
export function lineTestPattern(length = 240): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 37 + 0x55) & 0xff;
  return out;
}

/** True when a Diagnose 0x00 answer echoes the test exactly. */
export function lineTestPassed(sent: Uint8Array, answer: Uint8Array): boolean {
  if (answer.length !== sent.length + 1 || answer[0] !== COMMUNICATION_LINE_TEST) return false;
  for (let i = 0; i < sent.length; i++) if (answer[i + 1] !== sent[i]) return false;
  return true;
}

/** The speeds to look for a reader at on (re)connection: the configured one first, then the fast one. */
export function speedsToTry(configured: number, fast: number | undefined): number[] {
  return fast === undefined || fast === configured ? [configured] : [configured, fast];
}

/** What a switch to the fast speed ended with. */
export interface BaudRateSwitch {
  /** The speed host and PN532 talk at now. */
  readonly baudRate: number;
  /** Set when the switch was given up and the link is back at the power-up speed: why, in English. */
  readonly fellBack?: string;
}

import type { CardReadRequest, CardReadResult } from '../../../drivers/card/card-read';
import type { DriverError, Result } from '../../../drivers/result';
import type { SimCardProfile } from '../../api/identity';
import type { KioskDevice } from './device';

/**
 * The kiosk's chip-card reader (PN532 on a serial port, or the simulator). It watches for a card in
 * the field and reads it on request; a read's every exit drops the keys and releases the card.
 */
export interface CardReaderDevice extends KioskDevice {
  cardPresent(): boolean;
  /** Card placed (true) or lifted (false). */
  onCardPresence(listener: (present: boolean) => void): () => void;
  /** Reads the card now in the field. Fails with card.absent, card.removed, access.denied, reader.unavailable, … */
  read(request: CardReadRequest): Promise<Result<CardReadResult, DriverError>>;
  /** The simulated reader's controls, or null for a real one. */
  simulator(): CardSimulatorControl | null;
}

/** Demo and test controls of the simulated reader. */
export interface CardSimulatorControl {
  /** Every profile that loads, in file-name order; a file that does not load is left out (and logged). */
  profiles(): Promise<SimCardProfile[]>;
  /** Puts a card profile (default: the configured one) on the reader. */
  tap(profileId?: string): Promise<void>;
  remove(): Promise<void>;
  /** The card QR text of a profile (default: the card on the reader, else the configured one). */
  qrPayload(profileId?: string): Promise<string>;
}

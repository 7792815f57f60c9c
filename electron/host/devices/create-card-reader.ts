import type { LoadedConfig } from '../config/load-config';
import type { CardReaderDevice } from './card-reader-device';
import { NoCardReader } from './no-card-reader';

/** Builds the configured card reader. The PN532 and simulated readers are wired in with the card driver. */
export function createCardReaderDevice(loaded: LoadedConfig): CardReaderDevice {
  return new NoCardReader(loaded.config.devices.cardReader);
}

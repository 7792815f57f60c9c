import { err } from '../../../drivers/result';
import type { CardReaderConfig } from '../config/kiosk-config-schema';
import type { CardReaderDevice } from './card-reader-device';
import { describeCardReader } from './configured-devices';
import { DeviceStatusHolder } from './device';

/** A kiosk configured without a card reader (`type: none`): reads answer reader.unavailable. */
export class NoCardReader implements CardReaderDevice {
  private readonly holder: DeviceStatusHolder;
  constructor(config: CardReaderConfig) {
    this.holder = new DeviceStatusHolder({ kind: 'card-reader', description: describeCardReader(config), state: 'off', simulated: false });
  }
  status() { return this.holder.get(); }
  onStatus(l: Parameters<DeviceStatusHolder['subscribe']>[0]) { return this.holder.subscribe(l); }
  async start() {}
  async stop() {}
  cardPresent() { return false; }
  onCardPresence() { return () => {}; }
  async read() { return err('reader.unavailable', 'no card reader is configured'); }
  simulator() { return null; }
}

import { VirtualPn532 } from '../../../drivers/sim/pn532/index';
import { createMemoryLinkPair } from '../../../drivers/transport/memory-link';
import { SerialLink } from '../../../drivers/transport/serial-link';
import type { LoadedConfig } from '../config/load-config';
import type { CardReaderDevice } from './card-reader-device';
import { describeCardReader } from './configured-devices';
import { NoCardReader } from './no-card-reader';
import { loadPcscBinding } from '../../../drivers/pcsc/pcsc-binding';
import { PcscCardReader } from './pcsc-card-reader';
import { Pn532CardReader } from './pn532-card-reader';
import { SimulatedCardControl } from './simulated-card-control';

/**
 * Builds the configured card reader. The simulated one is the real driver stack (Pn532Reader, ICAO
 * 9303, passive authentication) talking over an in-memory link to a virtual PN532 holding a virtual
 * CCCD chip, throttled to 115200 baud like a real reader.
 */
export async function createCardReaderDevice(loaded: LoadedConfig): Promise<CardReaderDevice> {
  const c = loaded.config.devices.cardReader;
  const description = describeCardReader(c);
  if (c.type === 'none') return new NoCardReader(c);
  if (c.type === 'pcsc') return new PcscCardReader({ description, binding: loadPcscBinding(), ...(c.reader !== undefined ? { reader: c.reader } : {}) });
  if (c.type === 'serial') {
    return new Pn532CardReader({
      description,
      simulated: false,
      openLink: () => new SerialLink({ path: c.path, baudRate: c.baudRate }),
      ...(c.fastBaudRate !== undefined ? { link: { baudRate: c.baudRate, fastBaudRate: c.fastBaudRate } } : {}),
    });
  }
  let pn532: VirtualPn532 | null = null;
  const control = new SimulatedCardControl({ insertCard: (card) => pn532?.insertCard(card), removeCard: () => pn532?.removeCard() }, c.cardsDir, c.card);
  await control.load(c.card).catch((e: Error) => console.warn(`[devices] ${e.message}`));
  return new Pn532CardReader({
    description,
    simulated: true,
    simulator: control,
    openLink: async () => {
      const [host, device] = createMemoryLinkPair({ names: ['sim:pn532', 'sim:pn532-device'] });
      const card = pn532?.card;
      await pn532?.stop();
      pn532 = new VirtualPn532(device);
      if (card) pn532.insertCard(card);
      await pn532.start();
      return host;
    },
  });
}

import { SerialScanner, type SerialScannerOptions } from '../../qr/serial-scanner';
import { createMemoryLinkPair } from '../../transport/memory-link';
import { SimulatedScanner } from './simulated-scanner';

/**
 * A simulated scanner wired to a real SerialScanner through an in-memory link, for the demo
 * configuration and tests: `device.emit(...)` and the kiosk's `scanner` sees a scan, through the same
 * framing and decoding code a USB-CDC scanner goes through.
 */
export async function createInProcessScanner(options: SerialScannerOptions = {}): Promise<{
  readonly scanner: SerialScanner;
  readonly device: SimulatedScanner;
}> {
  const [host, deviceEnd] = createMemoryLinkPair({ names: ['sim:scanner', 'sim:scanner-device'] });
  const device = new SimulatedScanner(deviceEnd, { suffix: options.suffix ?? 'cr' });
  await device.open();
  return { scanner: new SerialScanner(host, options), device };
}

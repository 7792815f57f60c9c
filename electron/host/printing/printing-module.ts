import type { CoreContext, CoreModule } from '../core-module';
import { PrinterDevice } from './printer-device';
import { canvasMeasure } from './slip-render';

/**
 * The slip printer (phiếu hướng dẫn): the device joins device status when one is configured, and
 * the citizen face prints through `printer.printSlip`. Content is validated by the contract's schema,
 * which has no field for personal data.
 */
export function createPrintingModule(ctx: CoreContext): CoreModule & { printer: PrinterDevice } {
  const { config } = ctx.loaded;
  const printer = new PrinterDevice(config.devices.printer, {
    frame: { wardName: config.ward.name, supportLines: config.ward.supportLines },
    ...(ctx.options.osPrinter ? { osPrinter: ctx.options.osPrinter } : {}),
  });
  if (config.devices.printer.type !== 'none') ctx.devices.attach(printer);
  // Load Skia and the slip's fonts when a face first shows a print button, not at start and not at the
  // first tap: the first byte should leave within 300 ms of the tap, and an idle kiosk never pays for them.
  const paper = config.devices.printer.type === 'none' ? undefined : config.devices.printer.paperWidthMm;
  let warmed = false;
  const warmUp = () => {
    if (warmed || !printer.available || paper === undefined) return;
    warmed = true;
    setImmediate(() => {
      try {
        canvasMeasure(paper)('Phiếu', 'body');
      } catch (e) {
        console.error(`[printing] slip fonts could not be loaded: ${(e as Error).message}`);
      }
    });
  };
  return {
    name: 'printing',
    printer,
    handlers: {
      'printer.available': async () => {
        warmUp();
        return { available: printer.available };
      },
      'printer.printSlip': async (input) => printer.printSlip(input),
    },
  };
}

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
  return {
    name: 'printing',
    printer,
    handlers: {
      'printer.available': async () => ({ available: printer.available }),
      'printer.printSlip': async (input) => printer.printSlip(input),
    },
    async start() {
      // Load the slip's fonts now, not at the first tap (the first byte should leave within 300 ms).
      if (printer.available && config.devices.printer.type !== 'none') canvasMeasure(config.devices.printer.paperWidthMm)('Phiếu', 'body');
    },
  };
}

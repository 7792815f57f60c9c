import { EscPosPrinter } from '../../../drivers/escpos/index';
import { DeviceFileLink, SerialLink, TcpLink, createMemoryLinkPair } from '../../../drivers/transport/index';
import { VirtualPrinter } from '../../../drivers/sim/printer/index';
import { pageToPng } from '../../../drivers/sim/printer/page-png';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrinterConfig } from '../config/kiosk-config-schema';
import { PAPER_DOTS } from './slip-layout';

export type EscPosLikeConfig = Extract<PrinterConfig, { type: 'escpos' } | { type: 'simulated' }>;

/** A one-line description for device status and technicians. */
export function describePrinter(c: PrinterConfig): string {
  switch (c.type) {
    case 'escpos':
      return `ESC/POS ${c.paperWidthMm} mm ${c.link === 'tcp' ? `tcp ${c.host}:${c.port}` : c.link === 'serial' ? `serial ${c.path} @ ${c.baudRate}` : `device ${c.path}`}${c.mode === 'text' ? ' (text)' : ''}`;
    case 'simulated': return `simulated ${c.paperWidthMm} mm → ${c.outDir}`;
    case 'os': return `OS printer "${c.deviceName}"`;
    case 'none': return 'none';
  }
}

/**
 * The printer on its configured link. `simulated` runs the product's virtual printer in-process on a
 * memory link and saves each slip as a PNG in outDir, the same decoder `kiosk sim printer` uses.
 */
export function createEscPosPrinter(c: EscPosLikeConfig): { printer: EscPosPrinter; virtual?: VirtualPrinter } {
  if (c.type === 'simulated') {
    const [kioskEnd, printerEnd] = createMemoryLinkPair({ names: ['kiosk:printer', 'sim:printer'] });
    let n = 0;
    const virtual = new VirtualPrinter(printerEnd, 'ready', (page) => {
      const outDir = c.outDir ?? 'printed';
      const file = join(outDir, `slip-${Date.now()}-${++n}.png`);
      void mkdir(outDir, { recursive: true })
        .then(() => writeFile(file, pageToPng(page, PAPER_DOTS[c.paperWidthMm])))
        .catch((e: Error) => console.error(`[printer] simulated slip not saved: ${e.message}`));
    });
    return { printer: new EscPosPrinter(kioskEnd), virtual };
  }
  switch (c.link) {
    case 'serial': return { printer: new EscPosPrinter(new SerialLink({ path: c.path, baudRate: c.baudRate })) };
    case 'tcp': return { printer: new EscPosPrinter(new TcpLink({ host: c.host, port: c.port })) };
    case 'device': return { printer: new EscPosPrinter(new DeviceFileLink(c.path), { canReadStatus: false }) };
  }
}

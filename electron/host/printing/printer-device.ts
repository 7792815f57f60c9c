import type { PrintFault, PrintOutcome, SlipContent } from '../../api/printing';
import type { EscPosPrinter } from '../../../drivers/escpos/index';
import type { VirtualPrinter } from '../../../drivers/sim/printer/index';
import type { PrinterConfig } from '../config/kiosk-config-schema';
import { DeviceStatusHolder, type KioskDevice } from '../devices/device';
import { createEscPosPrinter, describePrinter } from './printer-link';
import { buildSlipJob, slipBitmap } from './slip-job';
import { slipHeightMm, type OsSlipPrinter } from './os-slip-printer';
import { pageToPng } from '../../../drivers/sim/printer/page-png';
import { PAPER_DOTS } from './slip-layout';
import type { SlipFrame } from './slip-layout';

export interface PrinterDeviceOptions {
  /** Ward name and support lines; the time is taken at print. */
  readonly frame: Omit<SlipFrame, 'printedAt'>;
  /** How often the idle printer is asked for its status, so staff see "out of paper" before a citizen does (default 30 s). */
  readonly pollMs?: number;
  readonly now?: () => Date;
  /** The Electron shell's OS printing, for type "os" (absent in browser mode: that printer is then off). */
  readonly osPrinter?: OsSlipPrinter;
}

/**
 * The slip printer as a kiosk device. A print asks the printer's status first (DLE EOT) and refuses
 * with the fault, so the citizen hears "out of paper" instead of waiting for a slip that never comes;
 * one slip prints at a time. Calls are async and never hold the faces: the face shows progress.
 */
export class PrinterDevice implements KioskDevice {
  private readonly holder: DeviceStatusHolder;
  private printer: EscPosPrinter | null = null;
  private virtual: VirtualPrinter | null = null;
  private printing = false;
  private poller: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly config: PrinterConfig, private readonly options: PrinterDeviceOptions) {
    this.holder = new DeviceStatusHolder({
      kind: 'printer',
      description: describePrinter(config),
      state: config.type === 'none' ? 'off' : config.type === 'os' ? (options.osPrinter ? 'ready' : 'off') : 'disconnected',
      simulated: config.type === 'simulated',
      ...(config.type === 'os' && !options.osPrinter ? { problem: 'printer.os-needs-electron' } : {}),
    });
  }

  status() { return this.holder.get(); }
  onStatus(l: Parameters<DeviceStatusHolder['subscribe']>[0]) { return this.holder.subscribe(l); }

  /** Whether a slip can be attempted at all (a configured ESC/POS or simulated printer). */
  get available(): boolean {
    return this.config.type === 'escpos' || this.config.type === 'simulated' || (this.config.type === 'os' && this.options.osPrinter !== undefined);
  }

  /** The in-process virtual printer of the `simulated` type (the demo's simulator panel sets its state). */
  simulator(): VirtualPrinter | null {
    return this.virtual;
  }

  async start(): Promise<void> {
    const c = this.config;
    if (c.type !== 'escpos' && c.type !== 'simulated') return;
    const { printer, virtual } = createEscPosPrinter(c);
    this.printer = printer;
    this.virtual = virtual ?? null;
    await virtual?.open();
    await this.refresh();
    this.poller = setInterval(() => void this.refresh(), this.options.pollMs ?? 30_000);
    this.poller.unref?.();
  }

  async stop(): Promise<void> {
    if (this.poller) clearInterval(this.poller);
    await this.printer?.close().catch(() => undefined);
    await this.virtual?.close().catch(() => undefined);
  }

  async printSlip(content: SlipContent): Promise<PrintOutcome> {
    if (this.config.type === 'os') return this.printOnOs(content, this.config);
    const printer = this.printer;
    if (!printer || !this.available) return { printed: false, fault: 'no-printer' };
    if (this.printing) return { printed: false, fault: 'busy' };
    this.printing = true;
    try {
      const fault = await this.check(printer);
      if (fault) return { printed: false, fault };
      const c = this.config as Extract<PrinterConfig, { type: 'escpos' | 'simulated' }>;
      const job = buildSlipJob(content, { ...this.options.frame, printedAt: this.options.now?.() ?? new Date() }, {
        paperWidthMm: c.paperWidthMm,
        mode: c.type === 'escpos' ? c.mode : 'raster',
      });
      this.holder.set({ state: 'busy' });
      await printer.send(job);
      this.holder.set({ state: 'ready' });
      return { printed: true, bytes: job.length };
    } catch {
      this.holder.set({ state: 'disconnected', problem: 'printer.link-failed' });
      await printer.close().catch(() => undefined);
      return { printed: false, fault: 'link-failed' };
    } finally {
      this.printing = false;
    }
  }

  /**
   * The OS queue tells nothing about paper or cover before printing: a refused job (printer unknown,
   * offline in the spooler) is reported as "error" and shown to staff.
   */
  private async printOnOs(content: SlipContent, c: Extract<PrinterConfig, { type: 'os' }>): Promise<PrintOutcome> {
    const os = this.options.osPrinter;
    if (!os) return { printed: false, fault: 'no-printer' };
    if (this.printing) return { printed: false, fault: 'busy' };
    this.printing = true;
    try {
      const bitmap = slipBitmap(content, { ...this.options.frame, printedAt: this.options.now?.() ?? new Date() }, c.paperWidthMm);
      const png = pageToPng({ parts: [{ kind: 'raster', bitmap }], bytes: 0 }, PAPER_DOTS[c.paperWidthMm]);
      this.holder.set({ state: 'busy' });
      await os.print(png, { deviceName: c.deviceName, widthMm: PAPER_DOTS[c.paperWidthMm] / 8, heightMm: slipHeightMm(bitmap.heightDots) });
      this.holder.set({ state: 'ready' });
      return { printed: true, bytes: png.length };
    } catch {
      this.holder.set({ state: 'fault', problem: 'printer.error' });
      return { printed: false, fault: 'error' };
    } finally {
      this.printing = false;
    }
  }

  /** Asks the status now (also on a timer while idle) and shows it in device status. */
  async refresh(): Promise<void> {
    if (!this.printer || this.printing) return;
    this.printing = true;
    try {
      await this.check(this.printer);
    } catch {
      this.holder.set({ state: 'disconnected', problem: 'printer.link-failed' });
      await this.printer.close().catch(() => undefined);
    } finally {
      this.printing = false;
    }
  }

  /** Opens the link if needed and asks the status; returns the fault or null, updating device status. */
  private async check(printer: EscPosPrinter): Promise<PrintFault | null> {
    if (!printer.link.isOpen) {
      try {
        await printer.open();
      } catch {
        this.holder.set({ state: 'disconnected', problem: 'printer.no-answer' });
        return 'no-answer';
      }
    }
    const status = await printer.status();
    if (status === 'unknown' || status.ready) {
      this.holder.set({ state: 'ready' });
      return null;
    }
    const fault = status.fault ?? 'error';
    this.holder.set({ state: fault === 'no-answer' ? 'disconnected' : 'fault', problem: `printer.${fault}` });
    return fault;
  }
}

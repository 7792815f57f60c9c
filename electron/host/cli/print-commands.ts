import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runVirtualPrinter, type VirtualPrinterState } from '../../../drivers/sim/printer/index';
import { loadConfig } from '../config/load-config';
import { defaultConfigFile, packageRootFrom } from '../paths';
import { PrinterDevice } from '../printing/printer-device';
import { PAPER_DOTS } from '../printing/slip-layout';
import { TEST_SLIP } from '../printing/test-slip';
import type { CliCommand } from './command';

const STATES: readonly VirtualPrinterState[] = ['ready', 'paper-out', 'cover-open', 'offline', 'silent'];

const printTest: CliCommand = {
  path: ['print', 'test'],
  summary: 'Print a test slip on the configured printer (devices.printer); exit 1 with the fault (paper-out, cover-open, offline, no-answer).',
  usage: '[--config file]',
  options: { config: { type: 'string' } },
  async run({ values }, io) {
    const file = typeof values.config === 'string' ? values.config : defaultConfigFile(packageRootFrom(dirname(fileURLToPath(import.meta.url))));
    const loaded = loadConfig(file);
    if (!loaded.ok) {
      io.err(`${file}: ${loaded.problems.length} problem(s)`);
      for (const p of loaded.problems) io.err(`  ${p}`);
      return 1;
    }
    const { config } = loaded.value;
    const printer = new PrinterDevice(config.devices.printer, { frame: { wardName: config.ward.name, supportLines: config.ward.supportLines }, pollMs: 3_600_000 });
    if (!printer.available) {
      io.err(`devices.printer is ${config.devices.printer.type}: nothing to print on (the OS printer prints only from the Electron app)`);
      return 1;
    }
    await printer.start();
    try {
      const outcome = await printer.printSlip(TEST_SLIP);
      if (!outcome.printed) {
        io.err(`not printed: ${outcome.fault} (${printer.status().description})`);
        return 1;
      }
      io.out(`printed: ${outcome.bytes} bytes to ${printer.status().description}`);
      return 0;
    } finally {
      await new Promise((r) => setTimeout(r, 100)); // let a simulated printer save its PNG
      await printer.stop();
    }
  },
};

const simPrinter: CliCommand = {
  path: ['sim', 'printer'],
  summary: 'Act as an ESC/POS receipt printer on a pty/serial port (or a local TCP port) and save each slip as a PNG.',
  usage: `(--link <pty> [--baud n] | --tcp <port>) --out <dir> [--state ${STATES.join('|')}] [--paper 58|80]`,
  options: {
    link: { type: 'string' },
    tcp: { type: 'string' },
    baud: { type: 'string' },
    out: { type: 'string' },
    state: { type: 'string' },
    paper: { type: 'string' },
  },
  async run({ values }, io) {
    const link = typeof values.link === 'string' ? values.link : undefined;
    const tcp = typeof values.tcp === 'string' ? Number(values.tcp) : undefined;
    if ((link === undefined) === (tcp === undefined)) {
      io.err('give exactly one of --link <pty> or --tcp <port>');
      return 2;
    }
    if (tcp !== undefined && !(Number.isInteger(tcp) && tcp >= 0 && tcp <= 65535)) {
      io.err(`--tcp: expected a port number 0…65535, got ${String(values.tcp)}`);
      return 2;
    }
    if (typeof values.out !== 'string') {
      io.err('--out <dir> is required (slips are saved there as slip-001.png, …)');
      return 2;
    }
    const state = (values.state ?? 'ready') as VirtualPrinterState;
    if (!STATES.includes(state)) {
      io.err(`--state: expected one of ${STATES.join(', ')}`);
      return 2;
    }
    const paper = values.paper === undefined ? 80 : Number(values.paper);
    if (paper !== 58 && paper !== 80) {
      io.err('--paper: expected 58 or 80');
      return 2;
    }
    const baudRate = values.baud === undefined ? 115200 : Number(values.baud);
    try {
      const running = await runVirtualPrinter({
        link: link !== undefined ? { serial: link, baudRate } : { tcpPort: tcp ?? 9100 },
        outDir: values.out,
        state,
        paperDots: PAPER_DOTS[paper],
        onSlip: (f, page) => io.out(`slip saved: ${f} (${page.bytes} bytes)`),
      });
      io.err(`virtual printer ${state} on ${link ?? `127.0.0.1:${running.port}`}; Ctrl+C to stop`);
      await new Promise<void>((done) => {
        process.once('SIGINT', () => done());
        process.once('SIGTERM', () => done());
      });
      await running.close();
      return 0;
    } catch (e) {
      io.err(`kiosk sim printer: ${(e as Error).message}`);
      return 1;
    }
  },
};

export const printCommands: CliCommand[] = [printTest, simPrinter];

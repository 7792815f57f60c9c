import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { SerialLink } from '../../transport/serial-link';
import { pageToPng } from './page-png';
import { VirtualPrinter, type PrintedPage, type VirtualPrinterState } from './virtual-printer';

export interface RunVirtualPrinterOptions {
  /** A pty or serial port the kiosk prints to (the other end), or a TCP port to listen on (127.0.0.1). */
  readonly link: { readonly serial: string; readonly baudRate?: number } | { readonly tcpPort: number };
  /** Folder for slip-001.png, slip-002.png, … (created if missing). */
  readonly outDir: string;
  readonly state?: VirtualPrinterState;
  /** Paper width in dots for text-only slips (576 = 80 mm, 384 = 58 mm at 203 dpi). */
  readonly paperDots?: number;
  readonly onSlip?: (file: string, page: PrintedPage) => void;
}

export interface RunningVirtualPrinter {
  /** The TCP port actually listened on (useful with tcpPort 0), or null on a serial link. */
  readonly port: number | null;
  setState(state: VirtualPrinterState): void;
  close(): Promise<void>;
}

/** Runs the virtual printer on a serial link or a local TCP port, saving every cut slip as a PNG. */
export async function runVirtualPrinter(options: RunVirtualPrinterOptions): Promise<RunningVirtualPrinter> {
  await mkdir(options.outDir, { recursive: true });
  let count = 0;
  let writes = Promise.resolve();
  const save = (page: PrintedPage) => {
    const file = join(options.outDir, `slip-${String(++count).padStart(3, '0')}.png`);
    writes = writes.then(async () => {
      await writeFile(file, pageToPng(page, options.paperDots));
      options.onSlip?.(file, page);
    });
  };
  const state = options.state ?? 'ready';
  if ('serial' in options.link) {
    const printer = new VirtualPrinter(new SerialLink({ path: options.link.serial, baudRate: options.link.baudRate ?? 115200 }), state, save);
    await printer.open();
    return {
      port: null,
      setState: (s) => { printer.state = s; },
      close: async () => { await printer.close(); await writes; },
    };
  }
  const tcpPort = options.link.tcpPort;
  // One VirtualPrinter per connection, sharing the state, as a network printer serves one job at a time.
  let current: VirtualPrinterState = state;
  const printers = new Set<VirtualPrinter>();
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((socket) => {
    const printer = new VirtualPrinter({ name: 'tcp', isOpen: true, open: async () => undefined, write: async () => undefined, onData: () => () => undefined, onClose: () => () => undefined, close: async () => undefined }, current, save);
    printers.add(printer);
    sockets.add(socket);
    socket.on('data', (chunk) => printer.receive(new Uint8Array(chunk), (reply) => socket.write(reply)));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      printers.delete(printer);
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(tcpPort, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : null,
    setState: (s) => {
      current = s;
      for (const p of printers) p.state = s;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await writes;
    },
  };
}

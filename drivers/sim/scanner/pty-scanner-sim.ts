import type { ScanSuffix } from '../../qr/payload-framer';
import { SerialLink } from '../../transport/serial-link';
import { SimulatedScanner } from './simulated-scanner';
import type { DamageKind } from './wedge-damage';

export interface PtyScannerSimOptions {
  /** Serial device or pty path the simulator writes to (the kiosk reads the other end). */
  readonly link: string;
  /** Payloads, one per line; empty lines and lines starting with "#" are skipped. */
  readonly lines: AsyncIterable<string> | Iterable<string>;
  readonly suffix?: ScanSuffix;
  readonly baudRate?: number;
  /** Damage applied to every payload (default none). */
  readonly damage?: DamageKind;
  /** Pause between payloads in ms (default 0): gives suffix-less framing its inter-byte timeout. */
  readonly pauseMs?: number;
  /** Called after each payload is written, with its 1-based number (never the payload: it may be personal data). */
  readonly onSent?: (count: number) => void;
}

/** Runs the simulated scanner on a serial link until the lines run out; returns how many payloads it sent. */
export async function runPtyScannerSim(options: PtyScannerSimOptions): Promise<number> {
  const link = new SerialLink({ path: options.link, baudRate: options.baudRate ?? 9600 });
  const sim = new SimulatedScanner(link, { suffix: options.suffix ?? 'cr' });
  await sim.open();
  let count = 0;
  try {
    for await (const raw of options.lines) {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '' || line.startsWith('#')) continue;
      if (options.damage) await sim.emitDamaged(line, options.damage);
      else await sim.emit(line);
      count++;
      options.onSent?.(count);
      if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
    }
  } finally {
    await sim.close();
  }
  return count;
}

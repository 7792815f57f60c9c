import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createPtyPair, type PtyPair } from '../../integration/support/pty-pair';
import { REPO } from './kiosk-process';

/**
 * Real serial devices for end-to-end tests: two socat pty pairs, the BUILT `kiosk sim pn532` (a PN532
 * reader, no card at start) on one and `kiosk sim scanner` (a serial QR scanner) on the other, both
 * driven through their stdin. The kiosk opens `cardLink` and `scannerLink` as it would /dev/ttyUSB*.
 */
export interface PtyDevices {
  /** The kiosk's end of the card reader's pty (config devices.cardReader.path). */
  readonly cardLink: string;
  /** The kiosk's end of the scanner's pty (config devices.qrScanner.path). */
  readonly scannerLink: string;
  /** Puts a card in the reader's field (default profile nguyen-van-an, or a profile id/path). */
  tap(profile?: string): Promise<void>;
  /** Lifts the card. */
  remove(): Promise<void>;
  /** The scanner sends `text` (then CR) as one scan; resolves once it was written to the line. */
  scan(text: string): Promise<void>;
  /** Ends both simulators and both socat processes (by PID) and removes the links. */
  stop(): Promise<void>;
}

/** A child process whose output lines (stdout or stderr) can be awaited in order. */
class LineChild {
  private readonly lines: string[] = [];
  private seen = 0;
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<void>;

  constructor(readonly name: string, readonly child: ChildProcess) {
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        this.lines.push(line);
        for (const w of [...this.waiters]) w();
      });
    }
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('exit', () => {
      for (const w of [...this.waiters]) w();
    });
  }

  send(line: string): void {
    this.child.stdin?.write(`${line}\n`);
  }

  /** The next line (after those already matched) equal to `text` or matching it. */
  waitFor(match: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const test = (l: string) => (typeof match === 'string' ? l === match : match.test(l));
    return new Promise((resolve, reject) => {
      const check = () => {
        for (; this.seen < this.lines.length; this.seen++) {
          const line = this.lines[this.seen]!;
          if (test(line)) {
            this.seen++;
            done();
            return resolve(line);
          }
        }
        if (this.child.exitCode !== null || this.child.signalCode !== null) {
          done();
          reject(new Error(`${this.name} exited (${this.child.exitCode ?? this.child.signalCode}) before "${String(match)}": ${this.lines.join(' | ')}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.name}: no "${String(match)}" within ${timeoutMs} ms: ${this.lines.join(' | ')}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  async stop(): Promise<void> {
    const { child } = this;
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    child.stdin?.end(); // both simulators end when their stdin closes
    const pid = child.pid;
    const term = setTimeout(() => child.exitCode === null && process.kill(pid, 'SIGTERM'), 2000);
    const kill = setTimeout(() => child.exitCode === null && process.kill(pid, 'SIGKILL'), 5000);
    await this.exited;
    clearTimeout(term);
    clearTimeout(kill);
  }
}

const kioskCli = (name: string, args: readonly string[]) =>
  new LineChild(name, spawn(process.execPath, [join(REPO, 'bin', 'kiosk.mjs'), ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] }));

/** Starts both pty devices; rejects (cleaning up) when either simulator does not come up. */
export async function startPtyDevices(): Promise<PtyDevices> {
  const pairs: PtyPair[] = [];
  const children: LineChild[] = [];
  const stop = async () => {
    await Promise.all(children.map((c) => c.stop()));
    await Promise.all(pairs.map((p) => p.close()));
  };
  try {
    const card = await createPtyPair();
    pairs.push(card);
    const scanner = await createPtyPair();
    pairs.push(scanner);
    const reader = kioskCli('kiosk sim pn532', ['sim', 'pn532', '--card', 'nguyen-van-an', '--link', card.b, '--baud', '115200', '--no-card']);
    children.push(reader);
    const qr = kioskCli('kiosk sim scanner', ['sim', 'scanner', '--link', scanner.b, '--baud', '115200', '--suffix', 'cr']);
    children.push(qr);
    await reader.waitFor('ready');
    let scans = 0;
    return {
      cardLink: card.a,
      scannerLink: scanner.a,
      async tap(profile) {
        reader.send(profile ? `tap ${profile}` : 'tap');
        await reader.waitFor(/^(ok|error) tap/).then((l) => {
          if (l.startsWith('error')) throw new Error(l);
        });
      },
      async remove() {
        reader.send('remove');
        await reader.waitFor('ok remove');
      },
      async scan(text) {
        if (/[\r\n]/.test(text)) throw new Error('one scan is one line');
        qr.send(text);
        await qr.waitFor(`sent payload ${++scans}`);
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

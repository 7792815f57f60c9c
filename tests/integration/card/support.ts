import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cardCommands } from '../../../electron/host/cli/card-commands';
import { runCli } from '../../../electron/host/cli/run-cli';
import { trustStoreFromFiles, type TrustStore } from '../../../drivers/emrtd/pa/index';
import { Pn532Reader, type Pn532ReaderOptions } from '../../../drivers/pn532/reader';
import { loadCardProfile, type CardProfile } from '../../../drivers/sim/card-profile/index';
import { defaultTestPki } from '../../../drivers/sim/card-profile/test-pki';
import { VirtualPn532, type VirtualPn532Options } from '../../../drivers/sim/pn532/virtual-pn532';
import { virtualCardFromProfile, type SimulatedCardOptions } from '../../../drivers/sim/simulated-card';
import { SerialLink } from '../../../drivers/transport/serial-link';
import { createPtyPair, type PtyPair } from '../support/pty-pair';

/** `kiosk card read` in-process: exit code, stdout and stderr lines, stdout parsed as JSON on demand. */
export async function cardRead(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(cardCommands, ['card', 'read', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err, json: () => JSON.parse(out.join('\n')) as Record<string, any> };
}

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** The demo trust store: the simulator's TEST CSCA (kiosk-config/sim/trust-store). */
export const DEMO_TRUST_DIR = fileURLToPath(new URL('../../../kiosk-config/sim/trust-store', import.meta.url));

export const testTrustStore = (): TrustStore => trustStoreFromFiles([{ name: 'simulator-test-csca.der', bytes: defaultTestPki().csca.der }]);

export async function shippedCard(id: 'nguyen-van-an' | 'tran-thi-binh-60' = 'nguyen-van-an'): Promise<CardProfile> {
  const r = await loadCardProfile(fileURLToPath(new URL(`../../../kiosk-config/sim/cards/${id}.json`, import.meta.url)));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail}`);
  return r.value;
}

/** A virtual PN532 served on the device end of a real socat pty pair; the host end is `pty.a`. */
export interface SimOnPty {
  readonly pty: PtyPair;
  readonly sim: VirtualPn532;
  /** Puts a fresh chip of `profile` in the field. */
  tap(profile: CardProfile, options?: SimulatedCardOptions): void;
  close(): Promise<void>;
}

export async function startSimOnPty(options: VirtualPn532Options = {}): Promise<SimOnPty> {
  const pty = await createPtyPair();
  const sim = new VirtualPn532(new SerialLink({ path: pty.b, baudRate: 115200 }), { baudRate: 115200, ...options });
  await sim.start();
  return {
    pty,
    sim,
    tap: (profile, cardOptions = {}) => sim.insertCard(virtualCardFromProfile(profile, cardOptions)),
    async close() {
      await sim.stop().catch(() => undefined);
      await pty.close();
    },
  };
}

/** A Pn532Reader opened on a host-end path. */
export async function openReader(path: string, options: Pn532ReaderOptions = {}): Promise<Pn532Reader> {
  const reader = new Pn532Reader(new SerialLink({ path, baudRate: 115200 }), options);
  await reader.open();
  return reader;
}

/**
 * The real `kiosk` CLI as a child process, run from the sources (tsx) so the test never depends on a
 * stale dist/ build. Lines of stdout are collected; `waitFor` resolves with the first matching line.
 */
export interface KioskChild {
  readonly child: ChildProcess;
  readonly lines: string[];
  stderr(): string;
  send(line: string): void;
  waitFor(match: RegExp | string, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function spawnKiosk(args: readonly string[]): KioskChild {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli/main.ts', ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let err = '';
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const w of [...waiters]) w();
  });
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let seen = 0;
  return {
    child,
    lines,
    stderr: () => err,
    send: (line) => child.stdin!.write(`${line}\n`),
    exited,
    waitFor(match, timeoutMs = 15_000) {
      const test = (l: string) => (typeof match === 'string' ? l === match : match.test(l));
      return new Promise((resolve, reject) => {
        const check = () => {
          for (; seen < lines.length; seen++) {
            const line = lines[seen]!;
            if (test(line)) {
              seen++;
              waiters.delete(check);
              clearTimeout(timer);
              resolve(line);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no line ${String(match)} within ${timeoutMs} ms; stdout: ${lines.join(' | ')}; stderr: ${err}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        process.kill(child.pid, 'SIGTERM');
        const killer = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 3000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
}

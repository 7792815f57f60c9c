import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mintLaunchCode } from '../../../electron/host/server/launch-codes';
import { readLaunchFile } from '../../../electron/host/server/launch-file';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');

export interface RunningKiosk {
  /** The citizen face with a fresh one-time launch code (each read makes a new one, as `kiosk open` does). */
  readonly citizenUrl: string;
  /** The staff face with a fresh one-time launch code. */
  readonly staffUrl: string;
  /** The plain addresses `serve` prints (no code: a face opened from them says it was not opened properly). */
  readonly plainUrls: { readonly citizen: string; readonly staff: string };
  /** The launch token of this run, from the 0600 launch file in the data folder. */
  readonly launchToken: string;
  readonly displayUrl: string;
  readonly port: number;
  readonly dataDir: string;
  readonly configFile: string;
  /** Everything the core printed (stdout and stderr), for log scans and failure reports. */
  output(): string;
  /** Kills the core (SIGKILL: a crash, not a clean stop). */
  kill(): Promise<void>;
  /** Starts the core again on the same port with the same data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

type Patch = Record<string, unknown>;

/** Deep-merges a patch into the demo config (objects merge, everything else replaces). */
function merge(base: Patch, patch: Patch): Patch {
  const out: Patch = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && base[k] && typeof base[k] === 'object' ? merge(base[k] as Patch, v as Patch) : v;
  }
  return out;
}

export interface StartKioskOptions {
  /**
   * Replaces `devices` of the config wholesale after the patch (a deep merge would mix the demo's
   * simulated reader settings into a serial one, which the strict schema rejects).
   */
  readonly devices?: Record<string, unknown>;
  /** More arguments for `kiosk serve` (e.g. --open). */
  readonly args?: readonly string[];
  /** More environment for the core (e.g. KIOSK_BROWSER). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Starts the BUILT kiosk (dist/) in browser mode as a separate process, on the demo configuration
 * with a temporary data directory and port 0, patched as a test needs.
 */
export async function startKiosk(patch: Patch = {}, options: StartKioskOptions = {}): Promise<RunningKiosk> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  const demo = JSON.parse(readFileSync(join(REPO, 'kiosk-config', 'kiosk.json'), 'utf8')) as Patch;
  const config = merge(
    merge(demo, {
      dataDir: join(dir, 'data'),
      content: { dir: join(REPO, 'kiosk-config', 'content') },
      // allowTestAuthorities: with real ptys the reader is "serial", and the card on the other end is the simulator's.
      trustStore: { dir: join(REPO, 'kiosk-config', 'sim', 'trust-store'), allowTestAuthorities: true },
      // The config is written to a temp folder: point the simulated reader at the shipped profiles.
      devices: { cardReader: { cardsDir: join(REPO, 'kiosk-config', 'sim', 'cards') } },
      network: { bindAddress: '127.0.0.1', port: 0 },
    }),
    patch,
  );
  if (options.devices) config.devices = options.devices;
  const configFile = join(dir, 'kiosk.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));

  let child: ChildProcess | null = null;
  let log = '';
  let port = 0;
  let urls = { citizen: '', staff: '', display: '' };

  const launch = (fixedPort: number) =>
    new Promise<void>((resolveStart, reject) => {
      const args = [join(REPO, 'bin', 'kiosk.mjs'), 'serve', '--config', configFile, '--port', String(fixedPort), ...(options.args ?? [])];
      const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KIOSK_TEST: '1', ...options.env } });
      child = proc;
      const timer = setTimeout(() => reject(new Error(`kiosk did not start:\n${log}`)), 20_000);
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        const c = /citizen: (\S+)/.exec(log);
        const s = /staff: +(\S+)/.exec(log);
        const d = /display: (\S+)/.exec(log);
        if (c && s && d) {
          clearTimeout(timer);
          urls = { citizen: c[1]!, staff: s[1]!, display: d[1]! };
          port = Number(new URL(urls.display).port);
          resolveStart();
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', (b: Buffer) => (log += b.toString()));
      proc.once('exit', (code) => {
        clearTimeout(timer);
        if (!port) reject(new Error(`kiosk exited with ${code}:\n${log}`));
      });
    });

  const kill = async () => {
    const c = child as ChildProcess | null;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise<void>((r) => {
      c.once('exit', () => r());
      c.kill('SIGKILL');
    });
  };

  const launchUrl = (face: 'citizen' | 'staff') => {
    const file = readLaunchFile(join(dir, 'data'));
    if (!file) throw new Error('no launch file: the kiosk did not start');
    return `${urls[face]}#c=${mintLaunchCode(file.token, face, Date.now())}`;
  };

  await launch(0);
  return {
    get citizenUrl() { return launchUrl('citizen'); },
    get staffUrl() { return launchUrl('staff'); },
    get plainUrls() { return { citizen: urls.citizen, staff: urls.staff }; },
    get launchToken() { return readLaunchFile(join(dir, 'data'))!.token; },
    get displayUrl() { return urls.display; },
    get port() { return port; },
    dataDir: join(dir, 'data'),
    configFile,
    output: () => log,
    kill,
    async restart() {
      await kill();
      log = '';
      await launch(port);
    },
    async stop() {
      const c = child as ChildProcess | null;
      if (c && c.exitCode === null && c.signalCode === null) {
        await new Promise<void>((r) => {
          const t = setTimeout(() => c.kill('SIGKILL'), 5000);
          c.once('exit', () => { clearTimeout(t); r(); });
          c.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

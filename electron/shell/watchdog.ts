/**
 * A heartbeat watchdog for the main process, run in a separate utility process (watchdog-process.ts):
 * it pings every `intervalMs`; the main process answers each ping with its sequence number from its
 * event loop. When `missesAllowed` pings in a row go unanswered, the main process is taken as hung and
 * `onStall` runs once (the utility process then kills it and relaunches the app).
 */
export interface WatchdogOptions {
  /** Ping period in ms (default 5 s). */
  readonly intervalMs?: number;
  /** Consecutive unanswered pings that mean "hung" (default 6, i.e. 30 s at the default period). */
  readonly missesAllowed?: number;
  ping(seq: number): void;
  onStall(): void;
  readonly setInterval?: (fn: () => void, ms: number) => unknown;
  readonly clearInterval?: (handle: unknown) => void;
}

export class HeartbeatWatchdog {
  private seq = 0;
  private answered = 0;
  private timer: unknown = null;
  private stalled = false;

  constructor(private readonly options: WatchdogOptions) {}

  start(): void {
    if (this.timer !== null) return;
    const every = this.options.intervalMs ?? 5_000;
    const set = this.options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
    this.timer = set(() => this.tick(), every);
  }

  stop(): void {
    if (this.timer === null) return;
    const clear = this.options.clearInterval ?? ((h) => clearInterval(h as ReturnType<typeof setInterval>));
    clear(this.timer);
    this.timer = null;
  }

  /** The main process answered ping `seq` (older answers still count: the loop is alive). */
  pong(seq: number): void {
    if (Number.isInteger(seq) && seq > this.answered && seq <= this.seq) this.answered = seq;
  }

  private tick(): void {
    if (this.stalled) return;
    if (this.seq - this.answered >= (this.options.missesAllowed ?? 6)) {
      this.stalled = true;
      this.stop();
      this.options.onStall();
      return;
    }
    this.seq++;
    this.options.ping(this.seq);
  }
}

/** The command-line flag a relaunched instance gets: wait for the old (hung, killed) process to go. */
export const RELAUNCH_WAIT_FLAG = '--kiosk-wait-for-pid=';

/** The old process id from the relaunch flag, if this instance was started by the watchdog. */
export function relaunchWaitPid(argv: readonly string[]): number | null {
  const arg = argv.find((a) => a.startsWith(RELAUNCH_WAIT_FLAG));
  if (!arg) return null;
  const pid = Number(arg.slice(RELAUNCH_WAIT_FLAG.length));
  return Number.isInteger(pid) && pid > 1 ? pid : null;
}

/**
 * Waits until process `pid` no longer exists (polling `isAlive`), up to `timeoutMs`. Returns whether
 * it is gone. Used by a relaunched instance before it takes the single-instance lock.
 */
export async function waitForExit(pid: number, isAlive: (pid: number) => boolean, sleep: (ms: number) => Promise<void>, timeoutMs = 10_000, stepMs = 100): Promise<boolean> {
  for (let waited = 0; waited <= timeoutMs; waited += stepMs) {
    if (!isAlive(pid)) return true;
    await sleep(stepMs);
  }
  return !isAlive(pid);
}

/** What main.ts hands the watchdog utility process (as one JSON argument). */
export interface WatchdogArgs {
  /** The main process to watch. */
  readonly mainPid: number;
  /** The app executable and the arguments it was started with, for the relaunch. */
  readonly execPath: string;
  readonly execArgs: readonly string[];
  /** Relaunch after killing the hung main process; false when an OS supervisor restarts the app. */
  readonly relaunch: boolean;
  /** Folder for the watchdog's own log file. */
  readonly logDir: string;
}

/** Parses the JSON argument; null when anything is missing or of the wrong type. */
export function parseWatchdogArgs(json: string | undefined): WatchdogArgs | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (!Number.isInteger(r.mainPid) || (r.mainPid as number) <= 1) return null;
  if (typeof r.execPath !== 'string' || !r.execPath) return null;
  if (!Array.isArray(r.execArgs) || !r.execArgs.every((a) => typeof a === 'string')) return null;
  if (typeof r.relaunch !== 'boolean' || typeof r.logDir !== 'string') return null;
  return { mainPid: r.mainPid as number, execPath: r.execPath, execArgs: r.execArgs as string[], relaunch: r.relaunch, logDir: r.logDir };
}

/** The arguments for the relaunched instance: the original ones (minus an old wait flag) plus the wait flag. */
export function relaunchArgs(args: WatchdogArgs): string[] {
  return [...args.execArgs.filter((a) => !a.startsWith(RELAUNCH_WAIT_FLAG)), `${RELAUNCH_WAIT_FLAG}${args.mainPid}`];
}

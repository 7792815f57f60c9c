import { utilityProcess } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WatchdogArgs } from './watchdog';

export interface WatchdogHostOptions {
  readonly logDir: string;
  /** An OS supervisor (systemd Restart=always, Shell Launcher) restarts the app: the watchdog only kills. */
  readonly supervised: boolean;
  log(message: string): void;
  quitting(): boolean;
}

/**
 * Starts the watchdog utility process (dist/electron/watchdog.cjs) and answers its pings from the main
 * event loop: a hung main process stops answering and is killed and relaunched. Utility processes
 * work with the RunAsNode fuse off, unlike child_process.fork. A watchdog that exits is started again.
 */
export function startWatchdog(options: WatchdogHostOptions): void {
  const args: WatchdogArgs = {
    mainPid: process.pid,
    execPath: process.execPath,
    execArgs: process.argv.slice(1),
    relaunch: !options.supervised,
    logDir: options.logDir,
  };
  const entry = join(__dirname, 'watchdog.cjs');
  if (!existsSync(entry)) {
    options.log(`no watchdog: ${entry} is missing from the build`);
    return;
  }
  const child = utilityProcess.fork(entry, [JSON.stringify(args)], { serviceName: 'kiosk-watchdog', stdio: 'ignore' });
  child.on('message', (m: { t?: unknown; seq?: unknown } | null) => {
    if (m && m.t === 'ping' && typeof m.seq === 'number') child.postMessage({ t: 'pong', seq: m.seq });
  });
  child.on('exit', (code) => {
    if (options.quitting()) return;
    options.log(`watchdog exited (${code}); starting it again in 10 s`);
    setTimeout(() => startWatchdog(options), 10_000).unref();
  });
}

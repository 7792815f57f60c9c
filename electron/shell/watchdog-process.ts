import { spawn } from 'node:child_process';
import { createLogger } from '../host/logging/logger';
import { RotatingFile } from '../host/logging/rotating-file';
import { HeartbeatWatchdog, parseWatchdogArgs, relaunchArgs } from './watchdog';

/*
 * Entry of the watchdog utility process (utilityProcess.fork from main.ts; bundled as
 * dist/electron/watchdog.cjs). It pings the main process over the parent port; when the main process
 * stops answering it starts a new instance (which waits for the old one to be gone) unless an OS
 * supervisor does that, then kills the hung process.
 */

const args = parseWatchdogArgs(process.argv[2]);
if (!args) {
  console.error('[watchdog] bad arguments; not watching');
  process.exit(2);
}

const sink = new RotatingFile({ dir: args.logDir, stem: 'watchdog', maxBytes: 256 * 1024, keep: 1 });
const log = createLogger(sink);
const port = process.parentPort;

const watchdog = new HeartbeatWatchdog({
  ping: (seq) => port.postMessage({ t: 'ping', seq }),
  onStall() {
    log.error('watchdog', `main process ${args.mainPid} stopped answering; ${args.relaunch ? 'relaunching' : 'leaving the restart to the OS supervisor'}`);
    if (args.relaunch) {
      try {
        spawn(args.execPath, relaunchArgs(args), { detached: true, stdio: 'ignore' }).unref();
      } catch (e) {
        log.error('watchdog', 'relaunch failed', e);
      }
    }
    try {
      process.kill(args.mainPid, 'SIGKILL');
    } catch (e) {
      log.error('watchdog', 'could not end the hung main process', e);
    }
    sink.close();
    process.exit(0);
  },
});

port.on('message', (e: { data: unknown }) => {
  const m = e.data as { t?: unknown; seq?: unknown } | null;
  if (m && m.t === 'pong' && typeof m.seq === 'number') watchdog.pong(m.seq);
});
watchdog.start();
log.info('watchdog', `watching main process ${args.mainPid}`);

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The watchdog utility process (electron/shell/watchdog-process.ts) outside Electron: bundled as the
 * build bundles it, run by Node with a stand-in for Electron's process.parentPort whose main process
 * never answers. It must kill the "hung" process it watches and log why. (A stalled main process, not
 * a security attack, but the same kind of guarantee: the kiosk does not stay broken in a public room.)
 */
const REPO = resolve(import.meta.dirname, '..', '..', '..');
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-watchdog-'));
  await build({ entryPoints: [join(REPO, 'electron/shell/watchdog-process.ts')], bundle: true, platform: 'node', format: 'cjs', external: ['electron'], outfile: join(dir, 'watchdog.cjs'), logLevel: 'warning' });
  // Stand-in for Electron's utility-process port, and a fast clock for the ping period.
  writeFileSync(join(dir, 'fake-port.cjs'), `
    const answer = process.env.ANSWER === '1';
    const handlers = [];
    process.parentPort = {
      on: (_e, h) => handlers.push(h),
      postMessage: (m) => { if (answer && m.t === 'ping') setImmediate(() => handlers.forEach((h) => h({ data: { t: 'pong', seq: m.seq } }))); },
    };
    const real = global.setInterval;
    global.setInterval = (fn) => real(fn, 20);
  `);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runWatchdog(answer: boolean, ms: number) {
  const victim = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  const args = { mainPid: victim.pid, execPath: '/bin/true', execArgs: [], relaunch: false, logDir: join(dir, `logs-${answer}`) };
  const watchdog = spawn(process.execPath, ['-r', join(dir, 'fake-port.cjs'), join(dir, 'watchdog.cjs'), JSON.stringify(args)], { env: { ...process.env, ANSWER: answer ? '1' : '0' } });
  const victimEnd = new Promise<string | null>((r) => victim.once('exit', (_c, signal) => r(signal)));
  // Listened to from the start: the watchdog may exit before the test awaits it (it did on a loaded machine).
  const watchdogEnd = new Promise<void>((r) => watchdog.once('exit', () => r()));
  const timeout = new Promise<'still running'>((r) => setTimeout(() => r('still running'), ms));
  return { victim, watchdog, watchdogEnd, args, outcome: Promise.race([victimEnd, timeout]) };
}

describe('the watchdog utility process', () => {
  it('kills a main process that stops answering its pings, and logs it', async () => {
    const run = runWatchdog(false, 10_000);
    expect(await run.outcome).toBe('SIGKILL');
    await run.watchdogEnd;
    const log = readFileSync(join(run.args.logDir, 'watchdog.log'), 'utf8');
    expect(log).toMatch(new RegExp(`ERROR \\[watchdog\\] main process ${run.args.mainPid} stopped answering; leaving the restart to the OS supervisor`));
  });

  it('leaves a main process that answers alone', async () => {
    const run = runWatchdog(true, 1_500);
    expect(await run.outcome).toBe('still running');
    run.watchdog.kill('SIGKILL');
    run.victim.kill('SIGKILL');
  });

  it('refuses to run with malformed arguments', async () => {
    const p = spawn(process.execPath, ['-r', join(dir, 'fake-port.cjs'), join(dir, 'watchdog.cjs'), '{"mainPid":"1"}']);
    expect(await new Promise((r) => p.once('exit', (code) => r(code)))).toBe(2);
  });
});

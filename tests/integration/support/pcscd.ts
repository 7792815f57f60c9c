import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPcscBinding } from '../../../drivers/pcsc/pcsc-binding';
import { listPcscReaders } from '../../../drivers/pcsc/pcsc-readers';

/** vsmartcard-vpcd's driver as Debian installs it. */
const VPCD_DRIVER = '/usr/lib/pcsc/drivers/serial/libifdvpcd.so';
const PCSCD = '/usr/sbin/pcscd';
const PID_FILE = '/run/pcscd/pcscd.pid';

/**
 * Why the PC/SC integration test cannot run here, or undefined when it can: it needs pcscd, the vpcd
 * driver, the compiled binding, and no other pcscd (there is one socket per machine, /run/pcscd).
 */
export function pcscUnavailableReason(): string | undefined {
  if (!existsSync(PCSCD)) return 'pcscd is not installed (apt-get install pcscd)';
  if (!existsSync(VPCD_DRIVER)) return 'the vpcd driver is not installed (apt-get install vsmartcard-vpcd)';
  const binding = loadPcscBinding();
  if (!binding.ok) return binding.error.detail;
  if (existsSync(PID_FILE)) {
    const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
    try {
      if (pid > 0) {
        process.kill(pid, 0);
        return `another pcscd (pid ${pid}) is running on this machine`;
      }
    } catch {
      // a stale pid file: pcscd removes it itself on start
    }
  }
  return undefined;
}

/**
 * pcscd in the foreground with a reader.conf of its own: one vpcd reader pair on `port`/`port + 1`
 * ("Virtual PCD 00 00" / "00 01"), so the test never depends on /etc/reader.conf.d. Stopped by its PID.
 */
export interface Pcscd {
  readonly port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

export function pcscdWithVpcd(port: number): Pcscd {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pcscd-'));
  writeFileSync(
    join(dir, 'vpcd'),
    `FRIENDLYNAME "Virtual PCD"\nDEVICENAME   /dev/null:0x${port.toString(16)}\nLIBPATH      ${VPCD_DRIVER}\nCHANNELID    0x${port.toString(16)}\n`,
  );
  let child: ChildProcess | undefined;
  const binding = loadPcscBinding();
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.pid === undefined) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    process.kill(running.pid, 'SIGTERM');
    const killer = setTimeout(() => running.pid !== undefined && running.exitCode === null && process.kill(running.pid, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(killer);
  };
  return {
    port,
    async start() {
      child = spawn(PCSCD, ['--foreground', '--config', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
      const deadline = Date.now() + 10_000;
      // Ready when a client sees the virtual readers.
      for (;;) {
        if (binding.ok) {
          const readers = listPcscReaders(binding.value);
          if (readers.ok && readers.value.some((r) => r.name.startsWith('Virtual PCD'))) return;
        }
        if (child.exitCode !== null || Date.now() > deadline) {
          await stop();
          throw new Error(`pcscd did not come up: ${stderr}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

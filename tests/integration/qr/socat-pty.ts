import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

/**
 * A linked pty pair from socat at fixed link paths (environment.md, "Virtual serial ports"). The shared
 * tests/integration/support/pty-pair.ts makes a fresh directory per pair; the hot-plug test needs to
 * re-create a pair at the same paths ("plugged in again"), hence this small private helper. socat is
 * killed by its PID and the links removed.
 */
export interface SocatPair {
  readonly a: string;
  readonly b: string;
  /** Kills socat (the "unplug") and waits for it to exit. */
  close(): Promise<void>;
}

export async function startSocatPair(a: string, b: string, timeoutMs = 5000): Promise<SocatPair> {
  rmSync(a, { force: true });
  rmSync(b, { force: true });
  const child: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: 'ignore' });
  let spawnError: Error | undefined;
  child.once('error', (e) => (spawnError = e));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const close = async () => {
    const pid = child.pid;
    if (pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(pid, 'SIGTERM');
      const killer = setTimeout(() => child.exitCode === null && process.kill(pid, 'SIGKILL'), 2000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(a, { force: true });
    rmSync(b, { force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (!(existsSync(a) && existsSync(b))) {
    if (spawnError || child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`socat did not create the pty pair: ${spawnError?.message ?? `exit ${String(child.exitCode)}`}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  return { a, b, close };
}

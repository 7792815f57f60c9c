import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPair {
  /** Path of one end (a symlink to /dev/pts/N). */
  readonly a: string;
  /** Path of the other end. */
  readonly b: string;
  /** Kills socat by its PID and removes the links and their directory. */
  close(): Promise<void>;
}

const SOCAT = process.env.SOCAT ?? (existsSync('/usr/bin/socat') ? '/usr/bin/socat' : 'socat');

/**
 * A linked pair of pseudo-terminals from socat (design/environment.md, "Virtual serial ports"): what one
 * end writes the other reads, like a null-modem cable. Ptys ignore baud rate; simulators throttle themselves.
 */
export async function createPtyPair(options: { timeoutMs?: number } = {}): Promise<PtyPair> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-pty-'));
  const a = join(dir, 'ttyA');
  const b = join(dir, 'ttyB');
  const child = spawn(SOCAT, ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4000) stderr += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const close = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      process.kill(child.pid, 'SIGTERM');
      const killer = setTimeout(() => {
        if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
      }, 2000);
      await exited;
      clearTimeout(killer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  let spawnError: Error | undefined;
  child.once('error', (e) => (spawnError = e));
  // socat logs "starting data transfer loop" once both ptys exist and their links are made.
  while (!(existsSync(a) && existsSync(b) && stderr.includes('starting data transfer loop'))) {
    if (spawnError || child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`socat did not create a pty pair: ${spawnError?.message ?? stderr.trim().slice(0, 500)}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  return { a, b, close };
}

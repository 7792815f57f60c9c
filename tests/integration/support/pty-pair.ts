import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PtyPair {
  /** Path of one end (a symlink to /dev/pts/N). */
  readonly a: string;
  /** Path of the other end. */
  readonly b: string;
  /** Kills socat by its PID (the "unplug") and removes the links (and, for createPtyPair, their folder). */
  close(): Promise<void>;
}

const SOCAT = process.env.SOCAT ?? (existsSync('/usr/bin/socat') ? '/usr/bin/socat' : 'socat');

/**
 * A linked pair of pseudo-terminals from socat (design/environment.md, "Virtual serial ports"): what one
 * end writes the other reads, like a null-modem cable. Ptys ignore baud rate; simulators throttle themselves.
 * The pair lives in a fresh temporary folder.
 */
export async function createPtyPair(options: { timeoutMs?: number } = {}): Promise<PtyPair> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-pty-'));
  try {
    const pair = await createPtyPairAt(join(dir, 'ttyA'), join(dir, 'ttyB'), options);
    return { ...pair, close: async () => { await pair.close(); await rm(dir, { recursive: true, force: true }); } };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * A pair at fixed link paths: hot-plug tests close one ("the cable is pulled") and create another at the
 * same paths ("plugged in again"), as a USB adapter re-enumerating under the same name.
 */
export async function createPtyPairAt(a: string, b: string, options: { timeoutMs?: number } = {}): Promise<PtyPair> {
  rmSync(a, { force: true });
  rmSync(b, { force: true });
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
    rmSync(a, { force: true });
    rmSync(b, { force: true });
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

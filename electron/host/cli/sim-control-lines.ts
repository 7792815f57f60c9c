import { createInterface } from 'node:readline';
import type { CliIo } from './command';

/**
 * The stdin control loop the simulators share: one command per line, `quit` ends it, every other line
 * answers `ok <command>` or `error <command>: <why>`. Ends at `quit`, the end of `lines` or `stopped`.
 * `handle` runs a command and throws for an unknown one or bad arguments.
 */
export async function serveControlLines(
  lines: AsyncIterable<string>,
  io: CliIo,
  stopped: Promise<void>,
  handle: (command: string, args: string[]) => Promise<void> | void,
): Promise<void> {
  const iterator = lines[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), stopped.then(() => ({ done: true as const, value: undefined }))]);
      if (next.done) return;
      const [command = '', ...args] = next.value.trim().split(/\s+/);
      if (command === '') continue;
      if (command === 'quit') {
        io.out('ok quit');
        return;
      }
      try {
        await handle(command, args);
        io.out(`ok ${command}`);
      } catch (e) {
        io.out(`error ${command}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  } finally {
    void iterator.return?.();
  }
}

/**
 * Runs a simulator until it ends by itself or Ctrl-C / SIGTERM: gives it stdin as lines (for
 * `serveControlLines`) and a signal that aborts on either, and lets go of both afterwards.
 */
export async function runUntilInterrupted<T>(run: (input: AsyncIterable<string>, stop: AbortSignal) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    return await run(input, stop.signal);
  } finally {
    input.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

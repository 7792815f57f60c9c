import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; injected so tests capture output instead of spawning processes. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/**
 * One CLI verb, e.g. `kiosk card read`. Options use node:util parseArgs syntax; `run` returns the
 * process exit code (0 success, 1 the operation failed, 2 bad usage) and never calls process.exit.
 */
export interface CliCommand {
  /** Words after `kiosk`, e.g. ['card', 'read']. */
  readonly path: readonly string[];
  readonly summary: string;
  /** One-line usage after the command words, e.g. '--port <path> (--can <6 digits> | --id <12 digits>)'. */
  readonly usage: string;
  readonly options?: ParseArgsConfig['options'];
  /** Whether positional arguments are accepted (default false). */
  readonly allowPositionals?: boolean;
  run(
    args: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] },
    io: CliIo,
  ): Promise<number>;
}

import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from './command';

/** Finds the longest command path that prefixes argv, parses its options, and runs it. */
export async function runCli(commands: readonly CliCommand[], argv: readonly string[], io: CliIo): Promise<number> {
  const match = [...commands]
    .sort((a, b) => b.path.length - a.path.length)
    .find((c) => c.path.every((word, i) => argv[i] === word));
  if (!match || argv[0] === 'help' || argv[0] === '--help' || argv.length === 0) {
    printHelp(commands, io);
    return argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' ? 0 : 2;
  }
  const rest = argv.slice(match.path.length);
  if (rest.includes('--help')) {
    io.out(`kiosk ${match.path.join(' ')} ${match.usage}`);
    io.out(`  ${match.summary}`);
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: match.options ?? {},
      allowPositionals: match.allowPositionals ?? false,
      strict: true,
    });
  } catch (e) {
    io.err(`kiosk ${match.path.join(' ')}: ${(e as Error).message}`);
    io.err(`usage: kiosk ${match.path.join(' ')} ${match.usage}`);
    return 2;
  }
  return match.run({ values: parsed.values as never, positionals: parsed.positionals }, io);
}

function printHelp(commands: readonly CliCommand[], io: CliIo): void {
  io.out('kiosk: ward public-service kiosk / ki-ốt dịch vụ công cấp xã');
  io.out('');
  for (const c of [...commands].sort((a, b) => a.path.join(' ').localeCompare(b.path.join(' ')))) {
    io.out(`  kiosk ${c.path.join(' ')} ${c.usage}`);
    io.out(`      ${c.summary}`);
  }
}

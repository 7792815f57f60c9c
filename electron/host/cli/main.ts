import { runCli } from './run-cli';
import { allCommands } from './registry';

// Entry point of the `kiosk` command (bin/kiosk.mjs loads the bundle of this file).
const io = { out: (l: string) => process.stdout.write(l + '\n'), err: (l: string) => process.stderr.write(l + '\n') };
runCli(allCommands, process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    io.err(`kiosk: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);

import { runCli } from './run-cli';
import { allCommands } from './registry';

// Entry point of the `kiosk` command (bin/kiosk.mjs loads the bundle of this file).
const io = { out: (l: string) => process.stdout.write(l + '\n'), err: (l: string) => process.stderr.write(l + '\n') };
// `kiosk trust list | head -3`: the reader closed the pipe, so there is nobody left to print for.
// Stop quietly, as Unix tools do, instead of dying on an unhandled EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
runCli(allCommands, process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    io.err(`kiosk: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);

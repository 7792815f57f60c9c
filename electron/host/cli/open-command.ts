import { LAUNCH_CODE_TTL_SECONDS, LaunchFace } from '../../api/launch';
import { mintLaunchCode } from '../server/launch-codes';
import { launchFilePath, readLaunchFile } from '../server/launch-file';
import { openKioskWindow } from '../server/open-browser';
import type { CliCommand } from './command';
import { configFromArgs } from './config-arg';

/**
 * `kiosk open citizen|staff`: opens a face of the running browser-mode kiosk on this machine, with a
 * one-time code made from the launch file (api/launch.ts). The way back for a tab that says it was
 * not opened properly, and the way to open the staff face beside the citizen one. --print writes the
 * address instead (it works once, within LAUNCH_CODE_TTL_SECONDS).
 */
const open: CliCommand = {
  path: ['open'],
  summary: 'Open the citizen or staff face of the running browser-mode kiosk (a one-time address; --print writes it instead).',
  usage: 'citizen|staff [--print] [--config file]',
  allowPositionals: true,
  options: { config: { type: 'string' }, print: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const face = LaunchFace.safeParse(positionals[0]);
    if (!face.success) {
      io.err('usage: kiosk open citizen|staff [--print] [--config file]');
      return 2;
    }
    const loaded = configFromArgs(values, io);
    if (!loaded) return 1;
    const dataDir = loaded.config.dataDir;
    const launch = readLaunchFile(dataDir);
    if (!launch) {
      io.err(`kiosk open: no ${launchFilePath(dataDir)}; start the kiosk first (npx kiosk serve), as the same user`);
      return 1;
    }
    const url = `${launch.base}/${face.data}#c=${mintLaunchCode(launch.token, face.data, Date.now())}`;
    if (values.print) {
      io.out(url);
      io.out(`(works once, within ${LAUNCH_CODE_TTL_SECONDS} seconds)`);
      return 0;
    }
    await openKioskWindow(url, io, { kiosk: face.data === 'citizen' });
    return 0;
  },
};

export const openCommands: CliCommand[] = [open];

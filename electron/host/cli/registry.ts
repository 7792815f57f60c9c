import type { CliCommand } from './command';
import { cardCommands } from './card-commands';
import { catalogueCommands } from './catalogue-commands';
import { foundationCommands } from './foundation-commands';
import { portalCommands } from './portal-commands';
import { printCommands } from './print-commands';
import { openCommands } from './open-command';
import { qrCommands } from './qr-commands';
import { remoteCommands } from './remote-commands';
import { staffCommands } from './staff-commands';
import { trustCommands } from './trust-commands';

// Every CLI verb, grouped by area. Each area keeps its verbs in its own `*-commands.ts` file.
export const allCommands: CliCommand[] = [
  ...cardCommands,
  ...catalogueCommands,
  ...foundationCommands,
  ...portalCommands,
  ...printCommands,
  ...openCommands,
  ...qrCommands,
  ...remoteCommands,
  ...staffCommands,
  ...trustCommands,
];

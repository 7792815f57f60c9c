import type { CliCommand } from './command';
import { foundationCommands } from './foundation-commands';

// Every CLI verb, grouped by area. Each area keeps its verbs in its own `*-commands.ts` file.
export const allCommands: CliCommand[] = [
  ...foundationCommands,
];

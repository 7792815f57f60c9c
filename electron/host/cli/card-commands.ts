import type { CliCommand } from './command';
import { cardReadCommands } from './card-read-command';
import { simPn532Commands } from './sim-pn532-command';

// The card area's verbs: `kiosk card read` (a real reader) and `kiosk sim pn532` (the simulator on a pty).
export { CARD_READ_FAILURES, describeCardRead, type CardCliErrorCode } from './card-read-command';
export { parseSimFault, resolveCardProfile, runSimPn532, SIM_FAULT_NAMES, type SimFault, type SimPn532Options } from './sim-pn532-command';
export const cardCommands: CliCommand[] = [...cardReadCommands, ...simPn532Commands];

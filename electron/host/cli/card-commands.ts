import type { CliCommand } from './command';
import { cardReadCommands } from './card-read-command';
import { simPcscCommands } from './sim-pcsc-command';
import { simPn532Commands } from './sim-pn532-command';

// The card area's verbs: `kiosk card read` (a real reader), `kiosk sim pn532` (the simulator on a pty) and
// `kiosk sim pcsc` (the simulated card in vpcd's virtual PC/SC reader).
export { CARD_READ_FAILURES, describeCardRead, type CardCliErrorCode } from './card-read-command';
export { parseSimFault, resolveCardProfile, runSimPn532, SIM_FAULT_NAMES, type SimFault, type SimPn532Options } from './sim-pn532-command';
export { runSimPcsc, type SimPcscOptions } from './sim-pcsc-command';
export const cardCommands: CliCommand[] = [...cardReadCommands, ...simPn532Commands, ...simPcscCommands];

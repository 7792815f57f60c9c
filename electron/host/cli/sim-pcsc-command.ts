import { loadCardProfile } from '../../../drivers/sim/card-profile/index';
import type { ChipFaults } from '../../../drivers/sim/cccd-chip/index';
import { virtualCardFromProfile } from '../../../drivers/sim/simulated-card';
import { VpcdCardLink } from '../../../drivers/sim/vpcd/vpcd-card-link';
import { VPCD_DEFAULT_PORT } from '../../../drivers/sim/vpcd/vpcd-protocol';
import type { CliCommand, CliIo } from './command';
import { runUntilInterrupted, serveControlLines } from './sim-control-lines';
import { parseSimFault, resolveCardProfile } from './sim-pn532-command';

// `kiosk sim pcsc`: the virtual CCCD chip in a real PC/SC reader. It connects to the virtual reader driver
// of Debian's vsmartcard-vpcd ("Virtual PCD 00 00" in pcscd), so PC/SC applications, the kiosk among them,
// read it through pcscd. Controls on stdin like `kiosk sim pn532`.

export interface SimPcscOptions {
  readonly card: string;
  /** vpcd's TCP port on localhost. Default 35963. */
  readonly port?: number;
  readonly insertAtStart?: boolean;
}

/**
 * Serves the card until `quit`, the end of `lines` or `signal`. Control lines: tap [profile] (put a fresh
 * chip in the reader: connect), remove (take it out: disconnect), fault <chip fault> <n> (from the next
 * tap: removeAfterApdus, smFailureAfterProtectedApdus), stats, quit. Prints `ready`, then `ok <command>`.
 */
export async function runSimPcsc(options: SimPcscOptions, lines: AsyncIterable<string>, io: CliIo, signal?: AbortSignal): Promise<number> {
  let chipFaults: ChipFaults = {};
  let link: VpcdCardLink | undefined;
  const port = options.port ?? VPCD_DEFAULT_PORT;
  const tap = async (card: string) => {
    const profile = await loadCardProfile(resolveCardProfile(card));
    if (!profile.ok) throw new Error(`card profile ${card}: ${profile.error.code}: ${profile.error.detail}`);
    await link?.disconnect();
    link = new VpcdCardLink(virtualCardFromProfile(profile.value, { faults: chipFaults }), {
      port,
      onDisconnect: () => io.out('card out: vpcd closed the connection'),
    });
    await link.connect();
  };
  try {
    if (options.insertAtStart !== false) await tap(options.card);
  } catch (e) {
    io.err(`kiosk sim pcsc: cannot reach vpcd on localhost:${port} (${e instanceof Error ? e.message : String(e)}): is pcscd running with vsmartcard-vpcd?`);
    return 1;
  }
  io.out('ready');
  const stopped = new Promise<void>((resolve) => {
    signal?.addEventListener('abort', () => resolve(), { once: true });
    if (signal?.aborted) resolve();
  });
  try {
    await serveControlLines(lines, io, stopped, async (command, args) => {
      if (command === 'tap') await tap(args[0] ?? options.card);
      else if (command === 'remove') await link?.disconnect();
      else if (command === 'fault') {
        const f = parseSimFault(args[0] ?? '', args[1] ?? '');
        if (typeof f === 'string') throw new Error(f);
        if (f.target !== 'chip') throw new Error('only chip faults apply to a PC/SC card: removeAfterApdus, smFailureAfterProtectedApdus');
        chipFaults = { ...chipFaults, ...f.faults };
      } else if (command === 'stats') io.out(JSON.stringify({ connected: link?.connected ?? false, apdus: link?.apdus ?? 0 }));
      else throw new Error('unknown command; known: tap [profile], remove, fault <name> <value>, stats, quit');
    });
  } finally {
    await link?.disconnect();
  }
  return 0;
}

const simPcsc: CliCommand = {
  path: ['sim', 'pcsc'],
  summary:
    'Put a simulated chip ID card in the virtual PC/SC reader of vsmartcard-vpcd (pcscd must be running with it). ' +
    'Controls on stdin, one per line: tap [profile], remove, fault <name> <value>, stats, quit (prints "ready", then "ok <command>").',
  usage: '--card <profile id|profile.json> [--port 35963] [--no-card]',
  options: { card: { type: 'string' }, port: { type: 'string' }, 'no-card': { type: 'boolean' } },
  async run({ values }, io) {
    const usage = (line: string) => (io.err(line), io.err(`usage: kiosk sim pcsc ${simPcsc.usage}`), 2);
    if (typeof values.card !== 'string') return usage('--card is required');
    const port = values.port === undefined ? VPCD_DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) return usage('--port: expected a TCP port');
    const card = values.card;
    return runUntilInterrupted((input, stop) => runSimPcsc({ card, port, insertAtStart: values['no-card'] !== true }, input, io, stop));
  },
};

export const simPcscCommands: CliCommand[] = [simPcsc];

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCardProfile, type CardProfile } from '../../../drivers/sim/card-profile/index';
import type { ChipFaults } from '../../../drivers/sim/cccd-chip/index';
import { VirtualPn532, type Pn532Faults } from '../../../drivers/sim/pn532/index';
import { virtualCardFromProfile } from '../../../drivers/sim/simulated-card';
import { SerialLink } from '../../../drivers/transport/serial-link';
import { packageRootFrom } from '../paths';
import type { CliCommand, CliIo } from './command';
import { runUntilInterrupted, serveControlLines } from './sim-control-lines';

// `kiosk sim pn532`: the virtual PN532 with a virtual CCCD chip on a real serial link (a pty), driven
// from stdin so tests and technicians can tap, lift and break the card.

const packageRoot = () => packageRootFrom(dirname(fileURLToPath(import.meta.url)));

const PN532_FAULTS = ['corruptChecksumFrames', 'dropAcks', 'garbageFrames', 'garbageBytes', 'removeCardAfterApdus', 'slowCardExtraMs'] as const;
const CHIP_FAULTS = ['smFailureAfterProtectedApdus', 'removeAfterApdus'] as const;
/** Every fault name `--fault` and the `fault` control line accept (kebab-case works too). */
export const SIM_FAULT_NAMES: readonly string[] = [...PN532_FAULTS, ...CHIP_FAULTS];

/** A fault setting: for the virtual PN532 (applies at once) or the chip (applies from the next tap). */
export type SimFault = { target: 'pn532'; faults: Pn532Faults } | { target: 'chip'; faults: ChipFaults };

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Parses one fault, e.g. ("dropAcks", "2"), ("garbage-bytes", "55aa"), ("smFailureAfterProtectedApdus", "3,9"). */
export function parseSimFault(rawName: string, value: string): SimFault | string {
  const name = camel(rawName.trim());
  if (name === 'garbageBytes') {
    return /^(?:[0-9a-f]{2})+$/i.test(value) ? { target: 'pn532', faults: { garbageBytes: Uint8Array.from(Buffer.from(value, 'hex')) } } : 'garbageBytes: expected hex bytes, e.g. 55aaff';
  }
  const numbers = value.split(',').map(Number);
  if (value === '' || numbers.some((n) => !Number.isInteger(n) || n < 0)) return `${name}: expected a whole number ≥ 0`;
  const n = numbers[0]!;
  if ((PN532_FAULTS as readonly string[]).includes(name)) {
    return { target: 'pn532', faults: { [name]: name === 'removeCardAfterApdus' && n === 0 ? undefined : n } as Pn532Faults };
  }
  if (name === 'smFailureAfterProtectedApdus') return { target: 'chip', faults: { smFailureAfterProtectedApdus: numbers.length > 1 ? numbers : n } };
  if (name === 'removeAfterApdus') return { target: 'chip', faults: { removeAfterApdus: n } };
  return `unknown fault "${rawName}"; known: ${SIM_FAULT_NAMES.join(', ')}`;
}

/** A profile id (looked up in kiosk-config/sim/cards/) or a path to a profile .json. */
export function resolveCardProfile(card: string): string {
  return card.endsWith('.json') || card.includes('/') ? card : join(packageRoot(), 'kiosk-config', 'sim', 'cards', `${card}.json`);
}

export interface SimPn532Options {
  /** The pty or serial port the simulator answers on (the device end). */
  readonly link: string;
  /** Profile id or .json path of the card. */
  readonly card: string;
  /** Modelled line speed (VirtualPn532 throttle), bits/s. Default 115200. */
  readonly baudRate?: number;
  readonly tamperDataGroup?: number;
  readonly unknownCsca?: boolean;
  readonly faults?: readonly SimFault[];
  /** Put the card in the field at start. Default true (`--no-card` turns it off). */
  readonly insertAtStart?: boolean;
}

/**
 * Runs a virtual PN532 with a virtual CCCD chip on a serial link until `quit`, the end of `lines`, the
 * link closing or `signal`. Control lines: tap [profile], remove, fault <name> <value>, clear-faults,
 * stats, reset-stats, quit. Prints `ready` once listening and `ok <command>` (or `error <command>: …`)
 * after each line. Resolves with the exit code.
 */
export async function runSimPn532(options: SimPn532Options, lines: AsyncIterable<string>, io: CliIo, signal?: AbortSignal): Promise<number> {
  const profiles = new Map<string, CardProfile>();
  const profileOf = async (card: string): Promise<CardProfile> => {
    const cached = profiles.get(card);
    if (cached) return cached;
    const r = await loadCardProfile(resolveCardProfile(card));
    if (!r.ok) throw new Error(`card profile ${card}: ${r.error.code}: ${r.error.detail}`);
    profiles.set(card, r.value);
    return r.value;
  };
  let chipFaults: ChipFaults = {};
  const sim = new VirtualPn532(new SerialLink({ path: options.link, baudRate: options.baudRate ?? 115200 }), { baudRate: options.baudRate ?? 115200 });
  const applyFault = (f: SimFault) => (f.target === 'pn532' ? sim.injectFaults(f.faults) : (chipFaults = { ...chipFaults, ...f.faults }));
  const tap = async (card: string) =>
    sim.insertCard(virtualCardFromProfile(await profileOf(card), {
      ...(options.tamperDataGroup !== undefined ? { tamperDataGroup: options.tamperDataGroup } : {}),
      ...(options.unknownCsca ? { unknownCsca: true } : {}),
      faults: chipFaults,
    }));
  try {
    await profileOf(options.card);
    for (const f of options.faults ?? []) applyFault(f);
    await sim.start();
  } catch (e) {
    io.err(`kiosk sim pn532: ${e instanceof Error ? e.message : String(e)}`);
    await sim.stop().catch(() => undefined);
    return 1;
  }
  let linkLost = false;
  const stopped = new Promise<void>((resolve) => {
    sim.link.onClose((error) => {
      if (error) {
        linkLost = true;
        io.err(`kiosk sim pn532: link ${options.link} closed: ${error.message}`);
      }
      resolve();
    });
    signal?.addEventListener('abort', () => resolve(), { once: true });
    if (signal?.aborted) resolve();
  });
  if (options.insertAtStart !== false) await tap(options.card);
  io.out('ready');
  try {
    await serveControlLines(lines, io, stopped, async (command, args) => {
      if (command === 'tap') await tap(args[0] ?? options.card);
      else if (command === 'remove') sim.removeCard();
      else if (command === 'fault') {
        const f = parseSimFault(args[0] ?? '', args[1] ?? '');
        if (typeof f === 'string') throw new Error(f);
        applyFault(f);
      } else if (command === 'clear-faults') {
        sim.clearFaults();
        chipFaults = {};
      } else if (command === 'stats') io.out(JSON.stringify(sim.stats));
      else if (command === 'reset-stats') sim.resetStats();
      else throw new Error('unknown command; known: tap [profile], remove, fault <name> <value>, clear-faults, stats, reset-stats, quit');
    });
  } finally {
    await sim.stop().catch(() => undefined);
  }
  return linkLost ? 1 : 0;
}

const simPn532: CliCommand = {
  path: ['sim', 'pn532'],
  summary:
    'Act as a PN532 reader holding a simulated chip ID card on a pty or serial port. Controls on stdin, one per line: ' +
    'tap [profile], remove, fault <name> <value>, clear-faults, stats, reset-stats, quit (prints "ready", then "ok <command>"). ' +
    `Faults: ${SIM_FAULT_NAMES.join(', ')} (chip faults apply from the next tap).`,
  usage: '--card <profile id|profile.json> --link <path> [--baud 115200] [--tamper dg13] [--unknown-csca] [--fault <name>=<value>]… [--no-card]',
  options: {
    card: { type: 'string' }, link: { type: 'string' }, baud: { type: 'string' }, tamper: { type: 'string' },
    'unknown-csca': { type: 'boolean' }, fault: { type: 'string', multiple: true }, 'no-card': { type: 'boolean' },
  },
  async run({ values }, io) {
    const usage = (line: string) => (io.err(line), io.err(`usage: kiosk sim pn532 ${simPn532.usage}`), 2);
    if (typeof values.card !== 'string' || typeof values.link !== 'string') return usage('--card and --link are required');
    const baudRate = values.baud === undefined ? 115200 : Number(values.baud);
    if (!Number.isInteger(baudRate) || baudRate < 0) return usage('--baud: expected a whole number (0: not throttled)');
    let tamperDataGroup: number | undefined;
    if (typeof values.tamper === 'string') {
      const m = /^(?:dg)?(\d{1,2})$/i.exec(values.tamper);
      if (!m) return usage('--tamper: expected a data group such as dg13');
      tamperDataGroup = Number(m[1]);
    }
    const faults: SimFault[] = [];
    for (const spec of (values.fault ?? []) as string[]) {
      const [name = '', value = ''] = spec.split('=');
      const f = parseSimFault(name, value);
      if (typeof f === 'string') return usage(`--fault: ${f}`);
      faults.push(f);
    }
    const options = {
      link: values.link, card: values.card, baudRate, faults, insertAtStart: values['no-card'] !== true,
      ...(tamperDataGroup !== undefined ? { tamperDataGroup } : {}), ...(values['unknown-csca'] ? { unknownCsca: true } : {}),
    };
    return runUntilInterrupted((input, stop) => runSimPn532(options, input, io, stop));
  },
};

export const simPn532Commands: CliCommand[] = [simPn532];

import type { ApduTransceiver } from '../../../drivers/iso7816/apdu-transceiver';
import { loadPcscBinding, type PcscContext } from '../../../drivers/pcsc/pcsc-binding';
import { pcscError } from '../../../drivers/pcsc/pcsc-errors';
import { chooseReader } from '../../../drivers/pcsc/pcsc-readers';
import { PcscTransceiver } from '../../../drivers/pcsc/pcsc-transceiver';
import { speedsToTry, type BaudRateSwitch } from '../../../drivers/pn532/baud-switch';
import { Pn532Reader } from '../../../drivers/pn532/index';
import { isDriverFailure } from '../../../drivers/result';
import { SerialLink } from '../../../drivers/transport/serial-link';

// Where `kiosk card read` gets its card: a PN532 on a serial port, or a PC/SC reader. Both end in an
// ApduTransceiver, so the read itself (readCard) is the same.

/** A card ready to be read, and how to let it go. */
export interface CardSource {
  /** The port or the PC/SC reader's name, for the output. */
  readonly label: string;
  readonly transceiver: ApduTransceiver;
  /** The serial link's speed (PN532 only). */
  readonly link?: BaudRateSwitch;
  /** After a failed exchange: whether the card left the reader (a lifted card often shows as a timeout). */
  cardGone(code: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Why no card could be had; codes of CARD_READ_FAILURES. */
export interface SourceFailure {
  readonly failure: 'reader.absent' | 'reader.garbled' | 'reader.disconnected' | 'card.absent' | 'card.cancelled' | 'read.failed' | 'pcsc.unavailable';
  readonly label: string;
  readonly cause?: string;
}

/** PN532 answers that arrive but do not parse: a reader on a bad cable or at the wrong baud rate. */
const GARBLED_LINK = new Set(['pn532.checksum', 'pn532.length-checksum', 'pn532.frame-format', 'pn532.frame-too-long', 'pn532.response-format']);

export async function openPn532Source(
  port: string,
  speeds: { baudRate: number; fastBaud: number | undefined },
  wait: { seconds: number; cancel: AbortSignal },
): Promise<CardSource | SourceFailure> {
  const { baudRate, fastBaud } = speeds;
  const reader = new Pn532Reader(new SerialLink({ path: port, baudRate }), { baudRate });
  const closeReader = () => reader.close().catch(() => undefined);
  let link: BaudRateSwitch = { baudRate };
  try {
    // A PN532 left at the fast speed by an earlier read is still there until it is reset: look at both.
    await reader.open({ baudRates: speedsToTry(baudRate, fastBaud) });
    if (fastBaud !== undefined) link = await reader.useFastBaudRate(fastBaud);
  } catch (e) {
    await closeReader();
    // Damaged frames mean a reader is there but the line is bad; no port or silence means no reader.
    const code = isDriverFailure(e) ? e.error.code : '';
    return GARBLED_LINK.has(code) ? { failure: 'reader.garbled', label: port, cause: code } : { failure: 'reader.absent', label: port };
  }
  try {
    const target = await reader.waitForCard({ pollIntervalMs: 100, signal: AbortSignal.any([wait.cancel, AbortSignal.timeout(wait.seconds * 1000)]) });
    return {
      label: port,
      transceiver: target,
      link,
      // A lifted card makes the PN532 time out (status 0x01): ask the reader whether it is still there.
      cardGone: async (code) => code === 'card.removed' || (code === 'card.timeout' && !(await reader.cardPresent().catch(() => true))),
      close: async () => {
        await target.release({ timeoutMs: 300 }).catch(() => undefined);
        await closeReader();
      },
    };
  } catch (e) {
    await closeReader();
    const code = isDriverFailure(e) ? e.error.code : 'read.failed';
    if (code === 'card.cancelled') return { failure: wait.cancel.aborted ? 'card.cancelled' : 'card.absent', label: port };
    return { failure: code.startsWith('reader.') || code.startsWith('pn532.') ? 'reader.disconnected' : 'read.failed', label: port, cause: code };
  }
}

/** The PC/SC reader `wanted` (name or part of it; undefined: the first contactless one), once a card is on it. */
export async function openPcscSource(wanted: string | undefined, wait: { seconds: number; cancel: AbortSignal }): Promise<CardSource | SourceFailure> {
  const wantedLabel = wanted === undefined ? 'PC/SC (first contactless reader)' : `PC/SC "${wanted}"`;
  const binding = loadPcscBinding();
  if (!binding.ok) return { failure: 'pcsc.unavailable', label: wantedLabel, cause: binding.error.detail };
  const { constants } = binding.value;
  let context: PcscContext;
  try {
    context = binding.value.createContext();
  } catch (e) {
    return { failure: 'pcsc.unavailable', label: wantedLabel, cause: `${pcscError(e, 'PC/SC').detail} (is pcscd running?)` };
  }
  const closeContext = () => {
    try {
      context.close();
    } catch {
      // the service is already gone
    }
  };
  const deadline = Date.now() + wait.seconds * 1000;
  const readers = () => {
    try {
      return context.listReaders();
    } catch {
      return [];
    }
  };
  const name = chooseReader(readers().map((r) => r.name), wanted);
  if (name === undefined) {
    closeContext();
    return { failure: 'reader.absent', label: wantedLabel };
  }
  const present = () => readers().some((r) => r.name === name && (r.state & constants.SCARD_STATE_PRESENT) !== 0);
  while (!present()) {
    if (wait.cancel.aborted || Date.now() > deadline) {
      closeContext();
      return { failure: wait.cancel.aborted ? 'card.cancelled' : 'card.absent', label: name };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const reader = readers().find((r) => r.name === name)!;
  let transceiver: PcscTransceiver;
  try {
    transceiver = new PcscTransceiver(await reader.connect(constants.SCARD_SHARE_SHARED, constants.SCARD_PROTOCOL_T0 | constants.SCARD_PROTOCOL_T1));
  } catch (e) {
    closeContext();
    return { failure: 'read.failed', label: name, cause: pcscError(e, `connecting to the card in ${name}`).detail };
  }
  return {
    label: name,
    transceiver,
    cardGone: async (code) => {
      if (code === 'card.removed') return true;
      if (code !== 'card.timeout' && code !== 'card.reset' && !code.startsWith('sm.')) return false;
      // Some readers (vpcd among them) report a lifted card as a failed transaction for a moment.
      for (let i = 0; i < 5; i++) {
        if (!present()) return true;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return !present();
    },
    close: async () => {
      transceiver.release(constants.SCARD_RESET_CARD); // no secure-messaging session outlives the read
      closeContext();
    },
  };
}

import { DriverFailure } from '../result';
import type { ByteLink } from '../transport/byte-link';
import { Pn532Channel, type Pn532ChannelOptions } from './channel';
import {
  inListPassiveTargetParams,
  MAX_IN_DATA_EXCHANGE_BYTES,
  parseFirmwareVersion,
  parseInListPassiveTarget,
  parseStatusAnswer,
  Pn532Command,
  rfMaxRetriesParams,
  rfTimingsParams,
  samConfigurationParams,
  setParametersParams,
  setSerialBaudRateParams,
  type FirmwareVersion,
} from './commands';
import { ACK_FRAME } from './frame';
import { Pn532Target } from './target';

/** Options of a Pn532Reader; all times in milliseconds. */
export interface Pn532ReaderOptions extends Pn532ChannelOptions {
  /** Time for the answer of a configuration command (SAMConfiguration, GetFirmwareVersion…) after its ACK. Default 1000. */
  commandTimeoutMs?: number;
  /** Time for the answer of one InListPassiveTarget poll after its ACK. Default 1000. */
  pollTimeoutMs?: number;
  /**
   * Default time for one InDataExchange round trip (card work included) after its ACK. Default 5000:
   * chips doing elliptic-curve PACE steps take up to about a second.
   */
  apduTimeoutMs?: number;
  /**
   * MxRtyPassiveActivation (RFConfiguration item 0x05): how often one InListPassiveTarget retries an empty
   * field before answering "no target". Default 2, so a poll returns quickly; 0xFF would wait for ever.
   */
  passiveActivationRetries?: number;
  /** Most command bytes per InDataExchange before MI chaining. Default 262 (UM §7.3.8). */
  maxDataOut?: number;
}

export interface WaitForCardOptions {
  /** Stops waiting: rejects with DriverFailure "card.cancelled". */
  signal?: AbortSignal;
  /** Pause between two polls of an empty field, in ms. Default 200. */
  pollIntervalMs?: number;
}

/**
 * A PN532 on a byte link (HSU). `open()` wakes and configures it; `waitForCard()` polls for an ISO 14443
 * type A card and returns it as a Pn532Target (an ApduTransceiver). Every command goes through one
 * Pn532Channel, so exchanges never overlap.
 */
export class Pn532Reader {
  private readonly channel: Pn532Channel;
  private readonly commandTimeoutMs: number;
  private readonly pollTimeoutMs: number;
  private readonly apduTimeoutMs: number;
  private readonly passiveActivationRetries: number;
  private readonly maxDataOut: number;
  private current: Pn532Target | undefined;

  constructor(readonly link: ByteLink, options: Pn532ReaderOptions = {}) {
    this.channel = new Pn532Channel(link, options);
    this.commandTimeoutMs = options.commandTimeoutMs ?? 1000;
    this.pollTimeoutMs = options.pollTimeoutMs ?? 1000;
    this.apduTimeoutMs = options.apduTimeoutMs ?? 5000;
    this.passiveActivationRetries = options.passiveActivationRetries ?? 2;
    this.maxDataOut = options.maxDataOut ?? MAX_IN_DATA_EXCHANGE_BYTES;
  }

  /** The target of the last successful poll, until it is released or replaced. */
  get target(): Pn532Target | undefined {
    return this.current && !this.current.released ? this.current : undefined;
  }

  /**
   * Opens the link if needed, wakes the PN532 (HSU wake-up preamble) and configures it: SAMConfiguration
   * normal mode, SetParameters with fAutomaticRATS (so the ATS comes with the target), RFConfiguration
   * MaxRetries and timings. Rejects with DriverFailure ("pn532.no-ack" when nothing answers).
   */
  async open(): Promise<void> {
    if (!this.link.isOpen) await this.link.open();
    const options = { timeoutMs: this.commandTimeoutMs };
    await this.channel.command(Pn532Command.SAMConfiguration, samConfigurationParams(), { ...options, wakeUp: true });
    await this.channel.command(Pn532Command.SetParameters, setParametersParams({ automaticAtrRes: true, automaticRats: true }), options);
    await this.channel.command(Pn532Command.RFConfiguration, rfMaxRetriesParams({ passiveActivation: this.passiveActivationRetries }), options);
    // ATR_RES timeout 102.4 ms (0x0B), retry timeout 51.2 ms (0x0A).
    await this.channel.command(Pn532Command.RFConfiguration, rfTimingsParams({ atrResTimeout: 0x0b, retryTimeout: 0x0a }), options);
  }

  /** GetFirmwareVersion (UM §7.2.2). */
  async firmware(): Promise<FirmwareVersion> {
    const data = await this.channel.command(Pn532Command.GetFirmwareVersion, new Uint8Array(0), { timeoutMs: this.commandTimeoutMs });
    const parsed = parseFirmwareVersion(data);
    if (!parsed.ok) throw new DriverFailure(parsed.error);
    return parsed.value;
  }

  /**
   * Switches the HSU speed (SetSerialBaudRate, UM §7.2.8): the PN532 answers at the old speed, the host
   * confirms with an ACK, then both sides change. The link must offer `setBaudRate` (SerialLink does);
   * links without it (memory, pty) only change the PN532's side. Rejects with "pn532.invalid-baud-rate"
   * for a speed the PN532 does not have.
   */
  async setSerialBaudRate(baudRate: number): Promise<void> {
    const params = setSerialBaudRateParams(baudRate);
    if (!params.ok) throw new DriverFailure(params.error);
    await this.channel.transaction(async (send) => {
      await send(Pn532Command.SetSerialBaudRate, params.value, { timeoutMs: this.commandTimeoutMs });
      await this.link.write(ACK_FRAME.slice());
      const settable = this.link as Partial<{ setBaudRate(rate: number): Promise<void> }>;
      if (typeof settable.setBaudRate === 'function') await settable.setBaudRate(baudRate);
      this.channel.baudRate = baudRate;
    });
  }

  /**
   * One InListPassiveTarget poll (106 kbps type A). Resolves with the activated card, or undefined when the
   * field is empty. A new poll ends the previous target's activation.
   */
  async pollOnce(options: { signal?: AbortSignal } = {}): Promise<Pn532Target | undefined> {
    this.current?.invalidate('the reader polled for cards again');
    this.current = undefined;
    const data = await this.channel.command(Pn532Command.InListPassiveTarget, inListPassiveTargetParams(1), {
      timeoutMs: this.pollTimeoutMs,
      cancelCode: 'card.cancelled',
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const parsed = parseInListPassiveTarget(data);
    if (!parsed.ok) throw new DriverFailure(parsed.error);
    const found = parsed.value[0];
    if (!found) return undefined;
    this.current = new Pn532Target(this.channel, found, { apduTimeoutMs: this.apduTimeoutMs, maxDataOut: this.maxDataOut });
    return this.current;
  }

  /** Polls until a card is in the field. Rejects with "card.cancelled" when `signal` aborts, or with the poll's error. */
  async waitForCard(options: WaitForCardOptions = {}): Promise<Pn532Target> {
    const { signal } = options;
    const interval = options.pollIntervalMs ?? 200;
    for (;;) {
      if (signal?.aborted) throw new DriverFailure({ code: 'card.cancelled', detail: 'stopped waiting for a card' });
      const target = await this.pollOnce(signal ? { signal } : {});
      if (target) return target;
      await pause(interval, signal);
    }
  }

  /**
   * Whether a card is in the field. With an active target this asks the PN532 for a presence check
   * (Diagnose NumTst 0x06, UM §7.2.1) without disturbing the card's session; otherwise it polls once
   * and releases what it found.
   */
  async cardPresent(): Promise<boolean> {
    const active = this.target;
    if (active) {
      const data = await this.channel.command(Pn532Command.Diagnose, Uint8Array.of(0x06), { timeoutMs: this.commandTimeoutMs });
      const answer = parseStatusAnswer(data);
      if (!answer.ok) throw new DriverFailure(answer.error);
      return answer.value.status === 0x00;
    }
    const found = await this.pollOnce();
    if (!found) return false;
    await found.release();
    return true;
  }

  /** Releases the active target (best effort) and closes the link. */
  async close(): Promise<void> {
    const active = this.target;
    if (active && this.link.isOpen) await active.release({ timeoutMs: 200 }).catch(() => undefined);
    this.channel.dispose();
    if (this.link.isOpen) await this.link.close();
  }
}

/** Waits `ms`, or rejects with "card.cancelled" as soon as `signal` aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DriverFailure({ code: 'card.cancelled', detail: 'stopped waiting for a card' }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

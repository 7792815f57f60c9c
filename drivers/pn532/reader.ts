import { DriverFailure } from '../result';
import type { ByteLink } from '../transport/byte-link';
import { Pn532Channel, serialWireTimeMs, type Pn532ChannelOptions } from './channel';
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
import { COMMUNICATION_LINE_TEST, lineTestPassed, lineTestPattern, type BaudRateSwitch } from './baud-switch';
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
  /** Pause after a speed switch before the next command, in ms: the PN532 reprograms its UART. Default 10. */
  switchSettleMs?: number;
}

/** A link whose speed the host can change (SerialLink, MemoryLink); ptys accept and ignore it. */
type SpeedSettable = Partial<{ setBaudRate(rate: number): Promise<void>; drain(): Promise<void> }>;

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
  private readonly switchSettleMs: number;
  private current: Pn532Target | undefined;

  constructor(readonly link: ByteLink, options: Pn532ReaderOptions = {}) {
    this.channel = new Pn532Channel(link, options);
    this.commandTimeoutMs = options.commandTimeoutMs ?? 1000;
    this.pollTimeoutMs = options.pollTimeoutMs ?? 1000;
    this.apduTimeoutMs = options.apduTimeoutMs ?? 5000;
    this.passiveActivationRetries = options.passiveActivationRetries ?? 2;
    this.maxDataOut = options.maxDataOut ?? MAX_IN_DATA_EXCHANGE_BYTES;
    this.switchSettleMs = options.switchSettleMs ?? 10;
  }

  /** The speed the host talks at now, in bits/s. */
  get baudRate(): number {
    return this.channel.baudRate;
  }

  /** The target of the last successful poll, until it is released or replaced. */
  get target(): Pn532Target | undefined {
    return this.current && !this.current.released ? this.current : undefined;
  }

  /**
   * Opens the link if needed, wakes the PN532 (HSU wake-up preamble) and configures it: SAMConfiguration
   * normal mode, SetParameters with fAutomaticRATS (so the ATS comes with the target), RFConfiguration
   * MaxRetries and timings. With several `baudRates` it first looks for the PN532 at each in turn.
   * Rejects with DriverFailure ("pn532.no-ack" when nothing answers at any speed).
   */
  async open(options: { baudRates?: readonly number[] } = {}): Promise<void> {
    if (!this.link.isOpen) await this.link.open();
    // A PN532 that was switched to a fast speed stays there until reset or power loss (UM §7.2.8), while one
    // that was unplugged or reset is back at 115200: look for it at each speed.
    if ((options.baudRates?.length ?? 0) > 1) await this.findBaudRate(options.baudRates!);
    await this.configure();
  }

  private async configure(): Promise<void> {
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
      // The ACK must leave at the old speed before the host changes it: drain, then its wire time again,
      // since USB-serial adapters report "drained" while the bytes still sit in their own FIFO.
      await (this.link as SpeedSettable).drain?.();
      await pause(serialWireTimeMs(ACK_FRAME.length, this.channel.baudRate) + 1);
      await this.setHostBaudRate(baudRate);
    });
    await pause(this.switchSettleMs);
  }

  /**
   * Switches to `baudRate` and checks the line with a harmless command (Diagnose line test: an echo of a
   * near-full frame). When the adapter refuses the speed, the switch fails or the echo is wrong, it goes
   * back to the speed it came from by itself and says why in `fellBack`. Rejects only when the PN532
   * cannot be found at either speed afterwards (then the device reconnects, looking at both).
   */
  async useFastBaudRate(baudRate: number): Promise<BaudRateSwitch> {
    const from = this.channel.baudRate;
    if (baudRate === from) return { baudRate: from };
    if (!setSerialBaudRateParams(baudRate).ok) return { baudRate: from, fellBack: `${baudRate} is not a PN532 speed` };
    try {
      // Ask the adapter first: a USB-serial chip that cannot do the speed must not strand the PN532 there.
      await this.setHostBaudRate(baudRate);
      await this.setHostBaudRate(from);
    } catch (e) {
      await this.setHostBaudRate(from).catch(() => undefined);
      return { baudRate: from, fellBack: `the serial adapter refuses ${baudRate} baud (${describe(e)})` };
    }
    try {
      await this.setSerialBaudRate(baudRate);
    } catch (e) {
      return this.fallBack(from, baudRate, `SetSerialBaudRate to ${baudRate} failed (${describe(e)})`);
    }
    if (await this.checkLink()) return { baudRate };
    return this.fallBack(from, baudRate, `the line test failed at ${baudRate} baud`);
  }

  /** Diagnose line test (UM §7.2.1 NumTst 0x00) at the current speed: true when the echo is exact. */
  async checkLink(): Promise<boolean> {
    const pattern = lineTestPattern();
    const params = new Uint8Array(pattern.length + 1);
    params[0] = COMMUNICATION_LINE_TEST;
    params.set(pattern, 1);
    try {
      const answer = await this.channel.command(Pn532Command.Diagnose, params, { timeoutMs: this.commandTimeoutMs });
      return lineTestPassed(pattern, answer);
    } catch {
      return false;
    }
  }

  /** Back to `from`: SetSerialBaudRate at the fast speed (short frames often pass where long ones fail), then a search. */
  private async fallBack(from: number, fast: number, reason: string): Promise<BaudRateSwitch> {
    if (this.channel.baudRate !== from) await this.setSerialBaudRate(from).catch(() => undefined);
    const found = await this.findBaudRate([from, fast]);
    if (found !== from) return { baudRate: found, fellBack: `${reason}; the PN532 did not go back to ${from} baud` };
    return { baudRate: from, fellBack: reason };
  }

  /** Tries each speed: GetFirmwareVersion with the wake-up preamble. Resolves with the first that answers. */
  private async findBaudRate(rates: readonly number[]): Promise<number> {
    let last: unknown;
    for (const rate of rates) {
      await this.setHostBaudRate(rate);
      try {
        await this.channel.command(Pn532Command.GetFirmwareVersion, new Uint8Array(0), { timeoutMs: this.commandTimeoutMs, wakeUp: true });
        return rate;
      } catch (e) {
        last = e;
      }
    }
    throw last;
  }

  /** Changes the host side only: the link's speed and the channel's wire-time budgets. */
  private async setHostBaudRate(rate: number): Promise<void> {
    await (this.link as SpeedSettable).setBaudRate?.(rate);
    this.channel.baudRate = rate;
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

const describe = (e: unknown): string => (e instanceof DriverFailure ? e.error.code : e instanceof Error ? e.message : String(e));

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

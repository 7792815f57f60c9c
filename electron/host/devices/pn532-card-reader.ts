import type { CardReadRequest, CardReadResult } from '../../../drivers/card/card-read';
import { readCard } from '../../../drivers/card/read-card';
import { speedsToTry } from '../../../drivers/pn532/baud-switch';
import { Pn532Reader, type Pn532Target } from '../../../drivers/pn532/index';
import { err, isDriverFailure, type DriverError, type Result } from '../../../drivers/result';
import type { ByteLink } from '../../../drivers/transport/byte-link';
import type { CardReaderDevice, CardSimulatorControl } from './card-reader-device';
import { DeviceStatusHolder } from './device';
import { CardPresence, WakeableSleep } from './device-loop';

export interface Pn532CardReaderOptions {
  readonly description: string;
  readonly simulated: boolean;
  /** Makes a fresh link for each (re)connection: a SerialLink for a port, a memory link for the simulator. */
  readonly openLink: () => ByteLink | Promise<ByteLink>;
  readonly simulator?: CardSimulatorControl;
  /** Pause between two looks at the field while idle, in ms. Default 250. */
  readonly pollIntervalMs?: number;
  /** First reconnection delay after an unplug, doubling to maxReconnectMs. Defaults 500 / 5000. */
  readonly reconnectMs?: number;
  readonly maxReconnectMs?: number;
  /**
   * The fast serial link (devices.cardReader.fastBaudRate): after each connection the reader switches to
   * `fastBaudRate`, checks the line and falls back to `baudRate` by itself; reconnecting looks at both.
   */
  readonly link?: { readonly baudRate: number; readonly fastBaudRate: number };
  /** Where the device says what a technician should know (fast-link fallback). Default console.warn. */
  readonly log?: (message: string) => void;
}

/** Consecutive failed polls after which the reader is treated as gone and reopened. */
const FAILED_POLLS_BEFORE_RECONNECT = 3;

/**
 * The card reader device over a PN532: connects (wake-up, configuration, firmware check), watches the
 * field, reads on request, and comes back by itself after an unplug (USB re-enumeration, sleep/wake):
 * the link's close, or repeated failed polls, start a reconnection loop with backoff.
 */
export class Pn532CardReader implements CardReaderDevice {
  private readonly holder: DeviceStatusHolder;
  private readonly presence = new CardPresence();
  private readonly pause = new WakeableSleep();
  private reader: Pn532Reader | null = null;
  private target: Pn532Target | undefined;
  private reading = false;
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(private readonly options: Pn532CardReaderOptions) {
    this.holder = new DeviceStatusHolder({ kind: 'card-reader', description: options.description, state: 'disconnected', simulated: options.simulated });
  }

  status() { return this.holder.get(); }
  onStatus(l: Parameters<DeviceStatusHolder['subscribe']>[0]) { return this.holder.subscribe(l); }
  cardPresent() { return this.presence.value; }
  simulator() { return this.options.simulator ?? null; }

  onCardPresence(listener: (present: boolean) => void): () => void {
    return this.presence.subscribe(listener);
  }

  async start(): Promise<void> {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.pause.wake();
    await this.loop;
    await this.disconnect();
  }

  async read(request: CardReadRequest): Promise<Result<CardReadResult, DriverError>> {
    if (!this.reader || this.holder.get().state === 'disconnected' || this.holder.get().state === 'reconnecting') {
      return err('reader.unavailable', 'the card reader is not connected');
    }
    if (this.reading) return err('reader.busy', 'a read is already running');
    this.reading = true;
    this.holder.set({ state: 'busy' });
    try {
      // Poll now rather than trust an activation from the idle loop: the card may have been swapped.
      let target: Pn532Target | undefined;
      try {
        target = await this.reader.pollOnce(request.signal ? { signal: request.signal } : {});
      } catch (e) {
        return err(isDriverFailure(e) ? e.error.code : 'reader.failed', 'poll before reading failed');
      }
      this.presence.set(target !== undefined);
      if (!target) return err('card.absent', 'no card on the reader');
      this.target = target;
      const result = await readCard(target, request);
      if (!result.ok && result.error.code === 'card.removed') this.presence.set(false);
      return result;
    } finally {
      await this.target?.release({ timeoutMs: 300 }).catch(() => undefined);
      this.target = undefined;
      this.reading = false;
      if (this.holder.get().state === 'busy') this.holder.set({ state: 'ready' });
      this.pause.wake();
    }
  }

  private async run(): Promise<void> {
    let delay = this.options.reconnectMs ?? 500;
    while (this.running) {
      const connected = await this.connect();
      if (!connected) {
        this.holder.set({ state: 'reconnecting', problem: this.holder.get().problem ?? 'reader.open-failed' });
        await this.pause.sleep(delay);
        delay = Math.min(delay * 2, this.options.maxReconnectMs ?? 5000);
        continue;
      }
      delay = this.options.reconnectMs ?? 500;
      await this.watchField();
      await this.disconnect();
    }
  }

  private async connect(): Promise<boolean> {
    let link: ByteLink;
    try {
      link = await this.options.openLink();
    } catch (e) {
      this.holder.set({ state: 'disconnected', problem: isDriverFailure(e) ? e.error.code : 'reader.open-failed' });
      return false;
    }
    const speeds = this.options.link;
    const reader = new Pn532Reader(link, speeds ? { baudRate: speeds.baudRate } : {});
    let description = this.options.description;
    let notice: string | undefined;
    try {
      await reader.open(speeds ? { baudRates: speedsToTry(speeds.baudRate, speeds.fastBaudRate) } : {});
      await reader.firmware();
      if (speeds) {
        const result = await reader.useFastBaudRate(speeds.fastBaudRate);
        description = `${this.options.description}: link at ${result.baudRate} baud`;
        if (result.fellBack !== undefined) {
          notice = 'reader.fast-baud-fallback';
          description += ` (${speeds.fastBaudRate} failed its check)`;
          (this.options.log ?? ((m: string) => console.warn(m)))(`[devices] card reader: stayed at ${result.baudRate} baud: ${result.fellBack}`);
        }
      }
    } catch (e) {
      this.holder.set({ state: 'disconnected', problem: isDriverFailure(e) ? e.error.code : 'reader.open-failed' });
      await reader.close().catch(() => undefined);
      return false;
    }
    link.onClose((error) => {
      if (error && this.reader === reader) {
        this.holder.set({ state: 'disconnected', problem: 'reader.unplugged' });
        this.pause.wake();
      }
    });
    this.reader = reader;
    this.holder.set({ state: 'ready', description, notice });
    return true;
  }

  /** Idle loop: looks at the field every poll interval; returns when the reader must be reopened. */
  private async watchField(): Promise<void> {
    let failures = 0;
    while (this.running && this.reader && this.holder.get().state !== 'disconnected') {
      if (!this.reading) {
        try {
          const reader = this.reader;
          const present = this.target ? await reader.cardPresent() : (await reader.pollOnce().then((t) => (t ? (this.target = t, true) : false)));
          if (!present) this.target = undefined;
          this.presence.set(present);
          failures = 0;
        } catch (e) {
          if (this.reading) continue;
          failures++;
          this.target = undefined;
          if (failures >= FAILED_POLLS_BEFORE_RECONNECT) {
            this.holder.set({ state: 'disconnected', problem: isDriverFailure(e) ? e.error.code : 'reader.failed' });
            return;
          }
        }
      }
      await this.pause.sleep(this.options.pollIntervalMs ?? 250);
    }
  }

  private async disconnect(): Promise<void> {
    const reader = this.reader;
    this.reader = null;
    this.target = undefined;
    this.presence.set(false);
    await reader?.close().catch(() => undefined);
  }
}

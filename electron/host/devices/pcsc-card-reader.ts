import type { CardReadRequest, CardReadResult } from '../../../drivers/card/card-read';
import { readCard } from '../../../drivers/card/read-card';
import type { PcscBinding, PcscContext, PcscReader } from '../../../drivers/pcsc/pcsc-binding';
import { pcscError } from '../../../drivers/pcsc/pcsc-errors';
import { chooseReader } from '../../../drivers/pcsc/pcsc-readers';
import { PcscTransceiver } from '../../../drivers/pcsc/pcsc-transceiver';
import { err, type DriverError, type Result } from '../../../drivers/result';
import type { CardReaderDevice } from './card-reader-device';
import { DeviceStatusHolder } from './device';
import { CardPresence, WakeableSleep } from './device-loop';

export interface PcscCardReaderOptions {
  readonly description: string;
  /** The binding, or why there is none ("pcsc.unavailable": the reader then stays off and says so). */
  readonly binding: Result<PcscBinding, DriverError>;
  /** Reader name or part of it; omitted: the first contactless reader. */
  readonly reader?: string;
  /** Pause between two looks at the readers while idle, in ms. Default 250. */
  readonly pollIntervalMs?: number;
  /** Pause before looking for the PC/SC service again after it went away, in ms. Default 1000. */
  readonly reconnectMs?: number;
  readonly log?: (message: string) => void;
}

/**
 * The card reader device over PC/SC (`type: "pcsc"`): the same chip protocol as the PN532 path (PACE, BAC,
 * secure messaging and passive authentication run in readCard over the PcscTransceiver), with PC/SC's own
 * events: a card put on or lifted from the reader, the reader plugged or unplugged, the service stopped.
 * Every read disconnects with a card reset, so no secure-messaging session outlives it.
 */
export class PcscCardReader implements CardReaderDevice {
  private readonly holder: DeviceStatusHolder;
  private readonly presence = new CardPresence();
  private readonly pause = new WakeableSleep();
  private context: PcscContext | undefined;
  private readerName: string | undefined;
  private reading = false;
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(private readonly options: PcscCardReaderOptions) {
    this.holder = new DeviceStatusHolder({ kind: 'card-reader', description: options.description, state: 'disconnected', simulated: false });
  }

  status() { return this.holder.get(); }
  onStatus(l: Parameters<DeviceStatusHolder['subscribe']>[0]) { return this.holder.subscribe(l); }
  cardPresent() { return this.presence.value; }
  simulator() { return null; }

  onCardPresence(listener: (present: boolean) => void): () => void {
    return this.presence.subscribe(listener);
  }

  async start(): Promise<void> {
    if (!this.options.binding.ok) {
      this.holder.set({ state: 'disconnected', problem: 'pcsc.unavailable' });
      (this.options.log ?? console.warn)(`[devices] card reader: ${this.options.binding.error.detail}`);
      return;
    }
    this.running = true;
    this.loop = this.run(this.options.binding.value);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.pause.wake();
    await this.loop;
    this.closeContext();
  }

  async read(request: CardReadRequest): Promise<Result<CardReadResult, DriverError>> {
    const binding = this.options.binding;
    const reader = this.currentReader();
    if (!binding.ok || !reader) return err('reader.unavailable', 'the card reader is not connected');
    if (this.reading) return err('reader.busy', 'a read is already running');
    this.reading = true;
    this.holder.set({ state: 'busy' });
    const { constants } = binding.value;
    let transceiver: PcscTransceiver | undefined;
    try {
      try {
        transceiver = new PcscTransceiver(await reader.connect(constants.SCARD_SHARE_SHARED, constants.SCARD_PROTOCOL_T0 | constants.SCARD_PROTOCOL_T1));
      } catch (e) {
        const failure = pcscError(e, `connecting to the card in ${reader.name}`);
        return err(failure.code === 'card.removed' ? 'card.absent' : failure.code, failure.detail);
      }
      this.presence.set(true);
      const result = await readCard(transceiver, request);
      if (!result.ok && (await this.cardLeft(result.error.code))) {
        this.presence.set(false);
        return err('card.removed', `the card left ${reader.name} during the read (${result.error.code})`);
      }
      return result;
    } finally {
      transceiver?.release(constants.SCARD_RESET_CARD);
      this.reading = false;
      if (this.holder.get().state === 'busy') this.holder.set({ state: 'ready' });
      this.pause.wake();
    }
  }

  /**
   * Whether a failed exchange was the card leaving: pcsc-lite reports a lifted card as "Card was removed",
   * or (vpcd, some readers) as a failed transaction while its state still says present for a moment.
   */
  private async cardLeft(code: string): Promise<boolean> {
    if (code === 'card.removed') return true;
    if (code !== 'card.timeout' && code !== 'card.reset' && !code.startsWith('sm.')) return false;
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const reader = this.currentReader();
      if (!reader) return true;
      if ((reader.state & (this.options.binding.ok ? this.options.binding.value.constants.SCARD_STATE_PRESENT : 0)) === 0) return true;
    }
    return false;
  }

  private currentReader(): PcscReader | undefined {
    if (!this.context || this.readerName === undefined) return undefined;
    try {
      return this.context.listReaders().find((r) => r.name === this.readerName);
    } catch {
      return undefined;
    }
  }

  private async run(binding: PcscBinding): Promise<void> {
    while (this.running) {
      try {
        this.context ??= binding.createContext();
        this.watch(binding);
        await this.pause.sleep(this.options.pollIntervalMs ?? 250);
      } catch (e) {
        // The service stopped (pcscd killed, reader stack restarted): start again from a new context.
        const failure = pcscError(e, 'PC/SC');
        this.closeContext();
        this.readerName = undefined;
        this.presence.set(false);
        this.holder.set({ state: 'disconnected', problem: failure.code === 'reader.disconnected' ? 'pcsc.no-service' : failure.code });
        await this.pause.sleep(this.options.reconnectMs ?? 1000);
      }
    }
  }

  /** One look at the readers: which one is ours, is it there, is a card on it. Throws when the service is gone. */
  private watch(binding: PcscBinding): void {
    let readers: PcscReader[];
    try {
      readers = this.context!.listReaders();
    } catch (e) {
      if (!(e instanceof Error && /no readers available/i.test(e.message))) throw e;
      readers = [];
    }
    const name = chooseReader(readers.map((r) => r.name), this.options.reader);
    if (name === undefined) {
      if (this.readerName !== undefined) (this.options.log ?? console.warn)(`[devices] card reader: ${this.readerName} was unplugged`);
      this.readerName = undefined;
      this.presence.set(false);
      this.holder.set({ state: 'reconnecting', problem: 'reader.unplugged' });
      return;
    }
    this.readerName = name;
    const reader = readers.find((r) => r.name === name)!;
    if (!this.reading) {
      this.presence.set((reader.state & binding.constants.SCARD_STATE_PRESENT) !== 0);
      this.holder.set({ state: 'ready', description: `${this.options.description}: ${name}` });
    }
  }

  private closeContext(): void {
    try {
      this.context?.close();
    } catch {
      // the service is already gone
    }
    this.context = undefined;
  }
}

import { CardRemoved, type VirtualCard } from '../virtual-card';
import { contactlessAtr } from '../vpcd/vpcd-protocol';
import { historicalBytesOfAts } from '../../iso7816/historical-bytes';
import type { PcscBinding, PcscCard, PcscConstants, PcscContext, PcscReader, PcscReaderState } from '../../pcsc/pcsc-binding';

/** pcsc-lite's values (PC/SC part 5). */
export const PCSC_CONSTANTS: PcscConstants = {
  SCARD_SHARE_SHARED: 2,
  SCARD_PROTOCOL_T0: 1,
  SCARD_PROTOCOL_T1: 2,
  SCARD_RESET_CARD: 1,
  SCARD_STATE_PRESENT: 0x20,
  SCARD_STATE_EMPTY: 0x10,
  SCARD_STATE_UNAVAILABLE: 0x08,
};

/**
 * An in-memory PC/SC service for unit tests: readers that can be plugged and unplugged, a VirtualCard that
 * can be put on a reader and lifted, and the service itself that can stop. It fails with pcsc-lite's own
 * messages ("Card was removed", "PC/SC service not running"…) so the error mapping is exercised too.
 */
export class MemoryPcsc implements PcscBinding {
  readonly constants = PCSC_CONSTANTS;
  running = true;
  private readonly slots = new Map<string, { card: VirtualCard | undefined }>();
  private readonly waiters = new Set<() => void>();

  plugReader(name: string): void {
    this.slots.set(name, { card: undefined });
    this.changed();
  }

  unplugReader(name: string): void {
    this.slots.delete(name);
    this.changed();
  }

  insertCard(reader: string, card: VirtualCard): void {
    const slot = this.slots.get(reader);
    if (!slot) throw new Error(`no reader ${reader}`);
    card.reset();
    slot.card = card;
    this.changed();
  }

  removeCard(reader: string): void {
    const slot = this.slots.get(reader);
    if (slot) slot.card = undefined;
    this.changed();
  }

  stopService(): void {
    this.running = false;
    this.changed();
  }

  createContext(): PcscContext {
    if (!this.running) throw new Error('PC/SC service not running');
    return new MemoryContext(this);
  }

  /** @internal */
  snapshot(): PcscReader[] {
    if (!this.running) throw new Error('PC/SC service not running');
    if (this.slots.size === 0) throw new Error('No readers available');
    return [...this.slots].map(([name, slot]) => this.reader(name, slot));
  }

  /** @internal */
  waitForChange(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  private changed(): void {
    for (const w of [...this.waiters]) w();
  }

  private reader(name: string, slot: { card: VirtualCard | undefined }): PcscReader {
    const card = slot.card;
    const atr = card ? contactlessAtr(historicalBytesOfAts(card.ats)) : null;
    return {
      name,
      state: card ? PCSC_CONSTANTS.SCARD_STATE_PRESENT : PCSC_CONSTANTS.SCARD_STATE_EMPTY,
      atr,
      connect: async () => {
        if (!this.running) throw new Error('PC/SC service not running');
        if (!card || slot.card !== card) throw new Error('No smart card present');
        return this.connection(slot, card, atr);
      },
    };
  }

  private connection(slot: { card: VirtualCard | undefined }, card: VirtualCard, atr: Uint8Array | null): PcscCard {
    let connected = true;
    return {
      atr,
      transmit: async (command) => {
        if (!this.running) throw new Error('PC/SC service stopped');
        if (!connected) throw new Error('Invalid handle');
        if (slot.card !== card) throw new Error('Card was removed');
        try {
          return card.transmit(new Uint8Array(command)).response;
        } catch (e) {
          if (!(e instanceof CardRemoved)) throw e;
          slot.card = undefined;
          this.changed();
          throw new Error('Card was removed');
        }
      },
      disconnect: () => {
        connected = false;
        card.reset();
      },
    };
  }
}

class MemoryContext implements PcscContext {
  private valid = true;
  constructor(private readonly service: MemoryPcsc) {}
  get isValid(): boolean {
    return this.valid && this.service.running;
  }
  listReaders(): PcscReader[] {
    if (!this.valid) throw new Error('Context is not valid');
    return this.service.snapshot();
  }
  async waitForChange(_readers: PcscReader[] | PcscReaderState[], timeoutMs: number): Promise<PcscReaderState[] | null> {
    await this.service.waitForChange(timeoutMs);
    if (!this.service.running) throw new Error('PC/SC service stopped');
    return null;
  }
  cancel(): void {}
  close(): void {
    this.valid = false;
  }
}

import type { CardReadRequest, CardReadResult } from '../../../drivers/card/card-read';
import { err, type DriverError, type Result } from '../../../drivers/result';
import type { CardReaderDevice } from './card-reader-device';
import { DeviceStatusHolder } from './device';

/**
 * The in-memory card reader (house style: every device has an in-memory and a real implementation):
 * the caller puts a card on it or lifts it, and queues what each read answers. For tests of what the
 * core does with a read; the serial PN532 and the simulator are tested over real ptys.
 */
export class MemoryCardReader implements CardReaderDevice {
  present = false;
  /** Every read request, in order (CAN, BAC candidates, what was asked for). */
  readonly requests: CardReadRequest[] = [];
  /** Answers for the next reads, in order; an empty queue answers "card removed". */
  readonly answers: Result<CardReadResult, DriverError>[] = [];
  private readonly holder = new DeviceStatusHolder({ kind: 'card-reader', description: 'in-memory', state: 'ready', simulated: true });
  private readonly presence = new Set<(p: boolean) => void>();

  status() {
    return this.holder.get();
  }
  onStatus(l: Parameters<DeviceStatusHolder['subscribe']>[0]) {
    return this.holder.subscribe(l);
  }
  async start() {}
  async stop() {}
  cardPresent() {
    return this.present;
  }
  onCardPresence(l: (p: boolean) => void) {
    this.presence.add(l);
    return () => this.presence.delete(l);
  }
  /** Puts a card on the reader (true) or lifts it (false), telling the listeners. */
  setCard(present: boolean) {
    this.present = present;
    for (const l of [...this.presence]) l(present);
  }
  async read(request: CardReadRequest) {
    this.requests.push(request);
    request.onProgress?.({ fraction: 0.5, step: 'DG13' });
    return this.answers.shift() ?? err('card.removed', 'no answer queued');
  }
  simulator() {
    return null;
  }
}

import type { ApduTransceiver } from '../../iso7816/apdu-transceiver';
import { historicalBytesOfAts } from '../../iso7816/historical-bytes';
import { DriverFailure } from '../../result';
import { CardRemoved, type VirtualCard } from '../virtual-card';

/**
 * An ApduTransceiver straight onto a VirtualCard, without a PN532 in between: for protocol tests and
 * for measuring card time. It never sleeps; `cardTimeMs` adds up what a real chip would have spent.
 */
export class VirtualCardTransceiver implements ApduTransceiver {
  /** Sum of cardTimeMs over every APDU so far. */
  cardTimeMs = 0;
  apdus = 0;

  readonly historicalBytes: Uint8Array;

  constructor(private readonly card: VirtualCard) {
    this.historicalBytes = historicalBytesOfAts(card.ats);
  }

  async transmit(commandApdu: Uint8Array, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<Uint8Array> {
    if (options?.signal?.aborted === true) throw new DriverFailure({ code: 'card.cancelled', detail: 'exchange cancelled' });
    this.apdus++;
    try {
      const { response, cardTimeMs } = this.card.transmit(commandApdu);
      this.cardTimeMs += cardTimeMs;
      return response;
    } catch (e) {
      if (e instanceof CardRemoved) throw new DriverFailure({ code: 'card.removed', detail: 'card left the field' });
      throw e;
    }
  }
}

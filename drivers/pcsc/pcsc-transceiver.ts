import type { ApduTransceiver } from '../iso7816/apdu-transceiver';
import { historicalBytesOfAtr } from '../iso7816/historical-bytes';
import { DriverFailure } from '../result';
import type { PcscCard } from './pcsc-binding';
import { pcscError } from './pcsc-errors';

/** Largest response buffer: an extended-length answer (65,536 bytes + SW) with room for secure messaging. */
const MAX_RESPONSE = 65536 + 2 + 64;

/**
 * A card in a PC/SC reader as an ApduTransceiver: the reader does ISO 14443-4 framing and chaining, so
 * one transmit is one SCardTransmit. PC/SC has no per-call timeout, so `timeoutMs` bounds the wait here
 * ("card.timeout"; the call itself ends when the reader gives up); `signal` answers "card.cancelled".
 */
export class PcscTransceiver implements ApduTransceiver {
  readonly historicalBytes?: Uint8Array;
  private released = false;

  constructor(
    private readonly card: PcscCard,
    private readonly defaultTimeoutMs = 5000,
  ) {
    if (card.atr) this.historicalBytes = historicalBytesOfAtr(card.atr);
  }

  async transmit(commandApdu: Uint8Array, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<Uint8Array> {
    if (this.released) throw new DriverFailure({ code: 'card.released', detail: 'the card was disconnected' });
    if (options.signal?.aborted) throw new DriverFailure({ code: 'card.cancelled', detail: 'cancelled before sending' });
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const stop = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DriverFailure({ code: 'card.timeout', detail: `no answer within ${timeoutMs} ms` })), timeoutMs);
      onAbort = () => reject(new DriverFailure({ code: 'card.cancelled', detail: 'exchange cancelled' }));
      options.signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const answer = this.card.transmit(Buffer.from(commandApdu), { maxRecvLength: MAX_RESPONSE }).catch((e: unknown) => {
        throw new DriverFailure(pcscError(e, 'SCardTransmit'));
      });
      return new Uint8Array(await Promise.race([answer, stop]));
    } finally {
      clearTimeout(timer);
      if (onAbort) options.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Ends the connection and resets the card, so no secure-messaging session outlives the read. Idempotent. */
  release(resetDisposition: number): void {
    if (this.released) return;
    this.released = true;
    try {
      this.card.disconnect(resetDisposition);
    } catch {
      // the card or the service is already gone: nothing left to reset
    }
  }
}

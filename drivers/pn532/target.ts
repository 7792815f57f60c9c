import type { ApduTransceiver } from '../iso7816/apdu-transceiver';
import { DriverFailure } from '../result';
import type { Pn532Channel } from './channel';
import {
  inDataExchangeParams,
  MAX_IN_DATA_EXCHANGE_BYTES,
  parseStatusAnswer,
  Pn532Command,
  type TypeATarget,
} from './commands';
import { historicalBytesOfAts } from '../iso7816/historical-bytes';
import { pn532StatusError, STATUS_MI } from './status';

/** Largest response accepted from a chain of MI answers (an extended-length R-APDU plus SW). */
const MAX_CHAINED_RESPONSE = 0x10000 + 2;

export interface Pn532TargetDefaults {
  /** Default time for one InDataExchange round trip, in ms after the PN532's ACK (card time included). */
  readonly apduTimeoutMs: number;
  /** Most command bytes per InDataExchange before chaining with MI (≤ 262, UM §7.3.8). */
  readonly maxDataOut: number;
}

/**
 * A card activated by InListPassiveTarget (ISO 14443-4 type A), as an ApduTransceiver. Each `transmit`
 * is one InDataExchange transaction, chained with the MI bit both ways when the command or the response
 * does not fit one exchange (UM §7.3.8); exchanges on one reader never overlap.
 */
export class Pn532Target implements ApduTransceiver, TypeATarget {
  readonly tg: number;
  readonly atqa: number;
  readonly sak: number;
  readonly uid: Uint8Array;
  readonly ats?: Uint8Array;
  readonly historicalBytes?: Uint8Array;
  private releasedReason: string | undefined;

  constructor(
    private readonly channel: Pn532Channel,
    found: TypeATarget,
    private readonly defaults: Pn532TargetDefaults,
  ) {
    this.tg = found.tg;
    this.atqa = found.atqa;
    this.sak = found.sak;
    this.uid = found.uid;
    if (found.ats) {
      this.ats = found.ats;
      this.historicalBytes = historicalBytesOfAts(found.ats);
    }
  }

  /** True after `release()`, or after the reader listed targets again (this activation is over). */
  get released(): boolean {
    return this.releasedReason !== undefined;
  }

  /**
   * Sends a command APDU and resolves with data || SW1 SW2.
   * `timeoutMs` (default the reader's apduTimeoutMs, 5000) bounds each InDataExchange round trip.
   * Rejects with DriverFailure: "card.timeout" (PN532 status 0x01 or no answer in time), "card.removed"
   * (status 0x29/0x2A/0x2B), other "card.*"/"reader.*" codes from the status table, "card.cancelled"
   * when `signal` aborts, "card.released" after release(), "pn532.*" for link-level failures.
   */
  transmit(commandApdu: Uint8Array, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<Uint8Array> {
    if (this.releasedReason) {
      return Promise.reject(new DriverFailure({ code: 'card.released', detail: this.releasedReason }));
    }
    const call = {
      timeoutMs: options.timeoutMs ?? this.defaults.apduTimeoutMs,
      timeoutCode: 'card.timeout',
      cancelCode: 'card.cancelled',
      idempotent: false,
      ...(options.signal ? { signal: options.signal } : {}),
    };
    return this.channel.transaction(async (send) => {
      const exchange = async (dataOut: Uint8Array, more: boolean) => {
        const answer = parseStatusAnswer(await send(Pn532Command.InDataExchange, inDataExchangeParams(this.tg, dataOut, more), call));
        if (!answer.ok) throw new DriverFailure(answer.error);
        const statusError = pn532StatusError(answer.value.status);
        if (statusError) throw new DriverFailure(statusError);
        return answer.value;
      };
      // Command chaining: all but the last piece go with MI set; the PN532 answers each with status only.
      const step = Math.max(1, Math.min(this.defaults.maxDataOut, MAX_IN_DATA_EXCHANGE_BYTES));
      let offset = 0;
      while (commandApdu.length - offset > step) {
        await exchange(commandApdu.subarray(offset, offset + step), true);
        offset += step;
      }
      const answer = await exchange(commandApdu.subarray(offset), false);
      return this.collect(answer, exchange);
    });
  }

  /** Deactivates the card (InRelease, UM §7.3.11). Safe to call twice; a card already gone is not an error. */
  async release(options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.releasedReason) return;
    this.releasedReason = 'the target was released';
    await this.channel.command(Pn532Command.InRelease, Uint8Array.of(this.tg), { timeoutMs: options.timeoutMs ?? 1000 });
  }

  /** Marks this activation as over without talking to the PN532 (the reader listed targets again). */
  invalidate(reason: string): void {
    this.releasedReason ??= reason;
  }

  private async collect(
    first: { status: number; data: Uint8Array },
    exchange: (dataOut: Uint8Array, more: boolean) => Promise<{ status: number; data: Uint8Array }>,
  ): Promise<Uint8Array> {
    const parts = [first.data];
    let total = first.data.length;
    let status = first.status;
    // Response chaining: while MI is set the host asks for the rest with an empty InDataExchange.
    while ((status & STATUS_MI) !== 0) {
      const next = await exchange(new Uint8Array(0), false);
      parts.push(next.data);
      total += next.data.length;
      status = next.status;
      if (total > MAX_CHAINED_RESPONSE) {
        throw new DriverFailure({ code: 'pn532.response-too-long', detail: `chained card response exceeds ${MAX_CHAINED_RESPONSE} bytes` });
      }
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}


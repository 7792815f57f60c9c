import type { ApduTransceiver } from '../../iso7816/apdu-transceiver';
import { isDriverFailure, type Result } from '../../result';
import type { CardResponse, CommandApdu } from '../apdu';
import { wipe } from '../bytes';
import type { SmCipherAlgorithm } from '../crypto/kdf';
import { protectCommand, unprotectResponse } from './protect';
import { smFailure, type SmFailure } from './sm-error';
import { createSmCipher, incrementSsc, type SmKeys } from './sm-keys';

/** Options of one exchange: passed through to ApduTransceiver.transmit. */
export interface ExchangeOptions {
  /** Per-APDU timeout in milliseconds; default chosen by the transceiver. */
  readonly timeoutMs?: number;
  /** Cancels the exchange (the transceiver rejects with "card.cancelled"); the session is dropped. */
  readonly signal?: AbortSignal;
}

/**
 * An open Secure Messaging session (ICAO 9303-11 §9.8) over one transceiver. Every command goes out
 * protected and every answer is verified before use. The session drops itself (wipes its keys) on any
 * SM error, on any transport failure (the SSC is then unknowable) and on drop(); afterwards transmit
 * answers "sm.dropped" and the caller must run BAC or PACE again.
 */
export interface SmSession {
  readonly algorithm: SmCipherAlgorithm;
  /** False once the keys were dropped. */
  readonly active: boolean;
  /**
   * Protects `command`, sends it, unprotects the answer. Resolves with the plaintext data and the
   * status from DO'99 (any status, 6A82 included: that is the card's answer, the session stays up), or
   * with an error: "sm.*" (session dropped) or the transceiver's code ("card.removed", "card.timeout",
   * "card.cancelled", "reader.*"; session dropped too).
   */
  transmit(command: CommandApdu, options?: ExchangeOptions): Promise<Result<CardResponse, SmFailure>>;
  /** Wipes the keys. Idempotent. */
  drop(): void;
}

/** Opens a session with the keys and starting SSC that BAC or PACE produced. */
export const openSmSession = (transceiver: ApduTransceiver, keys: SmKeys, initialSsc: Uint8Array): SmSession => {
  const cipher = createSmCipher(keys);
  let ssc: Uint8Array = initialSsc.slice();
  let active = true;
  const drop = (): void => {
    if (!active) return;
    active = false;
    cipher.destroy();
    wipe(ssc);
  };
  return {
    algorithm: keys.algorithm,
    get active() {
      return active;
    },
    drop,
    async transmit(command, options) {
      if (!active) return smFailure('sm.dropped', 'secure messaging session was dropped');
      ssc = incrementSsc(ssc);
      const protectedApdu = protectCommand(cipher, ssc, command);
      let response: Uint8Array;
      try {
        response = await transceiver.transmit(protectedApdu, options);
      } catch (e) {
        drop();
        if (isDriverFailure(e)) return { ok: false, error: e.error };
        throw e;
      }
      if (!active) return smFailure('sm.dropped', 'secure messaging session was dropped during the exchange');
      ssc = incrementSsc(ssc);
      const result = unprotectResponse(cipher, ssc, response);
      if (!result.ok) drop();
      return result;
    },
  };
};

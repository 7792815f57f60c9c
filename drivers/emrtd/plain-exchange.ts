import type { ApduTransceiver } from '../iso7816/apdu-transceiver';
import { isDriverFailure, type Result } from '../result';
import { encodeCommand, splitResponse, type CardResponse, type CommandApdu } from './apdu';
import type { ExchangeOptions } from './sm/session';

/**
 * Sends one unprotected command. Transport failures (DriverFailure: "card.removed", "card.timeout", …)
 * become error values with the same code; anything else thrown is a bug and propagates.
 */
export const sendPlain = async (
  transceiver: ApduTransceiver,
  command: CommandApdu,
  options?: ExchangeOptions,
): Promise<Result<CardResponse>> => {
  try {
    return splitResponse(await transceiver.transmit(encodeCommand(command), options));
  } catch (e) {
    if (isDriverFailure(e)) return { ok: false, error: e.error };
    throw e;
  }
};

import type { DriverError } from '../result';

/**
 * PC/SC failures as driver codes. The binding rejects with pcsc-lite's message text (SCardTransmit and
 * friends, PC/SC part 5 return codes), so the text is what there is to map. Pure.
 */
const TABLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/card was removed|no smart card present|card is unpowered/i, 'card.removed'],
  [/card was reset/i, 'card.reset'],
  [/card is unresponsive|transaction failed|communication error/i, 'card.timeout'],
  [/service not running|service stopped|reader unavailable|unknown reader|no readers available|context is not valid|invalid handle/i, 'reader.disconnected'],
  [/sharing violation/i, 'reader.busy'],
  [/cancel/i, 'card.cancelled'],
];

export function pcscError(e: unknown, during: string): DriverError {
  const message = e instanceof Error ? e.message : String(e);
  const code = TABLE.find(([pattern]) => pattern.test(message))?.[1] ?? 'reader.failed';
  return { code, detail: `${during}: ${message}` };
}

/** Whether the failure means the service or the reader went away (reconnect), not only the card. */
export const isReaderLoss = (code: string): boolean => code === 'reader.disconnected';

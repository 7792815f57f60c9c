export type { ApduTransceiver } from './apdu-transceiver';
export * from './command-apdu';
export * from './response-apdu';
export * from './status-words';

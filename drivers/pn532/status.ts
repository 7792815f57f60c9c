import type { DriverError } from '../result';

/**
 * PN532 error/status byte (UM0701-02 §7.1, table "Error code list"), as returned in the Status byte of
 * InDataExchange, InRelease, Diagnose… Bits 7 (NAD present) and 6 (MI, More Information) are flags;
 * the error code is in bits 5..0.
 */
export const STATUS_MI = 0x40;
export const STATUS_NAD = 0x80;
export const STATUS_ERROR_MASK = 0x3f;

export interface Pn532StatusEntry {
  readonly status: number;
  /** Stable code: "card.*" when the card (or the radio link to it) is at fault, "reader.*" for the PN532. */
  readonly code: string;
  readonly meaning: string;
}

/**
 * The table of status codes. Card gone: 0x01 (a lifted card makes the PN532 time out: the field failure
 * seen most), 0x29 (released), 0x2A (a different card is now in the field), 0x2B (card disappeared).
 */
export const PN532_STATUS_TABLE: readonly Pn532StatusEntry[] = [
  { status: 0x01, code: 'card.timeout', meaning: 'Time out, the target has not answered' },
  { status: 0x02, code: 'card.crc', meaning: 'CRC error detected by the CIU' },
  { status: 0x03, code: 'card.parity', meaning: 'Parity error detected by the CIU' },
  { status: 0x04, code: 'card.bit-count', meaning: 'Erroneous bit count during anti-collision/select' },
  { status: 0x05, code: 'card.framing', meaning: 'Framing error during Mifare operation' },
  { status: 0x06, code: 'card.collision', meaning: 'Abnormal bit-collision during bitwise anti-collision' },
  { status: 0x07, code: 'reader.buffer-too-small', meaning: 'Communication buffer size insufficient' },
  { status: 0x09, code: 'card.rf-buffer-overflow', meaning: 'RF buffer overflow detected by the CIU' },
  { status: 0x0a, code: 'card.rf-field', meaning: 'RF field not switched on in time by the counterpart' },
  { status: 0x0b, code: 'card.rf-protocol', meaning: 'RF protocol error' },
  { status: 0x0d, code: 'reader.overheated', meaning: 'Temperature error: antenna drivers switched off' },
  { status: 0x0e, code: 'reader.buffer-overflow', meaning: 'Internal buffer overflow' },
  { status: 0x10, code: 'reader.invalid-parameter', meaning: 'Invalid parameter (range, format…)' },
  { status: 0x12, code: 'card.unsupported-command', meaning: 'DEP protocol: command not supported by the target' },
  { status: 0x13, code: 'card.data-format', meaning: 'Data format does not match the specification (bad length, PCB, NAD/DID)' },
  { status: 0x14, code: 'card.authentication', meaning: 'Mifare authentication error' },
  { status: 0x23, code: 'card.uid-check', meaning: 'ISO 14443-3 UID check byte is wrong' },
  { status: 0x25, code: 'card.invalid-state', meaning: 'DEP protocol: invalid device state' },
  { status: 0x26, code: 'reader.not-allowed', meaning: 'Operation not allowed in this configuration' },
  { status: 0x27, code: 'reader.wrong-context', meaning: 'Command not acceptable in the current context (unknown target, wrong state)' },
  { status: 0x29, code: 'card.removed', meaning: 'The target has been released by its initiator' },
  { status: 0x2a, code: 'card.removed', meaning: 'The card in the field is not the one activated (card exchanged)' },
  { status: 0x2b, code: 'card.removed', meaning: 'The card previously activated has disappeared' },
  { status: 0x2c, code: 'card.nfcid3-mismatch', meaning: 'NFCID3 mismatch in DEP 212/424 kbps passive' },
  { status: 0x2d, code: 'reader.over-current', meaning: 'Over-current event detected' },
  { status: 0x2e, code: 'card.nad-missing', meaning: 'NAD missing in DEP frame' },
];

const BY_STATUS = new Map(PN532_STATUS_TABLE.map((e) => [e.status, e]));

/** The DriverError for a non-zero status byte (flags are ignored); undefined for success (0x00). */
export function pn532StatusError(statusByte: number): DriverError | undefined {
  const status = statusByte & STATUS_ERROR_MASK;
  if (status === 0) return undefined;
  const hex = `0x${status.toString(16).padStart(2, '0')}`;
  const entry = BY_STATUS.get(status);
  if (!entry) return { code: 'reader.status-unknown', detail: `PN532 status ${hex} is not documented` };
  return { code: entry.code, detail: `PN532 status ${hex}: ${entry.meaning}` };
}

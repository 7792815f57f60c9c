import { describe, expect, it } from 'vitest';
import { PN532_STATUS_TABLE, pn532StatusError } from './status';

describe('PN532 status byte → DriverError (UM0701-02 §7.1)', () => {
  it('maps success to no error', () => {
    expect(pn532StatusError(0x00)).toBeUndefined();
    expect(pn532StatusError(0x40)).toBeUndefined(); // MI flag alone: success with more data
  });

  it.each([
    [0x01, 'card.timeout'],
    [0x02, 'card.crc'],
    [0x03, 'card.parity'],
    [0x04, 'card.bit-count'],
    [0x05, 'card.framing'],
    [0x06, 'card.collision'],
    [0x07, 'reader.buffer-too-small'],
    [0x09, 'card.rf-buffer-overflow'],
    [0x0a, 'card.rf-field'],
    [0x0b, 'card.rf-protocol'],
    [0x0d, 'reader.overheated'],
    [0x0e, 'reader.buffer-overflow'],
    [0x10, 'reader.invalid-parameter'],
    [0x12, 'card.unsupported-command'],
    [0x13, 'card.data-format'],
    [0x14, 'card.authentication'],
    [0x23, 'card.uid-check'],
    [0x25, 'card.invalid-state'],
    [0x26, 'reader.not-allowed'],
    [0x27, 'reader.wrong-context'],
    [0x29, 'card.removed'],
    [0x2a, 'card.removed'],
    [0x2b, 'card.removed'],
    [0x2c, 'card.nfcid3-mismatch'],
    [0x2d, 'reader.over-current'],
    [0x2e, 'card.nad-missing'],
  ])('status 0x%s → %s', (status, code) => {
    const e = pn532StatusError(status);
    expect(e?.code).toBe(code);
    expect(e?.detail).toContain(`0x${status.toString(16).padStart(2, '0')}`);
  });

  it('covers every row of the table in the test above', () => {
    expect(PN532_STATUS_TABLE).toHaveLength(26);
  });

  it('ignores the NAD and MI flags', () => {
    expect(pn532StatusError(0x41)?.code).toBe('card.timeout');
    expect(pn532StatusError(0x81)?.code).toBe('card.timeout');
  });

  it('reports undocumented codes', () => {
    expect(pn532StatusError(0x3f)?.code).toBe('reader.status-unknown');
  });
});

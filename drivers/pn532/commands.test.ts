import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inDataExchangeParams,
  parseFirmwareVersion,
  parseInListPassiveTarget,
  parseStatusAnswer,
  rfMaxRetriesParams,
  rfTimeoutCode,
  samConfigurationParams,
  setParametersParams,
  setSerialBaudRateParams,
} from './commands';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));

describe('PN532 command parameters and answers (UM0701-02 §7)', () => {
  it('parses GetFirmwareVersion of a PN532 v1.6 (32 01 06 07)', () => {
    const r = parseFirmwareVersion(hex('32010607'));
    expect(r.ok && r.value).toEqual({ ic: 0x32, version: 1, revision: 6, support: { iso14443a: true, iso14443b: true, iso18092: true } });
    expect(parseFirmwareVersion(hex('3201')).ok).toBe(false);
  });

  it('builds configuration parameters', () => {
    expect(Array.from(samConfigurationParams())).toEqual([0x01, 0x14, 0x01]);
    expect(Array.from(setParametersParams({ automaticRats: true, automaticAtrRes: true }))).toEqual([0x14]);
    expect(Array.from(rfMaxRetriesParams({ passiveActivation: 2 }))).toEqual([0x05, 0xff, 0x01, 0x02]);
    expect(Array.from(inDataExchangeParams(1, hex('00A4'), true))).toEqual([0x41, 0x00, 0xa4]);
    const baud = setSerialBaudRateParams(230400);
    expect(baud.ok && Array.from(baud.value)).toEqual([0x05]);
    expect(setSerialBaudRateParams(12345).ok).toBe(false);
  });

  it.each([
    [0.1, 0x01],
    [100, 0x0b],
    [102.4, 0x0b],
    [103, 0x0c],
    [5000, 0x10],
  ])('rfTimeoutCode(%s ms) = %s', (ms, code) => {
    expect(rfTimeoutCode(ms)).toBe(code);
  });

  it('parses a Mifare Classic target without ATS', () => {
    const r = parseInListPassiveTarget(hex('01 01 0004 08 04 DEADBEEF'));
    expect(r.ok && r.value).toEqual([{ tg: 1, atqa: 0x0004, sak: 0x08, uid: hex('DEADBEEF') }]);
  });

  it('parses an ISO 14443-4 target with its ATS (TL counts itself)', () => {
    const r = parseInListPassiveTarget(hex('01 01 0344 20 07 04112233445566 05 78807002'));
    expect(r.ok && r.value[0]?.ats).toEqual(hex('78807002'));
    expect(r.ok && r.value[0]?.uid).toEqual(hex('04112233445566'));
  });

  it('reads an empty field', () => {
    const r = parseInListPassiveTarget(hex('00'));
    expect(r.ok && r.value).toEqual([]);
  });

  it.each(['', '01', '01 01 0004 08 08 DEADBEEF', '03', '01 01 0344 20 04 11223344 09 7880'])('rejects %s', (s) => {
    const r = parseInListPassiveTarget(hex(s));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('pn532.response-format');
  });

  it('property: InListPassiveTarget answers of any bytes give targets or a typed error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      const r = parseInListPassiveTarget(bytes);
      if (r.ok) expect(r.value.length).toBeLessThanOrEqual(2);
      else expect(r.error.code).toBe('pn532.response-format');
    }));
  });

  it('splits status answers', () => {
    const r = parseStatusAnswer(hex('40 9000'));
    expect(r.ok && r.value.status).toBe(0x40);
    expect(parseStatusAnswer(new Uint8Array(0)).ok).toBe(false);
  });
});

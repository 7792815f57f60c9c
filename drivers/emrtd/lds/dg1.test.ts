import { describe, expect, it } from 'vitest';
import { parseDg1 } from './dg1';
import { encodeTlv } from './tlv';

const dg1 = (mrz: string) => encodeTlv(0x61, encodeTlv(0x5f1f, new TextEncoder().encode(mrz)));
const VN = 'IDVNM0930123453001093012345<<<' + '9301054M3301052VNM<<<<<<<<<<<6' + 'NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<';

describe('parseDg1 (ICAO 9303-10 §4.7.1)', () => {
  it('reads a VN TD1 MRZ: 95 bytes in all, check digits valid', () => {
    const bytes = dg1(VN);
    expect(bytes.length).toBe(95); // cccd.md: 61 5D 5F1F 5A + 90 characters
    const r = parseDg1(bytes);
    expect(r.ok && r.value.checkDigitsValid).toBe(true);
    expect(r.ok && r.value.mrz).toMatchObject({ documentNumber: '093012345', vnPersonalId: '001093012345', sex: 'M', dateOfBirth: '930105' });
  });

  it('reports wrong check digits per field without failing', () => {
    const r = parseDg1(dg1(VN.replace('9301054M', '9301055M')));
    expect(r.ok && r.value.checkDigitsValid).toBe(false);
    expect(r.ok && r.value.mrz.checks.find((c) => c.field === 'dateOfBirth')?.valid).toBe(false);
  });

  it.each([
    ['wrong tag', encodeTlv(0x75, new Uint8Array()), 'dg1.malformed'],
    ['no 5F1F', encodeTlv(0x61, encodeTlv(0x5f20, Uint8Array.of(1))), 'dg1.malformed'],
    ['short MRZ', dg1('IDVNM'), 'mrz.bad-length'],
  ])('rejects %s', (_n, bytes, code) => {
    const r = parseDg1(bytes);
    expect(!r.ok && r.error.code).toBe(code);
  });
});

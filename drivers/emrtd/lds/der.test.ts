import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBigInt, decodeOid, decodeSmallInteger, decodeText, encodeInteger, encodeOid, encodeOidValue } from './der';
import { parseTlv } from './tlv';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

describe('object identifiers (X.690 §8.19)', () => {
  it.each([
    ['2.23.136.1.1.1', '67 81 08 01 01 01'], // LDSSecurityObject
    ['0.4.0.127.0.7.2.2.4.2.2', '04 00 7F 00 07 02 02 04 02 02'], // id-PACE-ECDH-GM-AES-CBC-CMAC-128
    ['1.0.10646.1.0.8', '28 D3 16 01 00 08'], // DG13 UTF-8 marker (cccd.md)
    ['1.2.840.10045.4.3.4', '2A 86 48 CE 3D 04 03 04'], // ecdsa-with-SHA512
  ])('%s ⇄ %s', (dotted, bytes) => {
    expect(Buffer.from(encodeOidValue(dotted)).toString('hex')).toBe(bytes.replace(/\s+/g, '').toLowerCase());
    expect(decodeOid(hex(bytes))).toEqual({ ok: true, value: dotted });
  });

  it('rejects malformed OIDs with der.bad-oid', () => {
    for (const bad of ['', '80 01', '2A 86']) {
      const r = decodeOid(hex(bad));
      expect(!r.ok && r.error.code).toBe('der.bad-oid');
    }
  });

  it('round-trips random OIDs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 39 }), fc.array(fc.nat(), { maxLength: 10 }), (a, b, rest) => {
        const dotted = [a, b, ...rest].join('.');
        const r = parseTlv(encodeOid(dotted));
        expect(r.ok && decodeOid(r.value.value)).toEqual({ ok: true, value: dotted });
      }),
    );
  });
});

describe('integers', () => {
  it('encodes minimal two’s complement and reads it back', () => {
    expect(Buffer.from(encodeInteger(0)).toString('hex')).toBe('020100');
    expect(Buffer.from(encodeInteger(128)).toString('hex')).toBe('02020080');
    expect(Buffer.from(encodeInteger(256)).toString('hex')).toBe('02020100');
    expect(decodeBigInt(hex('FF'))).toBe(-1n);
    expect(decodeSmallInteger(hex('0D'))).toEqual({ ok: true, value: 13 });
    expect(decodeSmallInteger(hex('80')).ok).toBe(false);
    expect(decodeSmallInteger(new Uint8Array()).ok).toBe(false);
  });
});

describe('decodeText', () => {
  it('reads UTF8String, PrintableString and BMPString, and rejects invalid UTF-8', () => {
    const text = (tag: number, bytes: Uint8Array) => decodeText({ tag, constructed: false, length: bytes.length, value: bytes, headerLength: 2, totalLength: bytes.length + 2 });
    expect(text(0x0c, new TextEncoder().encode('Nguyễn'))).toEqual({ ok: true, value: 'Nguyễn' });
    expect(text(0x13, new TextEncoder().encode('001093012345'))).toEqual({ ok: true, value: '001093012345' });
    expect(text(0x1e, hex('00 4E 01 B0'))).toEqual({ ok: true, value: 'Nư' });
    expect(text(0x0c, hex('C3 28')).ok).toBe(false);
    expect(text(0x02, hex('01')).ok).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinResponse } from '../apdu';
import { bytesToHex, hexToBytes } from '../bytes';
import type { SmCipherAlgorithm } from '../crypto/kdf';
import { protectResponse, unprotectCommand } from './card-side';
import { protectCommand, protectedResponseLength, unprotectResponse } from './protect';
import { createSmCipher, incrementSsc } from './sm-keys';

const h = hexToBytes;

// ICAO 9303-11 Appendix D.4 session keys.
const bacCipher = () => createSmCipher({ algorithm: '3DES', ksEnc: h('979EC13B1CBFE9DCD01AB0FED307EAE5'), ksMac: h('F1CB1F1FB5ADF208806B89DC579DC1F8') });
const aesCipher = (algorithm: SmCipherAlgorithm = 'AES-128') => {
  const n = algorithm === 'AES-192' ? 24 : algorithm === 'AES-256' ? 32 : 16;
  return createSmCipher({ algorithm, ksEnc: new Uint8Array(n).fill(0x11), ksMac: new Uint8Array(n).fill(0x22) });
};

describe('protectCommand (ICAO 9303-11 D.4 values)', () => {
  it('protects SELECT EF.COM with SSC 887022120C06C227', () => {
    const apdu = protectCommand(bacCipher(), h('887022120C06C227'), { cla: 0, ins: 0xa4, p1: 2, p2: 0x0c, data: h('011E') });
    expect(bytesToHex(apdu)).toBe('0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800');
  });
  it('unprotects the D.4 READ BINARY answer with SSC 887022120C06C22A', () => {
    const r = unprotectResponse(bacCipher(), h('887022120C06C22A'), h('8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000'));
    expect(r.ok && bytesToHex(r.value.data)).toBe('60145F01');
  });
  it('uses DO 85 for odd INS and extended length only when needed', () => {
    const c = aesCipher();
    const ssc = new Uint8Array(16);
    const b1 = protectCommand(c, ssc, { cla: 0, ins: 0xb1, p1: 0, p2: 0, data: h('54028000'), ne: 223 });
    expect(bytesToHex(b1.subarray(0, 6))).toBe('0CB100001F85'); // Lc = DO'85 (18) + DO'97 (3) + DO'8E (10)
    const big = protectCommand(c, ssc, { cla: 0, ins: 0xb0, p1: 0, p2: 0, ne: 1000 });
    expect(bytesToHex(big.subarray(4, 5))).toBe('00'); // extended Lc
  });
  it('keeps a 223-byte read within a short response for 3DES and AES (cccd.md reading budget)', () => {
    expect(protectedResponseLength(223, 8)).toBeLessThanOrEqual(256);
    expect(protectedResponseLength(223, 16)).toBeLessThanOrEqual(256);
  });
});

describe('SSC', () => {
  it('increments big-endian and wraps', () => {
    expect(bytesToHex(incrementSsc(h('887022120C06C2FF')))).toBe('887022120C06C300');
    expect(bytesToHex(incrementSsc(h('FFFF')))).toBe('0000');
  });
});

describe('card side and terminal side agree', () => {
  it.each(['3DES', 'AES-128', 'AES-192', 'AES-256'] as const)('round-trips commands and responses with %s', (alg) => {
    const cipher = alg === '3DES' ? bacCipher() : aesCipher(alg);
    const ssc = new Uint8Array(cipher.blockSize).fill(7);
    const cmd = { cla: 0, ins: 0xb1, p1: 0, p2: 0, data: h('5403012345'), ne: 200 };
    const unwrapped = unprotectCommand(cipher, ssc, protectCommand(cipher, ssc, cmd));
    expect(unwrapped.ok && unwrapped.value).toEqual(cmd);
    const data = new Uint8Array(200).map((_, i) => i);
    const r = unprotectResponse(cipher, ssc, protectResponse(cipher, ssc, data, 0x6282, true));
    expect(r.ok && r.value).toEqual({ data, sw: 0x6282 });
  });
  it('detects a MAC made with another SSC', () => {
    const cipher = aesCipher();
    const response = protectResponse(cipher, new Uint8Array(16), h('0102'), 0x9000, false);
    const r = unprotectResponse(cipher, incrementSsc(new Uint8Array(16)), response);
    expect(r.ok ? 'ok' : r.error.code).toBe('sm.mac');
    const c = unprotectCommand(cipher, incrementSsc(new Uint8Array(16)), protectCommand(cipher, new Uint8Array(16), { cla: 0, ins: 0xb0, p1: 0, p2: 0, ne: 4 }));
    expect(c.ok ? 'ok' : c.error.code).toBe('sm.mac');
  });
  it('types plain SM error statuses', () => {
    const cipher = aesCipher();
    const r = unprotectResponse(cipher, new Uint8Array(16), h('6988'));
    expect(r.ok ? 'ok' : [r.error.code, r.error.sw]).toEqual(['sm.card-error', 0x6988]);
    const p = unprotectResponse(cipher, new Uint8Array(16), h('6982'));
    expect(p.ok ? 'ok' : [p.error.code, p.error.sw]).toEqual(['sm.plain-status', 0x6982]);
  });
});

describe('unprotectResponse on outside bytes (property)', () => {
  it('returns a value or an sm.* error for any bytes, never throws', () => {
    const cipher = aesCipher();
    const ssc = new Uint8Array(16);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = unprotectResponse(cipher, ssc, bytes);
        expect(r.ok || r.error.code.startsWith('sm.')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('rejects every single-bit flip of a valid protected response', () => {
    const cipher = bacCipher();
    const ssc = h('887022120C06C22A');
    const good = h('8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (good.length - 2) * 8 - 1 }), (bit) => {
        const bad = good.slice();
        bad[bit >> 3] = (bad[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        const r = unprotectResponse(cipher, ssc, bad);
        expect(r.ok).toBe(false);
      }),
    );
  });
  it('handles structured but hostile DO sequences', () => {
    const cipher = aesCipher();
    const ssc = new Uint8Array(16);
    const tlv = fc.tuple(fc.constantFrom(0x85, 0x87, 0x99, 0x8e, 0x53, 0x01), fc.uint8Array({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(tlv, { maxLength: 5 }), fc.integer({ min: 0, max: 0xffff }), (dos, sw) => {
        const body = dos.flatMap(([t, v]) => [t, v.length, ...v]);
        const r = unprotectResponse(cipher, ssc, joinResponse(Uint8Array.from(body), sw));
        expect(r.ok || r.error.code.startsWith('sm.')).toBe(true);
      }),
    );
  });
  it('unprotectCommand never throws on outside bytes either', () => {
    const cipher = bacCipher();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = unprotectCommand(cipher, new Uint8Array(8), bytes);
        expect(r.ok || r.error.code.startsWith('sm.')).toBe(true);
      }),
    );
  });
});

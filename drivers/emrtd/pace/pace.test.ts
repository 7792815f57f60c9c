import { describe, expect, it } from 'vitest';
import { mrzInformation } from '../bac/mrz-information';
import { bytesToHex, hexToBytes } from '../bytes';
import { ScriptedTransceiver } from '../testing/scripted-transceiver';
import { ecDomainById, supportedDomainIds } from './domain-parameters';
import { performPace } from './pace';
import {
  authenticationToken,
  decodePoint,
  decryptNonce,
  encodePoint,
  mapGenerator,
  pacePasswordKey,
  publicKeyDataObject,
  sessionKeysFromSecret,
  sharedPoint,
  sharedSecretX,
} from './pace-compute';
import { encodeOidValue, paceProtocolByOid } from './pace-protocols';

const h = hexToBytes;
const big = (hex: string) => BigInt(`0x${hex}`);

// ICAO 9303-11 Appendix G.1: PACE, ECDH Generic Mapping, brainpoolP256r1, AES-128, MRZ password
// (T22000129 / 640812 / 101031). Values as published (and reproduced in dmrtd's pace_test_ecdh.dart).
const G = {
  oid: '0.4.0.127.0.7.2.2.4.2.2',
  kPi: '89DED1B26624EC1E634C1989302849DD',
  z: '95A3A016522EE98D01E76CB6B98B42C3',
  s: '3F00C4D39D153F2B2A214A078D899B22',
  terminalMapSk: '7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99',
  terminalMapPk: '047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D',
  chipMapSk: '498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560',
  chipMapPk: '04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F5730D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54',
  h: '0460332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD50840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181',
  mappedG: '048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E28C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522',
  terminalEphSk: 'A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595',
  terminalEphPk: '042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462',
  chipEphSk: '107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A',
  chipEphPk: '049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094',
  k: '28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925',
  ksEnc: 'F5F0E35C0D7161EE6724EE513A0D9A7F',
  ksMac: 'FE251C7858B356B24514B3BD5F4297D1',
  tifdInput: '7F494F060A04007F000702020402028641049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094',
  ticInput: '7F494F060A04007F000702020402028641042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462',
  tIfd: 'C2B0BD78D94BA866',
  tIc: '3ABB9674BCE93C08',
};

const mrzPassword = () => {
  const info = mrzInformation({ documentNumber: 'T22000129', dateOfBirth: '640812', dateOfExpiry: '101031' });
  if (!info.ok) throw new Error('bad MRZ');
  return { kind: 'mrz' as const, mrzInformation: info.value };
};

describe('EC domain parameters (ICAO 9303-11 Table 11)', () => {
  it.each(supportedDomainIds())('domain %i has a valid base point of order n', (id) => {
    const d = ecDomainById(id)!;
    expect(() => d.Point.BASE.assertValidity()).not.toThrow();
    // (n-1)·G = -G, i.e. n·G = O
    expect(d.Point.BASE.multiply(d.order - 1n).equals(d.Point.BASE.negate())).toBe(true);
  });
  it('maps the standardized IDs to the right curves (12 P-256, 13 bp256, 14 bp320, 16 bp384, 17 bp512)', () => {
    expect(ecDomainById(12)?.name).toBe('NIST P-256');
    expect(ecDomainById(13)?.name).toBe('brainpoolP256r1');
    expect(ecDomainById(14)?.fieldBytes).toBe(40);
    expect(ecDomainById(16)?.name).toBe('brainpoolP384r1');
    expect(ecDomainById(17)?.name).toBe('brainpoolP512r1');
    expect(ecDomainById(9)).toBeUndefined();
  });
});

describe('PACE protocol table', () => {
  it('knows the ECDH-GM OIDs and encodes them in DER', () => {
    expect(paceProtocolByOid(G.oid)).toMatchObject({ name: 'id-PACE-ECDH-GM-AES-CBC-CMAC-128', algorithm: 'AES-128' });
    expect(paceProtocolByOid('0.4.0.127.0.7.2.2.4.2.1')?.algorithm).toBe('3DES');
    expect(paceProtocolByOid('0.4.0.127.0.7.2.2.4.4.2')).toBeUndefined(); // Integrated Mapping
    expect(bytesToHex(encodeOidValue(G.oid))).toBe('04007F00070202040202');
    expect(bytesToHex(encodeOidValue('1.2.840.113549'))).toBe('2A864886F70D');
  });
});

describe('PACE ECDH-GM computations (ICAO 9303-11 Appendix G.1)', () => {
  const d = ecDomainById(13)!;
  it('derives K_pi from the MRZ and decrypts the nonce', () => {
    const kPi = pacePasswordKey(mrzPassword(), 'AES-128');
    expect(bytesToHex(kPi)).toBe(G.kPi);
    expect(bytesToHex(decryptNonce(kPi, h(G.z), 'AES-128'))).toBe(G.s);
  });
  it('computes mapping keys, H and the mapped generator', () => {
    expect(bytesToHex(encodePoint(d.Point.BASE.multiply(big(G.terminalMapSk))))).toBe(G.terminalMapPk);
    expect(bytesToHex(encodePoint(d.Point.BASE.multiply(big(G.chipMapSk))))).toBe(G.chipMapPk);
    const hTerminal = sharedPoint(big(G.terminalMapSk), decodePoint(d, h(G.chipMapPk))!);
    const hChip = sharedPoint(big(G.chipMapSk), decodePoint(d, h(G.terminalMapPk))!);
    expect(bytesToHex(encodePoint(hTerminal))).toBe(G.h);
    expect(hChip.equals(hTerminal)).toBe(true);
    expect(bytesToHex(encodePoint(mapGenerator(d, h(G.s), hTerminal)))).toBe(G.mappedG);
  });
  it('computes ephemeral keys, the shared secret and the session keys', () => {
    const mapped = decodePoint(d, h(G.mappedG))!;
    expect(bytesToHex(encodePoint(mapped.multiply(big(G.terminalEphSk))))).toBe(G.terminalEphPk);
    expect(bytesToHex(encodePoint(mapped.multiply(big(G.chipEphSk))))).toBe(G.chipEphPk);
    const k = sharedSecretX(d, sharedPoint(big(G.terminalEphSk), decodePoint(d, h(G.chipEphPk))!));
    expect(bytesToHex(k)).toBe(G.k);
    expect(bytesToHex(sharedSecretX(d, sharedPoint(big(G.chipEphSk), decodePoint(d, h(G.terminalEphPk))!)))).toBe(G.k);
    const ks = sessionKeysFromSecret(k, 'AES-128');
    expect(bytesToHex(ks.ksEnc)).toBe(G.ksEnc);
    expect(bytesToHex(ks.ksMac)).toBe(G.ksMac);
  });
  it('computes both authentication tokens', () => {
    const chipEph = decodePoint(d, h(G.chipEphPk))!;
    const terminalEph = decodePoint(d, h(G.terminalEphPk))!;
    expect(bytesToHex(publicKeyDataObject(G.oid, chipEph))).toBe(G.tifdInput);
    expect(bytesToHex(publicKeyDataObject(G.oid, terminalEph))).toBe(G.ticInput);
    expect(bytesToHex(authenticationToken('AES-128', h(G.ksMac), h(G.tifdInput)))).toBe(G.tIfd);
    expect(bytesToHex(authenticationToken('AES-128', h(G.ksMac), h(G.ticInput)))).toBe(G.tIc);
  });
  it('rejects points off the curve', () => {
    const bad = h(G.chipMapPk);
    bad[10] = (bad[10] ?? 0) ^ 1;
    expect(decodePoint(d, bad)).toBeUndefined();
    expect(decodePoint(d, h('00'))).toBeUndefined();
  });
});

const g1Script = (lastResponse = `7C0A8608${G.tIc}9000`) =>
  new ScriptedTransceiver([
    { expect: '0022C1A40F800A04007F00070202040202830101', respond: '9000' },
    { expect: '10860000027C0000', respond: `7C128010${G.z}9000` },
    { expect: `10860000457C438141${G.terminalMapPk}00`, respond: `7C438241${G.chipMapPk}9000` },
    { expect: `10860000457C438341${G.terminalEphPk}00`, respond: `7C438441${G.chipEphPk}9000` },
    { expect: `008600000C7C0A8508${G.tIfd}00`, respond: lastResponse },
  ]);

describe('performPace on the Appendix G.1 exchange', () => {
  it('sends the G.1 APDUs byte for byte and opens an AES session', async () => {
    const card = g1Script();
    const keys = [h(G.terminalMapSk), h(G.terminalEphSk)];
    const r = await performPace(card, mrzPassword(), { protocol: G.oid, parameterId: 13 }, { random: () => keys.shift()!.slice() });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.algorithm).toBe('AES-128');
    expect(card.done).toBe(true);
  });
  it('reports pace.denied when the chip refuses the terminal token (wrong password)', async () => {
    const card = g1Script('6300');
    const keys = [h(G.terminalMapSk), h(G.terminalEphSk)];
    const r = await performPace(card, mrzPassword(), { protocol: G.oid, parameterId: 13 }, { random: () => keys.shift()!.slice() });
    expect(r.ok ? 'ok' : r.error.code).toBe('pace.denied');
  });
  it('reports pace.denied when the chip token does not verify', async () => {
    const card = g1Script('7C0A86080000000000000000 9000');
    const keys = [h(G.terminalMapSk), h(G.terminalEphSk)];
    const r = await performPace(card, mrzPassword(), { protocol: G.oid, parameterId: 13 }, { random: () => keys.shift()!.slice() });
    expect(r.ok ? 'ok' : r.error.code).toBe('pace.denied');
  });
  it('refuses unsupported protocols and domains without sending anything', async () => {
    const card = new ScriptedTransceiver([]);
    const im = await performPace(card, { kind: 'can', can: '123456' }, { protocol: '0.4.0.127.0.7.2.2.4.4.2', parameterId: 13 });
    expect(im.ok ? 'ok' : im.error.code).toBe('pace.unsupported');
    const dom = await performPace(card, { kind: 'can', can: '123456' }, { protocol: G.oid, parameterId: 2 });
    expect(dom.ok ? 'ok' : dom.error.code).toBe('pace.unsupported');
    expect(card.sent).toEqual([]);
  });
  it('sends data object 84 with the parameter ID when asked', async () => {
    const card = new ScriptedTransceiver([{ expect: '0022C1A412800A04007F0007020204020283010284010D', respond: '6A80' }]);
    const r = await performPace(card, { kind: 'can', can: '123456' }, { protocol: G.oid, parameterId: 13, sendParameterId: true });
    expect(r.ok ? 'ok' : r.error.code).toBe('pace.card-error');
  });
});

describe('PACE response parsing on outside bytes (property)', () => {
  it('decodeDynamicAuthData and decodePoint never throw', async () => {
    const fc = (await import('fast-check')).default;
    const { decodeDynamicAuthData } = await import('./dynamic-auth-data');
    const d = ecDomainById(13)!;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const r = decodeDynamicAuthData(bytes, 0x82);
        expect(r.ok || r.error.code === 'pace.malformed').toBe(true);
        const p = decodePoint(d, bytes);
        expect(p === undefined || p.is0() === false).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // well-formed length, random coordinates: almost never on the curve, never a throw
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (xy) => {
        const bytes = new Uint8Array(65);
        bytes[0] = 4;
        bytes.set(xy, 1);
        expect(() => decodePoint(d, bytes)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

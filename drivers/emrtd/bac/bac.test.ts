import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../bytes';
import { ScriptedTransceiver } from '../testing/scripted-transceiver';
import { acceptChipR, bacCryptogram, openBacCryptogram, terminalS } from './bac-compute';
import { bacInitialSsc, deriveBacKeys, deriveBacSessionKeys } from './bac-keys';
import { performBac } from './bac';
import { mrzCheckDigit, mrzInformation } from './mrz-information';

const h = hexToBytes;

// ICAO 9303-11 Appendix D (worked example: BAC and Secure Messaging), values checked one by one.
const D = {
  mrzInformation: 'L898902C<369080619406236',
  kSeed: '239AB9CB282DAF66231DC5A4DF6BFBAE',
  kEnc: 'AB94FDECF2674FDFB9B391F85D7F76F2',
  kMac: '7962D9ECE03D1ACD4C76089DCE131543',
  rndIcc: '4608F91988702212',
  rndIfd: '781723860C06C226',
  kIfd: '0B795240CB7049B01C19B33E32804F0B',
  s: '781723860C06C2264608F919887022120B795240CB7049B01C19B33E32804F0B',
  cmdData: '72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7',
  respData: '46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449',
  r: '4608F91988702212781723860C06C2260B4F80323EB3191CB04970CB4052790B',
  kIcc: '0B4F80323EB3191CB04970CB4052790B',
  ksEnc: '979EC13B1CBFE9DCD01AB0FED307EAE5',
  ksMac: 'F1CB1F1FB5ADF208806B89DC579DC1F8',
  ssc: '887022120C06C226',
};

describe('MRZ information (ICAO 9303-11 D.2)', () => {
  it('builds document number, birth and expiry with check digits', () => {
    const r = mrzInformation({ documentNumber: 'L898902C', dateOfBirth: '690806', dateOfExpiry: '940623' });
    expect(r).toEqual({ ok: true, value: D.mrzInformation });
  });
  it('computes check digits with weights 7 3 1', () => {
    expect(mrzCheckDigit('L898902C<')).toBe(3);
    expect(mrzCheckDigit('690806')).toBe(1);
    expect(mrzCheckDigit('940623')).toBe(6);
    expect(mrzCheckDigit('a')).toBeUndefined();
  });
  it('rejects fields that cannot be in an MRZ', () => {
    expect(mrzInformation({ documentNumber: '1234567890', dateOfBirth: '690806', dateOfExpiry: '940623' }).ok).toBe(false);
    expect(mrzInformation({ documentNumber: '123', dateOfBirth: '691306', dateOfExpiry: '940623' }).ok).toBe(false);
  });
});

describe('BAC computations (ICAO 9303-11 D.2, D.3)', () => {
  it('derives Kseed, Kenc and Kmac', () => {
    const keys = deriveBacKeys(D.mrzInformation);
    expect(bytesToHex(keys.kSeed)).toBe(D.kSeed);
    expect(bytesToHex(keys.kEnc)).toBe(D.kEnc);
    expect(bytesToHex(keys.kMac)).toBe(D.kMac);
  });
  it('builds S and the MUTUAL AUTHENTICATE data', () => {
    const s = terminalS(h(D.rndIfd), h(D.rndIcc), h(D.kIfd));
    expect(bytesToHex(s)).toBe(D.s);
    expect(bytesToHex(bacCryptogram({ kEnc: h(D.kEnc), kMac: h(D.kMac) }, s))).toBe(D.cmdData);
  });
  it('verifies the chip answer, extracts K.ICC, derives session keys and SSC', () => {
    const r = openBacCryptogram({ kEnc: h(D.kEnc), kMac: h(D.kMac) }, h(D.respData));
    expect(bytesToHex(r!)).toBe(D.r);
    const kIcc = acceptChipR(r!, h(D.rndIcc), h(D.rndIfd));
    expect(bytesToHex(kIcc!)).toBe(D.kIcc);
    const ks = deriveBacSessionKeys(h(D.kIfd), kIcc!);
    expect(bytesToHex(ks.ksEnc)).toBe(D.ksEnc);
    expect(bytesToHex(ks.ksMac)).toBe(D.ksMac);
    expect(bytesToHex(bacInitialSsc(h(D.rndIcc), h(D.rndIfd)))).toBe(D.ssc);
  });
  it('rejects a tampered chip answer or a wrong echo of RND.IFD', () => {
    const bad = h(D.respData);
    bad[0] = (bad[0] ?? 0) ^ 1;
    expect(openBacCryptogram({ kEnc: h(D.kEnc), kMac: h(D.kMac) }, bad)).toBeUndefined();
    expect(acceptChipR(h(D.r), h(D.rndIcc), h('0000000000000000'))).toBeUndefined();
  });
});

describe('performBac then secure messaging: the whole Appendix D exchange', () => {
  it('reproduces D.3 on the wire, then D.4 SELECT EF.COM and two READ BINARY', async () => {
    const card = new ScriptedTransceiver([
      { expect: '0084000008', respond: `${D.rndIcc}9000` },
      { expect: `0082000028${D.cmdData}28`, respond: `${D.respData}9000` },
      // D.4: SELECT EF.COM, READ BINARY of 4 bytes, READ BINARY of 18 bytes from offset 4.
      { expect: '0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800', respond: '990290008E08FA855A5D4C50A8ED9000' },
      { expect: '0CB000000D9701048E08ED6705417E96BA5500', respond: '8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000' },
      {
        expect: '0CB000040D9701128E082EA28A70F3C7B53500',
        respond: '871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000',
      },
    ]);
    const randoms = [h(D.rndIfd), h(D.kIfd)];
    const bac = await performBac(card, D.mrzInformation, { random: () => randoms.shift()!.slice() });
    expect(bac.ok).toBe(true);
    if (!bac.ok) return;
    const session = bac.value;
    expect(session.algorithm).toBe('3DES');
    const select = await session.transmit({ cla: 0, ins: 0xa4, p1: 0x02, p2: 0x0c, data: h('011E') });
    expect(select).toEqual({ ok: true, value: { data: new Uint8Array(0), sw: 0x9000 } });
    const first = await session.transmit({ cla: 0, ins: 0xb0, p1: 0, p2: 0, ne: 4 });
    expect(first.ok && bytesToHex(first.value.data)).toBe('60145F01');
    const rest = await session.transmit({ cla: 0, ins: 0xb0, p1: 0, p2: 4, ne: 0x12 });
    expect(rest.ok && bytesToHex(rest.value.data)).toBe('04303130365F36063034303030305C026175');
    expect(card.done).toBe(true);
  });

  it('reports bac.denied when the chip refuses the cryptogram', async () => {
    const card = new ScriptedTransceiver([
      { expect: '0084000008', respond: `${D.rndIcc}9000` },
      { expect: /^0082000028/, respond: '6300' },
    ]);
    const r = await performBac(card, 'L898902C<369080619406237');
    expect(r.ok ? 'ok' : r.error.code).toBe('bac.denied');
  });

  it('reports bac.denied when the chip answer does not verify', async () => {
    const card = new ScriptedTransceiver([
      { expect: '0084000008', respond: `${D.rndIcc}9000` },
      { expect: /^0082000028/, respond: `${D.respData}9000` },
    ]);
    const r = await performBac(card, D.mrzInformation); // random RND.IFD: the echo cannot match
    expect(r.ok ? 'ok' : r.error.code).toBe('bac.denied');
  });

  it('reports bac.card-error when the application is not selected', async () => {
    const card = new ScriptedTransceiver([{ expect: '0084000008', respond: '6985' }]);
    const r = await performBac(card, D.mrzInformation);
    expect(r.ok ? 'ok' : r.error.code).toBe('bac.card-error');
  });
});

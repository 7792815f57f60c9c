import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../drivers/result';
import { trustStoreFromFiles } from '../../../drivers/emrtd/pa/index';
import { pcscError } from '../../../drivers/pcsc/pcsc-errors';
import { chooseReader } from '../../../drivers/pcsc/pcsc-readers';
import { shippedProfile } from '../../../drivers/sim/card-profile/shipped-profiles.fixtures';
import { defaultTestPki } from '../../../drivers/sim/card-profile/test-pki';
import { MemoryPcsc } from '../../../drivers/sim/pcsc/memory-pcsc';
import { virtualCardFromProfile } from '../../../drivers/sim/simulated-card';
import { PcscCardReader } from './pcsc-card-reader';

const trustStore = () => trustStoreFromFiles([{ name: 'simulator-test-csca.der', bytes: defaultTestPki().csca.der }]);
const NO_CARD_TIME = { perApduMs: 0, perByteMs: 0, secureMessagingMs: 0, ecdhStepMs: 0, authenticateMs: 0 };
const devices: PcscCardReader[] = [];
afterEach(async () => {
  for (const d of devices.splice(0)) await d.stop();
});

function rig(reader?: string) {
  const service = new MemoryPcsc();
  const logged: string[] = [];
  const device = new PcscCardReader({ description: 'PC/SC', binding: ok(service), pollIntervalMs: 10, reconnectMs: 20, log: (m) => logged.push(m), ...(reader ? { reader } : {}) });
  devices.push(device);
  return { service, device, logged };
}

describe('PcscCardReader with the in-memory PC/SC service', () => {
  it('picks the contactless reader, reports the card placed and lifted, and reads it through the shared chip protocol', async () => {
    const profile = await shippedProfile('nguyen-van-an');
    const { service, device } = rig();
    service.plugReader('Generic Smart Card Reader 00 00');
    service.plugReader('ACS ACR1252 Dual Reader PICC 00 01');
    const presence: boolean[] = [];
    device.onCardPresence((p) => presence.push(p));
    await device.start();
    await expect.poll(() => device.status().state).toBe('ready');
    expect(device.status().description).toBe('PC/SC: ACS ACR1252 Dual Reader PICC 00 01');
    service.insertCard('ACS ACR1252 Dual Reader PICC 00 01', virtualCardFromProfile(profile, { timing: NO_CARD_TIME }));
    await expect.poll(() => device.cardPresent()).toBe(true);
    const r = await device.read({ can: profile.idNumber.slice(-6), files: ['DG1', 'DG13', 'DG2', 'SOD'], trustStore: trustStore() });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.passiveAuthentication.status).toBe('verified');
    expect(r.value.stats.chunkSize).toBe(2048); // extended length announced in the ATR's historical bytes
    expect(r.value.face?.image.length).toBe(profile.portraitJpeg.length);
    service.removeCard('ACS ACR1252 Dual Reader PICC 00 01');
    await expect.poll(() => device.cardPresent()).toBe(false);
    expect(presence).toEqual([true, false]);
  });

  it('reports a card lifted mid-read as card.removed, and an empty reader as card.absent', async () => {
    const profile = await shippedProfile('nguyen-van-an');
    const { service, device } = rig('virtual pcd');
    service.plugReader('Virtual PCD 00 00');
    await device.start();
    await expect.poll(() => device.status().state).toBe('ready');
    const empty = await device.read({ can: profile.idNumber.slice(-6) });
    expect(empty.ok ? 'ok' : empty.error.code).toBe('card.absent');
    service.insertCard('Virtual PCD 00 00', virtualCardFromProfile(profile, { timing: NO_CARD_TIME, faults: { removeAfterApdus: 12 } }));
    const r = await device.read({ can: profile.idNumber.slice(-6), files: ['DG1', 'DG13', 'DG2', 'SOD'] });
    expect(r.ok ? 'ok' : r.error.code).toBe('card.removed');
    expect(device.cardPresent()).toBe(false);
    expect(device.status().state).toBe('ready');
  });

  it('goes reconnecting when the reader is unplugged and disconnected when the service stops, and recovers from both', async () => {
    const profile = await shippedProfile('tran-thi-binh-60');
    const { service, device, logged } = rig();
    service.plugReader('Virtual PCD 00 00');
    await device.start();
    await expect.poll(() => device.status().state).toBe('ready');
    service.unplugReader('Virtual PCD 00 00');
    await expect.poll(() => device.status()).toMatchObject({ state: 'reconnecting', problem: 'reader.unplugged' });
    expect(logged).toEqual(['[devices] card reader: Virtual PCD 00 00 was unplugged']);
    expect((await device.read({ can: '000000' })).ok).toBe(false);
    service.plugReader('Virtual PCD 00 00');
    await expect.poll(() => device.status().state).toBe('ready');
    service.stopService();
    await expect.poll(() => device.status()).toMatchObject({ state: 'disconnected', problem: 'pcsc.no-service' });
    service.running = true;
    await expect.poll(() => device.status().state).toBe('ready');
    service.insertCard('Virtual PCD 00 00', virtualCardFromProfile(profile, { timing: NO_CARD_TIME }));
    const r = await device.read({ can: profile.idNumber.slice(-6), trustStore: trustStore() });
    expect(r.ok && r.value.dg13?.dateOfExpiry).toBeNull();
  });

  it('without the binding it stays off and says why once', async () => {
    const logged: string[] = [];
    const device = new PcscCardReader({ description: 'PC/SC', binding: { ok: false, error: { code: 'pcsc.unavailable', detail: 'the PC/SC binding is not installed' } }, log: (m) => logged.push(m) });
    await device.start();
    expect(device.status()).toMatchObject({ state: 'disconnected', problem: 'pcsc.unavailable' });
    expect(logged).toEqual(['[devices] card reader: the PC/SC binding is not installed']);
    expect((await device.read({ can: '123456' })).ok).toBe(false);
    await device.stop();
  });
});

describe('PC/SC reader choice and errors', () => {
  it('chooses by name part, else the first contactless reader, else the first', () => {
    const names = ['Gemalto USB SmartCard Reader 00 00', 'HID Global OMNIKEY 5422CL Smartcard Reader [OMNIKEY 5422CL Smartcard Reader] 01 00', 'ACS ACR122U PICC Interface 02 00'];
    expect(chooseReader(names)).toBe(names[1]);
    expect(chooseReader(names, 'acr122')).toBe(names[2]);
    expect(chooseReader(names, 'nothing')).toBeUndefined();
    expect(chooseReader(['Gemalto USB SmartCard Reader 00 00'])).toBe('Gemalto USB SmartCard Reader 00 00');
    expect(chooseReader([])).toBeUndefined();
  });

  it.each([
    ['Card was removed', 'card.removed'],
    ['No smart card present', 'card.removed'],
    ['Card was reset', 'card.reset'],
    ['Transaction failed', 'card.timeout'],
    ['PC/SC service not running', 'reader.disconnected'],
    ['Reader unavailable', 'reader.disconnected'],
    ['Sharing violation', 'reader.busy'],
    ['Something new', 'reader.failed'],
  ])('maps "%s" to %s', (message, code) => {
    expect(pcscError(new Error(message), 'SCardTransmit')).toEqual({ code, detail: `SCardTransmit: ${message}` });
  });
});

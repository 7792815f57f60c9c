import { describe, expect, it } from 'vitest';
import type { HidBackend, HidDeviceInfo, HidHandle } from './hid-backend';
import { toHidPosReports } from './hid-pos-report';
import { HidPosScanner, pickDevice } from './hid-pos-scanner';
import type { ScannedPayload, ScannerStatus } from './scanner';

class FakeHandle implements HidHandle {
  reportListeners: ((r: Uint8Array) => void)[] = [];
  errorListeners: ((e: Error) => void)[] = [];
  closed = false;
  onReport(l: (r: Uint8Array) => void) {
    this.reportListeners.push(l);
  }
  onError(l: (e: Error) => void) {
    this.errorListeners.push(l);
  }
  async close() {
    this.closed = true;
  }
  send(report: Uint8Array) {
    for (const l of this.reportListeners) l(report);
  }
}

function fakeBackend(devices: HidDeviceInfo[]) {
  const opened: { path: string; handle: FakeHandle }[] = [];
  const backend: HidBackend = {
    devices: async () => devices,
    open: async (path) => {
      const handle = new FakeHandle();
      opened.push({ path, handle });
      return handle;
    },
  };
  return { backend, opened };
}

const KEYBOARD: HidDeviceInfo = { path: '/dev/hidraw0', vendorId: 0x0c2e, productId: 0x0b61, usagePage: 0x01, usage: 0x06 };
const POS: HidDeviceInfo = { path: '/dev/hidraw1', vendorId: 0x0c2e, productId: 0x0b61, usagePage: 0x8c, usage: 0x02 };

describe('pickDevice', () => {
  it('auto-detects by usage page 0x8C', () => {
    expect(pickDevice([KEYBOARD, POS], {})).toBe(POS);
  });
  it('prefers the HID POS interface of a configured vendor/product', () => {
    expect(pickDevice([KEYBOARD, POS], { vendorId: 0x0c2e, productId: 0x0b61 })).toBe(POS);
  });
  it('does not open a scanner that only shows its keyboard interface', () => {
    expect(pickDevice([KEYBOARD], { vendorId: 0x0c2e, productId: 0x0b61 })).toBeUndefined();
    expect(pickDevice([KEYBOARD], {})).toBeUndefined();
  });
});

describe('HidPosScanner', () => {
  it('reassembles reports into one UTF-8 scan with its symbology', async () => {
    const { backend, opened } = fakeBackend([KEYBOARD, POS]);
    const scanner = new HidPosScanner({ backend, now: () => 7 });
    const scans: ScannedPayload[] = [];
    scanner.onScan((s) => scans.push(s));
    await scanner.open();
    expect(opened[0]?.path).toBe('/dev/hidraw1');
    const qr = '001093012345||Lê Văn Tám|05011993|Nam|Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội|20042021';
    for (const r of toHidPosReports(new TextEncoder().encode(qr))) opened[0]?.handle.send(r);
    expect(scans).toEqual([
      { bytes: new TextEncoder().encode(qr), text: qr, utf8: 'valid', source: 'hid-pos', symbology: ']Q1', receivedAt: 7 },
    ]);
  });

  it('fails with qr.hid-not-found when no interface fits', async () => {
    const { backend } = fakeBackend([KEYBOARD]);
    await expect(new HidPosScanner({ backend }).open()).rejects.toMatchObject({ error: { code: 'qr.hid-not-found' } });
  });

  it('reports a read error as an unplug and can open again', async () => {
    const { backend, opened } = fakeBackend([POS]);
    const scanner = new HidPosScanner({ backend, vendorId: 0x0c2e, productId: 0x0b61 });
    const statuses: ScannerStatus[] = [];
    scanner.onStatus((s) => statuses.push(s));
    await scanner.open();
    for (const l of opened[0]?.handle.errorListeners ?? []) l(new Error('could not read from HID device'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(opened[0]?.handle.closed).toBe(true);
    expect(statuses.at(-1)).toEqual({
      state: 'disconnected',
      device: 'hid:0c2e:0b61',
      error: { code: 'qr.unplugged', detail: 'HID read failed: could not read from HID device' },
    });
    await scanner.open();
    await scanner.close();
    expect(statuses.map((s) => s.state)).toEqual(['connected', 'disconnected', 'connected', 'closed']);
  });

  it('passes on the typed error when node-hid cannot load', async () => {
    const backend: HidBackend = {
      devices: () => Promise.reject(Object.assign(new Error('x'), { error: { code: 'qr.hid-unavailable', detail: 'no libusb' } })),
      open: () => Promise.reject(new Error('unused')),
    };
    await expect(new HidPosScanner({ backend }).open()).rejects.toMatchObject({ error: { code: 'qr.hid-unavailable' } });
  });
});

import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadPcscBinding } from '../../../drivers/pcsc/pcsc-binding';
import { listPcscReaders, type PcscReaderInfo } from '../../../drivers/pcsc/pcsc-readers';

export interface SerialPortInfo { path: string; vendorId?: string; productId?: string; manufacturer?: string }
export interface HidDeviceInfo { vendorId: string; productId: string; usagePage: number; product?: string; path?: string }

export type SerialListing =
  | { ok: true; ports: SerialPortInfo[]; note?: string }
  | { ok: false; reason: string };

/**
 * Serial ports as the OS lists them. On Linux serialport asks udev (udevadm); a minimal kiosk image
 * without udev still has the device nodes, so the listing falls back to /dev (USB-serial and CDC-ACM
 * adapters, by stable name when /dev/serial/by-id exists) without the USB ids, and says so.
 */
export async function listSerialPorts(devDir = '/dev'): Promise<SerialListing> {
  try {
    const { SerialPort } = await import('serialport');
    const ports = await SerialPort.list();
    return {
      ok: true,
      ports: ports.map((p) => ({
        path: p.path,
        ...(p.vendorId ? { vendorId: p.vendorId } : {}),
        ...(p.productId ? { productId: p.productId } : {}),
        ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}),
      })),
    };
  } catch (e) {
    const reason = (e as Error).message.split('\n')[0] ?? 'the OS listing failed';
    if (process.platform !== 'linux') return { ok: false, reason };
    return { ok: true, ports: serialNodesIn(devDir), note: `the OS listing failed (${reason}); device nodes found in ${devDir}, without USB ids` };
  }
}

/** USB-serial (ttyUSB*) and CDC-ACM (ttyACM*) nodes, and the stable /dev/serial/by-id names of them. */
export function serialNodesIn(devDir: string): SerialPortInfo[] {
  const names = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  const byId = names(join(devDir, 'serial', 'by-id')).map((n) => ({ path: join(devDir, 'serial', 'by-id', n) }));
  const nodes = names(devDir).filter((n) => /^tty(USB|ACM)\d+$/.test(n)).sort().map((n) => ({ path: join(devDir, n) }));
  return [...byId, ...nodes];
}

/** HID devices; node-hid is loaded lazily because its native part needs libusb, which may be missing. */
export function listHidDevices(): { ok: true; devices: HidDeviceInfo[] } | { ok: false; reason: string } {
  try {
    const hid = createRequire(import.meta.url)('node-hid') as typeof import('node-hid');
    const hex = (n: number) => n.toString(16).padStart(4, '0');
    return {
      ok: true,
      devices: hid.devices().map((d) => ({
        vendorId: hex(d.vendorId),
        productId: hex(d.productId),
        usagePage: d.usagePage ?? 0,
        ...(d.product ? { product: d.product } : {}),
        ...(d.path ? { path: d.path } : {}),
      })),
    };
  } catch (e) {
    return { ok: false, reason: (e as Error).message.split('\n')[0] ?? 'node-hid failed to load' };
  }
}

/** PC/SC readers through the optional binding; unavailable (with the reason) without it or without pcscd. */
export function listPcscDevices(): { ok: true; readers: PcscReaderInfo[] } | { ok: false; reason: string } {
  const binding = loadPcscBinding();
  if (!binding.ok) return { ok: false, reason: binding.error.detail };
  const readers = listPcscReaders(binding.value);
  return readers.ok ? { ok: true, readers: readers.value } : { ok: false, reason: `${readers.error.detail} (is pcscd running?)` };
}

import { createRequire } from 'node:module';

export interface SerialPortInfo { path: string; vendorId?: string; productId?: string; manufacturer?: string }
export interface HidDeviceInfo { vendorId: string; productId: string; usagePage: number; product?: string; path?: string }

/** Serial ports as the OS lists them (udev on Linux). */
export async function listSerialPorts(): Promise<SerialPortInfo[]> {
  const { SerialPort } = await import('serialport');
  const ports = await SerialPort.list();
  return ports.map((p) => ({
    path: p.path,
    ...(p.vendorId ? { vendorId: p.vendorId } : {}),
    ...(p.productId ? { productId: p.productId } : {}),
    ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}),
  }));
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

import { DriverFailure } from '../result';

/** One HID interface as enumeration reports it. */
export interface HidDeviceInfo {
  readonly path: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly usagePage?: number;
  readonly usage?: number;
  readonly product?: string;
}

/** An open HID interface delivering input reports. */
export interface HidHandle {
  /** Every input report (report ID first when the device numbers its reports). */
  onReport(listener: (report: Uint8Array) => void): void;
  /** A read error: on a USB device this is how an unplug shows. */
  onError(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

/** What HidPosScanner needs from a HID library: node-hid in production, a fake in tests. */
export interface HidBackend {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidHandle>;
}

type NodeHid = typeof import('node-hid');
let nodeHid: Promise<NodeHid> | undefined;

/**
 * Loads node-hid on first use only: its native binding needs libusb-1.0 even for the hidraw backend,
 * and a kiosk with a serial scanner must start without it. Rejects with "qr.hid-unavailable".
 */
export function loadNodeHid(): Promise<NodeHid> {
  nodeHid ??= import('node-hid')
    .then((m) => {
      const mod = ((m as { default?: NodeHid }).default ?? m) as NodeHid;
      mod.getHidapiVersion(); // forces the native binding to load now, not at the first read
      return mod;
    })
    .catch((e: unknown) => {
      nodeHid = undefined;
      throw new DriverFailure({
        code: 'qr.hid-unavailable',
        detail: `node-hid could not be loaded (install libusb-1.0-0, or use the scanner in serial mode): ${(e as Error).message}`,
      });
    });
  return nodeHid;
}

/** The node-hid backend (HIDAsync: reads on a native thread, never blocking the event loop). */
export function nodeHidBackend(load: () => Promise<NodeHid> = loadNodeHid): HidBackend {
  return {
    async devices() {
      const hid = await load();
      const list = await hid.devicesAsync();
      return list
        .filter((d): d is typeof d & { path: string } => typeof d.path === 'string')
        .map((d) => ({
          path: d.path,
          vendorId: d.vendorId,
          productId: d.productId,
          ...(d.usagePage !== undefined ? { usagePage: d.usagePage } : {}),
          ...(d.usage !== undefined ? { usage: d.usage } : {}),
          ...(d.product !== undefined ? { product: d.product } : {}),
        }));
    },
    async open(path) {
      const hid = await load();
      const device = await hid.HIDAsync.open(path);
      return {
        onReport: (listener) => void device.on('data', (data: Buffer) => listener(new Uint8Array(data))),
        onError: (listener) => void device.on('error', (e: Error) => listener(e)),
        close: () => device.close(),
      };
    },
  };
}

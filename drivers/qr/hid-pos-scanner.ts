import { DriverFailure } from '../result';
import { decodeScanBytes } from './decode-scan-bytes';
import { nodeHidBackend, type HidBackend, type HidDeviceInfo, type HidHandle } from './hid-backend';
import { HID_POS_USAGE_PAGE, HidPosReassembler, type HidPosReportLayout } from './hid-pos-report';
import { Listeners } from '../listeners';
import type { ScannedPayload, Scanner, ScannerStatus } from './scanner';

export interface HidPosScannerOptions {
  /** Vendor and product id (from config, e.g. `kiosk qr listen --hid 0c2e:0b61`); unset: the first interface on usage page 0x8C. */
  readonly vendorId?: number;
  readonly productId?: number;
  /** Report layout (default HONEYWELL_HID_POS_LAYOUT). */
  readonly layout?: HidPosReportLayout;
  /** HID library (default node-hid, loaded lazily). */
  readonly backend?: HidBackend;
  readonly now?: () => number;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/**
 * A scanner in HID POS mode: the QR's bytes arrive untouched in input reports on usage page 0x8C,
 * so Vietnamese text survives (unlike keyboard-wedge mode). Reassembles multi-report scans and
 * decodes them as UTF-8. An interface is chosen by vendor/product id when configured, else by usage
 * page; on a vendor/product match the HID POS interface is preferred over the same device's keyboard.
 */
export class HidPosScanner implements Scanner {
  readonly name: string;
  private readonly scans = new Listeners<ScannedPayload>();
  private readonly statuses = new Listeners<ScannerStatus>();
  private readonly backend: HidBackend;
  private readonly reassembler: HidPosReassembler;
  private readonly now: () => number;
  private handle: HidHandle | undefined;
  private generation = 0;

  constructor(private readonly options: HidPosScannerOptions = {}) {
    this.backend = options.backend ?? nodeHidBackend();
    this.reassembler = new HidPosReassembler(options.layout);
    this.now = options.now ?? Date.now;
    this.name =
      options.vendorId !== undefined
        ? `hid:${hex4(options.vendorId)}:${options.productId !== undefined ? hex4(options.productId) : '*'}`
        : 'hid:usage-page-0x8c';
  }

  async open(): Promise<void> {
    if (this.handle) return;
    const device = pickDevice(await this.backend.devices(), this.options);
    if (!device) {
      throw new DriverFailure({ code: 'qr.hid-not-found', detail: `no HID POS interface (usage page 0x8C) for ${this.name}: unplugged, or the scanner is in keyboard mode` });
    }
    let handle: HidHandle;
    try {
      handle = await this.backend.open(device.path);
    } catch (e) {
      throw new DriverFailure({ code: 'qr.open-failed', detail: `cannot open ${this.name}: ${(e as Error).message}` });
    }
    const generation = ++this.generation;
    this.handle = handle;
    this.reassembler.reset();
    handle.onReport((report) => generation === this.generation && this.receive(report));
    handle.onError((error) => generation === this.generation && void this.lost(error));
    this.statuses.emit({ state: 'connected', device: this.name });
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.generation++;
    this.handle = undefined;
    this.reassembler.reset();
    if (handle) await handle.close().catch(() => undefined);
    this.statuses.emit({ state: 'closed', device: this.name });
  }

  onScan(listener: (scan: ScannedPayload) => void): () => void {
    return this.scans.add(listener);
  }

  onStatus(listener: (status: ScannerStatus) => void): () => void {
    return this.statuses.add(listener);
  }

  private receive(report: Uint8Array): void {
    const r = this.reassembler.push(report);
    // A malformed report only loses that scan; the citizen scans again.
    if (!r.ok || r.value === null) return;
    const { text, utf8 } = decodeScanBytes(r.value.bytes);
    this.scans.emit({
      bytes: r.value.bytes,
      text,
      utf8,
      source: 'hid-pos',
      ...(r.value.symbology !== undefined ? { symbology: r.value.symbology } : {}),
      receivedAt: this.now(),
    });
  }

  private async lost(error: Error): Promise<void> {
    const handle = this.handle;
    this.generation++;
    this.handle = undefined;
    this.reassembler.reset();
    if (handle) await handle.close().catch(() => undefined);
    this.statuses.emit({ state: 'disconnected', device: this.name, error: { code: 'qr.unplugged', detail: `HID read failed: ${error.message}` } });
  }
}

/** The interface to open: vendor/product match (HID POS usage page first), else the first on page 0x8C. */
export function pickDevice(devices: readonly HidDeviceInfo[], ids: { vendorId?: number; productId?: number }): HidDeviceInfo | undefined {
  const isPos = (d: HidDeviceInfo) => d.usagePage === HID_POS_USAGE_PAGE;
  if (ids.vendorId !== undefined) {
    const matching = devices.filter((d) => d.vendorId === ids.vendorId && (ids.productId === undefined || d.productId === ids.productId));
    // A device in keyboard mode shows only its keyboard interface (usage page 0x01): not ours.
    return matching.find(isPos) ?? matching.find((d) => d.usagePage === undefined);
  }
  return devices.find(isPos);
}

import type { DeviceStatus } from '../../api/devices';
import type { CardReaderDevice } from './card-reader-device';
import type { KioskDevice } from './device';
import type { ScannerDevice } from './scanner-device';

/** Owns the kiosk's devices and merges their states into one stream for faces and technicians. */
export class DeviceManager {
  private readonly listeners = new Set<(all: DeviceStatus[]) => void>();
  private readonly unsubscribes: (() => void)[] = [];
  private readonly all: KioskDevice[];

  constructor(
    readonly cardReader: CardReaderDevice,
    readonly scanner: ScannerDevice,
  ) {
    this.all = [cardReader, scanner];
    for (const d of this.all) this.unsubscribes.push(d.onStatus(() => this.notify()));
  }

  /** Adds an optional device (the slip printer) before `start`; its status joins the stream. */
  attach(device: KioskDevice): void {
    this.all.push(device);
    this.unsubscribes.push(device.onStatus(() => this.notify()));
  }

  status(): DeviceStatus[] {
    return this.all.map((d) => d.status());
  }

  onChange(listener: (all: DeviceStatus[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    await Promise.all(this.all.map((d) => d.start()));
  }

  async stop(): Promise<void> {
    this.unsubscribes.splice(0).forEach((u) => u());
    await Promise.allSettled(this.all.map((d) => d.stop()));
  }

  private notify(): void {
    const all = this.status();
    for (const l of [...this.listeners]) l(all);
  }
}

import type { DeviceStatus } from '../../api/devices';
import type { KioskDevice } from './device';

/** Owns the kiosk's devices and merges their states into one stream for faces and technicians. */
export class DeviceManager {
  private readonly listeners = new Set<(all: DeviceStatus[]) => void>();
  private readonly unsubscribes: (() => void)[] = [];

  constructor(private readonly devices: readonly KioskDevice[]) {
    for (const d of devices) this.unsubscribes.push(d.onStatus(() => this.notify()));
  }

  status(): DeviceStatus[] {
    return this.devices.map((d) => d.status());
  }

  onChange(listener: (all: DeviceStatus[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    await Promise.all(this.devices.map((d) => d.start()));
  }

  async stop(): Promise<void> {
    this.unsubscribes.splice(0).forEach((u) => u());
    await Promise.allSettled(this.devices.map((d) => d.stop()));
  }

  private notify(): void {
    const all = this.status();
    for (const l of [...this.listeners]) l(all);
  }
}

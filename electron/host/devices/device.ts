import type { DeviceStatus } from '../../api/devices';

/**
 * A device the core owns (card reader, QR scanner). Implementations wrap a driver and keep it open:
 * `start` never throws for a missing device — it reports `disconnected` and keeps trying.
 */
export interface KioskDevice {
  status(): DeviceStatus;
  onStatus(listener: (status: DeviceStatus) => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A small base that keeps the status and notifies listeners on change. */
export class DeviceStatusHolder {
  private readonly listeners = new Set<(s: DeviceStatus) => void>();
  constructor(private current: DeviceStatus) {}
  get(): DeviceStatus {
    return this.current;
  }
  set(next: Partial<DeviceStatus>): void {
    const merged = { ...this.current, ...next };
    if (!('problem' in next)) delete (merged as { problem?: string }).problem;
    if (merged.notice === undefined) delete (merged as { notice?: string }).notice;
    if (JSON.stringify(merged) === JSON.stringify(this.current)) return;
    this.current = merged;
    for (const l of [...this.listeners]) l(merged);
  }
  subscribe(listener: (s: DeviceStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

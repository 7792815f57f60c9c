import { classifyScannedPayload, HidPosScanner, ReconnectingScanner, SerialScanner, type ScanResult, type Scanner, type ScannerStatus } from '../../../drivers/qr/index';
import { createInProcessScanner, type SimulatedScanner } from '../../../drivers/sim/scanner/index';
import { SerialLink } from '../../../drivers/transport/serial-link';
import type { QrScannerConfig } from '../config/kiosk-config-schema';
import { describeScanner } from './configured-devices';
import { DeviceStatusHolder, type KioskDevice } from './device';

/**
 * The kiosk's QR scanner: the configured link (serial, HID POS, or the simulator through the same
 * serial code path), wrapped for hot-plug, classifying every scan. Keyboard-wedge scanners are read by
 * the face and arrive through `classifyText` instead. Scans go to listeners, never to logs.
 */
export class ScannerDevice implements KioskDevice {
  private readonly holder: DeviceStatusHolder;
  private readonly listeners = new Set<(scan: ScanResult) => void>();
  private scanner: Scanner | null = null;
  private simulated: SimulatedScanner | null = null;

  constructor(private readonly config: QrScannerConfig) {
    this.holder = new DeviceStatusHolder({
      kind: 'qr-scanner',
      description: describeScanner(config),
      state: config.type === 'none' ? 'off' : config.type === 'keyboard-wedge' ? 'ready' : 'disconnected',
      simulated: config.type === 'simulated',
    });
  }

  status() { return this.holder.get(); }
  onStatus(l: Parameters<DeviceStatusHolder['subscribe']>[0]) { return this.holder.subscribe(l); }

  onScan(listener: (scan: ScanResult) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Text a keyboard-wedge scanner typed into the face, classified like any other scan. */
  classifyText(text: string): ScanResult {
    return classifyScannedPayload({ bytes: new TextEncoder().encode(text), text, utf8: 'valid', source: 'keyboard-wedge', receivedAt: Date.now() });
  }

  /** The simulated scanner's device end, or null when the scanner is real. */
  simulator(): SimulatedScanner | null {
    return this.simulated;
  }

  async start(): Promise<void> {
    const c = this.config;
    if (c.type === 'none' || c.type === 'keyboard-wedge') return;
    let inner: Scanner;
    if (c.type === 'simulated') {
      const sim = await createInProcessScanner({ suffix: 'cr' });
      this.simulated = sim.device;
      inner = sim.scanner;
    } else if (c.type === 'serial') {
      const suffix = c.suffix.toLowerCase() as 'cr' | 'lf' | 'crlf' | 'none';
      inner = new SerialScanner(new SerialLink({ path: c.path, baudRate: c.baudRate }), { suffix, interByteTimeoutMs: c.interByteTimeoutMs });
    } else {
      inner = new HidPosScanner({ ...(c.vendorId !== undefined ? { vendorId: c.vendorId } : {}), ...(c.productId !== undefined ? { productId: c.productId } : {}) });
    }
    const scanner = c.type === 'simulated' ? inner : new ReconnectingScanner(inner);
    this.scanner = scanner;
    scanner.onStatus((s) => this.holder.set(statusFields(s)));
    scanner.onScan((payload) => {
      const result = classifyScannedPayload(payload);
      for (const l of [...this.listeners]) l(result);
    });
    try {
      await scanner.open();
      if (c.type === 'simulated') this.holder.set({ state: 'ready' });
    } catch (e) {
      this.holder.set({ state: 'disconnected', problem: (e as { error?: { code?: string } }).error?.code ?? 'qr.open-failed' });
    }
  }

  async stop(): Promise<void> {
    await this.scanner?.close().catch(() => undefined);
    await this.simulated?.close().catch(() => undefined);
  }
}

function statusFields(s: ScannerStatus): { state: 'ready' | 'disconnected' | 'reconnecting'; problem?: string } {
  switch (s.state) {
    case 'connected': return { state: 'ready' };
    case 'reconnecting': return { state: 'reconnecting', problem: s.error.code };
    case 'disconnected': return s.error ? { state: 'disconnected', problem: s.error.code } : { state: 'disconnected' };
    case 'closed': return { state: 'disconnected' };
  }
}

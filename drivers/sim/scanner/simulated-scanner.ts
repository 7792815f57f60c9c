import type { ScanSuffix } from '../../qr/payload-framer';
import type { ByteLink } from '../../transport/byte-link';
import { damagePayload, type DamageKind } from './wedge-damage';

const SUFFIX_BYTES: Record<ScanSuffix, readonly number[]> = { cr: [0x0d], lf: [0x0a], crlf: [0x0d, 0x0a], none: [] };

export interface SimulatedScannerOptions {
  /** Suffix written after each payload, like a real scanner's setting (default `cr`). */
  readonly suffix?: ScanSuffix;
}

export interface EmitOptions {
  /** Write the payload in pieces at these byte offsets (exercises framing across chunks). */
  readonly splitAt?: readonly number[];
  /** Milliseconds between pieces (real time; default 0). */
  readonly gapMs?: number;
}

/**
 * The device end of a simulated serial scanner: writes payloads, damaged or not, with the configured
 * suffix onto a ByteLink — a MemoryLink for the in-process demo, a SerialLink on a pty for
 * `kiosk sim scanner` and the integration tests.
 */
export class SimulatedScanner {
  private readonly suffix: readonly number[];

  constructor(
    private readonly link: ByteLink,
    options: SimulatedScannerOptions = {},
  ) {
    this.suffix = SUFFIX_BYTES[options.suffix ?? 'cr'];
  }

  async open(): Promise<void> {
    await this.link.open();
  }

  async close(): Promise<void> {
    await this.link.close();
  }

  /** Sends one scan: the payload (text as UTF-8, or raw bytes) followed by the suffix. */
  async emit(payload: string | Uint8Array, options: EmitOptions = {}): Promise<void> {
    const body = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
    const bytes = Uint8Array.of(...body, ...this.suffix);
    const cuts = [...(options.splitAt ?? []).filter((n) => n > 0 && n < bytes.length)].sort((a, b) => a - b);
    let start = 0;
    for (const cut of [...cuts, bytes.length]) {
      if (start > 0 && options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
      await this.link.write(bytes.subarray(start, cut));
      start = cut;
    }
  }

  /** Sends `text` after the given damage (keyboard-wedge mojibake and friends). */
  async emitDamaged(text: string, damage: DamageKind, options: EmitOptions = {}): Promise<void> {
    await this.emit(damagePayload(text, damage), options);
  }
}

import type { DriverError } from '../result';

/** Where a scan came from: the link type decides how much the text can be trusted. */
export type ScanSource = 'serial' | 'hid-pos' | 'keyboard-wedge' | 'memory';

/** One complete scan as the link delivered it, before classification. */
export interface ScannedPayload {
  /** The payload's bytes without the scanner's suffix (for keyboard-wedge and memory scans: the text's UTF-8). */
  readonly bytes: Uint8Array;
  /** The bytes decoded as UTF-8 (invalid sequences as U+FFFD). */
  readonly text: string;
  /** Whether `bytes` were valid UTF-8; `invalid` marks the scan damaged in classifyScannedPayload. */
  readonly utf8: 'valid' | 'invalid';
  readonly source: ScanSource;
  /** AIM symbology identifier when the link reports one (HID POS: "]Q1" for QR Code). */
  readonly symbology?: string;
  /** Milliseconds since the epoch when the last byte arrived. */
  readonly receivedAt: number;
}

/**
 * A scanner's link state. `disconnected` carries the error when the link dropped on its own (device
 * unplugged); `reconnecting` is reported by ReconnectingScanner before each attempt; `closed` follows
 * a deliberate close().
 */
export type ScannerStatus =
  | { readonly state: 'connected'; readonly device: string }
  | { readonly state: 'disconnected'; readonly device: string; readonly error?: DriverError }
  | {
      readonly state: 'reconnecting';
      readonly device: string;
      /** 1 for the first retry. */
      readonly attempt: number;
      /** Milliseconds until this attempt starts. */
      readonly retryInMs: number;
      /** Why the scanner is not connected (the last failure). */
      readonly error: DriverError;
    }
  | { readonly state: 'closed'; readonly device: string };

/**
 * A barcode/QR scanner. Implementations: SerialScanner (USB-CDC/RS-232), HidPosScanner (HID POS,
 * usage page 0x8C), InMemoryScanner (tests, demo), ReconnectingScanner (hot-plug wrapper).
 * The keyboard-wedge scanner lives in the renderer (renderer/src/features/wedge) and reaches the
 * classifier through the api instead.
 */
export interface Scanner {
  /** For status lines and logs, e.g. "/dev/ttyACM0" or "hid:0c2e:0b61"; never personal data. */
  readonly name: string;
  /** Opens the link; rejects with a DriverFailure ("qr.open-failed", "qr.hid-unavailable", "qr.hid-not-found"). */
  open(): Promise<void>;
  /** Closes the link; reports `closed`; pending partial payloads are dropped. Safe to call twice. */
  close(): Promise<void>;
  /** Every complete scan; returns an unsubscribe function. */
  onScan(listener: (scan: ScannedPayload) => void): () => void;
  /** Every status change; returns an unsubscribe function. */
  onStatus(listener: (status: ScannerStatus) => void): () => void;
}

/** Error codes of the scanner links. */
export type ScannerErrorCode =
  | 'qr.open-failed'
  | 'qr.unplugged'
  | 'qr.hid-unavailable'
  | 'qr.hid-not-found'
  | 'qr.hid-read'
  | 'qr.hid-report-invalid';

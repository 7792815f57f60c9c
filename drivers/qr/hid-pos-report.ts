import { err, ok, type DriverError, type Result } from '../result';

/**
 * Where the fields sit in a HID POS "scanned data" input report (USB HID Point of Sale Usage Tables
 * 1.02, Bar Code Scanner page 0x8C, usage 0x12 Scanned Data Report). The default is the 64-byte
 * layout Honeywell ("USB HID POS", interface code 131) and Access-IS document, with node-hid handing
 * over the report ID as byte 0:
 *
 * | byte  | content                                                      |
 * |-------|--------------------------------------------------------------|
 * | 0     | report ID 0x02                                               |
 * | 1     | number of data bytes in this report (0–56)                   |
 * | 2–4   | AIM symbology identifier, e.g. "]Q1" for QR Code (ISO/IEC 15424) |
 * | 5–60  | data, zero-padded                                            |
 * | 61    | vendor symbology identifier                                  |
 * | 62    | reserved                                                     |
 * | 63    | bit 0 set: more reports of this scan follow                  |
 *
 * Source: Access-IS ATR110 / LSR118 product manuals, appendix "HID reports – Receive data" (a payload of
 * 60 bytes arrives as 56 bytes with byte 63 = 0x01, then 4 bytes with byte 63 = 0x00). Zebra's
 * "USB HID POS" follows the same usage table; a scanner with another layout is configured here.
 */
export interface HidPosReportLayout {
  readonly reportId: number;
  readonly lengthOffset: number;
  readonly symbologyOffset: number;
  readonly symbologyLength: number;
  readonly dataOffset: number;
  readonly dataCapacity: number;
  readonly continuedOffset: number;
  readonly continuedMask: number;
}

export const HONEYWELL_HID_POS_LAYOUT: HidPosReportLayout = {
  reportId: 0x02,
  lengthOffset: 1,
  symbologyOffset: 2,
  symbologyLength: 3,
  dataOffset: 5,
  dataCapacity: 56,
  continuedOffset: 63,
  continuedMask: 0x01,
};

/**
 * Newland's HID POS report (Newland and ID TECH manuals, "HID-POS: Getting Scanned Data"; VID 0x1EAB):
 * report ID 0x02, byte 1 length, bytes 2–57 data, 58–61 reserved, byte 62 the vendor's one-byte
 * symbology identifier, byte 63 bit 0 "decode data continued". Common among scanners sold in Vietnam.
 */
export const NEWLAND_HID_POS_LAYOUT: HidPosReportLayout = {
  reportId: 0x02,
  lengthOffset: 1,
  symbologyOffset: 62,
  symbologyLength: 1,
  dataOffset: 2,
  dataCapacity: 56,
  continuedOffset: 63,
  continuedMask: 0x01,
};

/** Named layouts for configuration (`kiosk qr listen --hid-layout newland`). */
export const HID_POS_LAYOUTS = { honeywell: HONEYWELL_HID_POS_LAYOUT, newland: NEWLAND_HID_POS_LAYOUT } as const;
export type HidPosLayoutName = keyof typeof HID_POS_LAYOUTS;

/** USB HID usage page of bar code scanners (HID POS Usage Tables 1.02). */
export const HID_POS_USAGE_PAGE = 0x8c;

export interface HidPosScanBytes {
  readonly bytes: Uint8Array;
  /** AIM symbology identifier of the first report, when it holds printable ASCII. */
  readonly symbology: string | undefined;
}

type ReportError = DriverError<'qr.hid-report-invalid'>;

/**
 * Reassembles the input reports of one scan into its raw bytes. Reports with another report ID
 * (status, or a keyboard collection sharing the interface) are ignored. A malformed report drops the
 * scan in progress and is returned as an error.
 */
export class HidPosReassembler {
  private parts: Uint8Array[] = [];
  private symbology: string | undefined;

  constructor(private readonly layout: HidPosReportLayout = HONEYWELL_HID_POS_LAYOUT) {}

  /** Feeds one report; returns the complete scan when this report ended it, null while more is expected. */
  push(report: Uint8Array): Result<HidPosScanBytes | null, ReportError> {
    const l = this.layout;
    if (report[0] !== l.reportId) return ok(null);
    const length = report[l.lengthOffset];
    const needed = Math.max(l.dataOffset, l.continuedOffset + 1);
    if (length === undefined || report.length < needed || length > l.dataCapacity) {
      this.reset();
      return err('qr.hid-report-invalid', `report of ${report.length} bytes with data length ${length ?? 'none'} does not fit the layout`);
    }
    if (this.parts.length === 0) this.symbology = readSymbology(report.subarray(l.symbologyOffset, l.symbologyOffset + l.symbologyLength));
    this.parts.push(report.slice(l.dataOffset, l.dataOffset + length));
    const continued = ((report[l.continuedOffset] ?? 0) & l.continuedMask) !== 0;
    if (continued) return ok(null);
    const total = this.parts.reduce((n, p) => n + p.length, 0);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const p of this.parts) {
      bytes.set(p, at);
      at += p.length;
    }
    const scan = { bytes, symbology: this.symbology };
    this.reset();
    return ok(scan);
  }

  /** Drops a scan in progress (device closed, or reports stopped mid-scan). */
  reset(): void {
    this.parts = [];
    this.symbology = undefined;
  }

  get inProgress(): boolean {
    return this.parts.length > 0;
  }
}

function readSymbology(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0 || !bytes.every((b) => b >= 0x20 && b < 0x7f)) return undefined;
  return String.fromCharCode(...bytes);
}

/** Builds the reports a HID POS scanner would send for `bytes` (for the simulator and tests). */
export function toHidPosReports(bytes: Uint8Array, symbology = ']Q1', layout: HidPosReportLayout = HONEYWELL_HID_POS_LAYOUT): Uint8Array[] {
  const reports: Uint8Array[] = [];
  let at = 0;
  do {
    const chunk = bytes.subarray(at, at + layout.dataCapacity);
    at += chunk.length;
    const report = new Uint8Array(Math.max(layout.dataOffset + layout.dataCapacity, layout.continuedOffset + 1));
    report[0] = layout.reportId;
    report[layout.lengthOffset] = chunk.length;
    for (let i = 0; i < layout.symbologyLength; i++) report[layout.symbologyOffset + i] = symbology.charCodeAt(i) & 0xff;
    report.set(chunk, layout.dataOffset);
    if (at < bytes.length) report[layout.continuedOffset] = layout.continuedMask;
    reports.push(report);
  } while (at < bytes.length);
  return reports;
}

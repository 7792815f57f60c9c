import type { CardReaderConfig, QrScannerConfig } from '../config/kiosk-config-schema';

export function describeCardReader(c: CardReaderConfig): string {
  switch (c.type) {
    case 'simulated': return `simulated (card ${c.card})`;
    case 'serial': return `PN532 serial ${c.path} @ ${c.baudRate}${c.fastBaudRate ? ` (fast link ${c.fastBaudRate})` : ''}`;
    case 'pcsc': return `PC/SC ${c.reader ?? '(first contactless reader)'}`;
    case 'none': return 'none';
  }
}

export function describeScanner(c: QrScannerConfig): string {
  switch (c.type) {
    case 'simulated': return 'simulated';
    case 'serial': return `serial ${c.path} @ ${c.baudRate}, suffix ${c.suffix}`;
    case 'hid': return c.vendorId === undefined ? 'HID POS (auto-detect, usage page 0x8C)' : `HID POS ${hex(c.vendorId)}:${hex(c.productId ?? 0)}`;
    case 'keyboard-wedge': return 'keyboard wedge (read by the kiosk face)';
    case 'none': return 'none';
  }
}

const hex = (n: number) => n.toString(16).padStart(4, '0');

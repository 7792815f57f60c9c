// QR/barcode scanners and what they read. Parsers are pure; links implement Scanner.
export * from './scan-result';
export { classifyScan, parsePlainText, type ClassifyOptions } from './classify-scan';
export { classifyScannedPayload } from './classify-payload';
export { parseCccdQr, sexFromText } from './cccd-qr';
export { parseUrlPayload } from './url-payload';
export { DEFAULT_DOSSIER_CODE_PATTERNS, parseDossierCode, type DossierCodePattern } from './dossier-code';
export { textDamage, personTextDamage, containsCjk } from './text-damage';
export { cleanScanText, hasVietnameseMarks } from './scan-text';
export { decodeScanBytes, type DecodedScan } from './decode-scan-bytes';
export * from './scanner';
export { InMemoryScanner } from './memory-scanner';
export { PayloadFramer, type ScanSuffix } from './payload-framer';
export { SerialScanner, type SerialScannerOptions } from './serial-scanner';
export * from './hid-pos-report';
export { nodeHidBackend, loadNodeHid, type HidBackend, type HidDeviceInfo, type HidHandle } from './hid-backend';
export { HidPosScanner, pickDevice, type HidPosScannerOptions } from './hid-pos-scanner';
export { ReconnectingScanner, type ReconnectOptions } from './reconnecting-scanner';

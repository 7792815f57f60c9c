import { classifyScan, type ClassifyOptions } from './classify-scan';
import type { ScanResult } from './scan-result';
import type { ScannedPayload } from './scanner';

/** Classifies a scan from any Scanner, carrying the link's UTF-8 verdict into the integrity check. */
export function classifyScannedPayload(scan: ScannedPayload, options: Omit<ClassifyOptions, 'invalidUtf8'> = {}): ScanResult {
  return classifyScan(scan.text, { ...options, invalidUtf8: scan.utf8 === 'invalid' });
}

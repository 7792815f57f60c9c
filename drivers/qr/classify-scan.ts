import { parseCccdQr } from './cccd-qr';
import { DEFAULT_DOSSIER_CODE_PATTERNS, parseDossierCode, type DossierCodePattern } from './dossier-code';
import { integrityOf, type DamageReason, type ScanResult } from './scan-result';
import { cleanScanText } from './scan-text';
import { textDamage } from './text-damage';
import { parseUrlPayload } from './url-payload';

export interface ClassifyOptions {
  /** Dossier code shapes (default DEFAULT_DOSSIER_CODE_PATTERNS). */
  readonly dossierPatterns?: readonly DossierCodePattern[];
  /** Set when the bytes behind `text` were not valid UTF-8 (see decodeScanBytes): marks the scan damaged. */
  readonly invalidUtf8?: boolean;
}

/**
 * Classifies one scan: card QR (known or unknown layout), http(s) URL, dossier code, else plain text.
 * Total: every string yields a result, with `integrity` saying whether the text can be trusted.
 */
export function classifyScan(text: string, options: ClassifyOptions = {}): ScanResult {
  const upstream: DamageReason[] = options.invalidUtf8 ? ['invalid-utf8'] : [];
  return (
    parseCccdQr(text, upstream) ??
    parseUrlPayload(text, upstream) ??
    parseDossierCode(text, options.dossierPatterns ?? DEFAULT_DOSSIER_CODE_PATTERNS, upstream) ??
    parsePlainText(text, upstream)
  );
}

/** Anything else: kept as NFC text with LF line ends. */
export function parsePlainText(raw: string, upstreamDamage: readonly DamageReason[] = []): ScanResult {
  const text = cleanScanText(raw).replace(/\r\n?/g, '\n');
  return { kind: 'text', fields: { text }, integrity: integrityOf([...upstreamDamage, ...textDamage(text)]) };
}

import { integrityOf, type DamageReason, type ScanResult } from './scan-result';
import { cleanScanText } from './scan-text';
import { textDamage } from './text-damage';

/**
 * Parses an http(s) URL payload (guidance QR codes, portal links). Returns null for anything else,
 * including other schemes (javascript:, file:, app deep links), which stay plain text. Only https is
 * accepted as a link; http is returned flagged so the face can say why it will not open it.
 */
export function parseUrlPayload(raw: string, upstreamDamage: readonly DamageReason[] = []): ScanResult | null {
  const text = cleanScanText(raw).trim();
  if (!/^https?:\/\/\S+$/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.hostname === '') return null;
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  return {
    kind: 'url',
    fields: { href: url.href, host: url.host, scheme, linkPolicy: scheme === 'https' ? 'accepted' : 'insecure' },
    integrity: integrityOf([...upstreamDamage, ...textDamage(text)]),
  };
}

import { isoDate } from '../cccd';
import { integrityOf, type DamageReason, type ScanResult } from './scan-result';
import { cleanScanText } from './scan-text';
import { textDamage } from './text-damage';

/**
 * One accepted shape of a dossier code (mã hồ sơ), as configuration. Named groups become `parts`;
 * a group named `date` is read as yymmdd (the receiving date).
 */
export interface DossierCodePattern {
  readonly name: string;
  /** Matched against the whole trimmed, upper-cased payload; anchor it. */
  readonly pattern: RegExp;
}

/**
 * Default shapes (unconfirmed as a complete list: systems differ by province): `<agency code>-<yymmdd>-
 * <sequence>`, where the agency code is either the provincial form ("H54.22", "H54.22.16") or the
 * national electronic identifier of QCVN 102:2016/BTTTT ("000.00.22.H54"). Deployers add their own.
 */
export const DEFAULT_DOSSIER_CODE_PATTERNS: readonly DossierCodePattern[] = [
  {
    name: 'agency-date-sequence',
    pattern: /^(?<agency>[A-Z]\d{2}(?:\.\d{1,3}){0,3})-(?<date>\d{6})-(?<sequence>\d{3,6})$/,
  },
  {
    name: 'national-agency-date-sequence',
    pattern: /^(?<agency>\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(?<date>\d{6})-(?<sequence>\d{3,6})$/,
  },
];

/** Parses a dossier code against the configured patterns; null when none matches. */
export function parseDossierCode(
  raw: string,
  patterns: readonly DossierCodePattern[] = DEFAULT_DOSSIER_CODE_PATTERNS,
  upstreamDamage: readonly DamageReason[] = [],
): ScanResult | null {
  const code = cleanScanText(raw).trim().toUpperCase();
  if (code === '' || code.length > 64) return null;
  for (const { name, pattern } of patterns) {
    const m = pattern.exec(code);
    if (!m) continue;
    const parts: Record<string, string> = {};
    for (const [key, value] of Object.entries(m.groups ?? {})) if (value !== undefined) parts[key] = value;
    return {
      kind: 'dossier-code',
      fields: { code, format: name, parts, receivedOn: readYymmdd(parts['date']) },
      integrity: integrityOf([...upstreamDamage, ...textDamage(code)]),
    };
  }
  return null;
}

function readYymmdd(text: string | undefined): string | null {
  if (!text || !/^\d{6}$/.test(text)) return null;
  const d = isoDate(2000 + Number(text.slice(0, 2)), Number(text.slice(2, 4)), Number(text.slice(4, 6)));
  return d.ok ? d.value : null;
}

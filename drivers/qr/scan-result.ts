import type { IdConsistency, IsoDate, Sex } from '../cccd';

/**
 * Why a scan's text is not trustworthy. Each is a stable machine code:
 * - `invalid-utf8`: the scanner's bytes were not valid UTF-8 (serial/HID POS only);
 * - `replacement-character`: U+FFFD, where some decoder already gave up on a character;
 * - `mojibake`: UTF-8 read as Windows-1252/Latin-1 ("Ã¡", "Æ°", "á»…", "Ä‘");
 * - `cjk-in-name`: Chinese/Japanese/Korean characters in a Vietnamese name, address or other card QR
 *   field (UTF-8 read as Big5/GBK: "Huỳnh" → "Hu廙軟h");
 * - `cjk-in-latin-word`: the same inside a Latin word anywhere else;
 * - `question-mark-substitution`: "?" in a name or address (a keyboard layout with no such key);
 * - `diacritics-lost`: neither the name nor the address carries a single Vietnamese mark (keyboard
 *   wedge dropped them: every real address has "Phường", "Xã", "Tỉnh", …);
 * - `control-character`: C0/C1 control characters left after CR/LF handling.
 */
export type DamageReason =
  | 'invalid-utf8'
  | 'replacement-character'
  | 'mojibake'
  | 'cjk-in-name'
  | 'cjk-in-latin-word'
  | 'question-mark-substitution'
  | 'diacritics-lost'
  | 'control-character';

export type Integrity = { readonly status: 'ok' } | { readonly status: 'damaged'; readonly reasons: readonly DamageReason[] };

/** The old chip card's QR: `<ID>|<old CMND>|<name>|<DOB ddmmyyyy>|<Nam/Nữ>|<address>|<issue date ddmmyyyy>`. */
export interface CccdQrFields {
  /** 12 digits. */
  readonly personalId: string;
  /** The old 9-digit CMND (or older 12-digit number) as printed; null when the field is empty. */
  readonly oldIdNumber: string | null;
  /** NFC, whitespace collapsed. */
  readonly fullName: string;
  readonly dateOfBirth: IsoDate;
  /** From "Nam"/"Nữ" (accent-insensitive); null when the field says anything else. */
  readonly sex: Sex | null;
  /** The sex field as scanned (NFC). */
  readonly sexText: string;
  /** Permanent address (nơi thường trú), NFC, whitespace collapsed. */
  readonly address: string;
  /** Null when the field is empty or not a date. */
  readonly issueDate: IsoDate | null;
  /** Fields after the seventh, kept in order, never interpreted. */
  readonly extraFields: readonly string[];
  /** The ID's sex/century digit and birth-year digits against the DOB and sex field. */
  readonly idCheck: IdConsistency;
}

/** A payload that looks like a card QR (pipe-separated, starts with an ID number) but not the known layout. */
export interface CccdUnknownLayoutFields {
  /** Every field in order, NFC, CR/LF removed, trimmed. */
  readonly values: readonly string[];
  /** The first field when it is a 12-digit ID, else null. */
  readonly personalId: string | null;
}

export interface UrlFields {
  /** The normalised URL (WHATWG URL serialisation). */
  readonly href: string;
  /** Host to show the citizen before anything opens (punycode for IDNs, so look-alikes stay visible). */
  readonly host: string;
  readonly scheme: 'https' | 'http';
  /** Only https is accepted as a link; http is shown, flagged, never opened. */
  readonly linkPolicy: 'accepted' | 'insecure';
}

export interface DossierCodeFields {
  /** The code as matched (upper case, trimmed). */
  readonly code: string;
  /** Name of the DossierCodePattern that matched. */
  readonly format: string;
  /** The pattern's named groups, e.g. { agency: "H54.22", date: "251123", sequence: "0001" }. */
  readonly parts: Readonly<Record<string, string>>;
  /** The `date` group read as yymmdd in 20yy, when present and a real date. */
  readonly receivedOn: IsoDate | null;
}

export interface TextFields {
  /** NFC, CRLF turned into LF, surrounding CR/LF removed. */
  readonly text: string;
}

/** The classification of one scan. `fields` depends on `kind`. */
export type ScanResult =
  | { readonly kind: 'cccd'; readonly fields: CccdQrFields; readonly integrity: Integrity }
  | { readonly kind: 'cccd-unknown-layout'; readonly fields: CccdUnknownLayoutFields; readonly integrity: Integrity }
  | { readonly kind: 'url'; readonly fields: UrlFields; readonly integrity: Integrity }
  | { readonly kind: 'dossier-code'; readonly fields: DossierCodeFields; readonly integrity: Integrity }
  | { readonly kind: 'text'; readonly fields: TextFields; readonly integrity: Integrity };

export type ScanKind = ScanResult['kind'];

export const integrityOf = (reasons: Iterable<DamageReason>): Integrity => {
  const unique = [...new Set(reasons)];
  return unique.length === 0 ? { status: 'ok' } : { status: 'damaged', reasons: unique };
};

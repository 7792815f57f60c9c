/**
 * Removes personal data and secrets from a log line before it reaches a file (privacy.md §2: nothing
 * personal goes into logs). A pattern, not a guarantee: code must still never log payloads; this is
 * the net under that rule for the ID numbers and phone numbers that slip into error messages.
 *
 * What is replaced, in this order (longest digit runs first, so a 12-digit ID is never half-matched
 * as a phone number):
 * - 12-digit personal ID numbers (CCCD / thẻ căn cước), also written in groups of 3 or 4 → `[id]`
 * - MRZ lines of the card (they carry the ID and the name) → `[mrz]`
 * - Vietnamese phone numbers: 0 or +84/84 followed by 8–10 digits, with optional spaces, dots or
 *   dashes between digits → `[phone]`
 * - 9-digit old ID numbers (CMND) → `[id9]`
 * - the launch token in URLs (`k=`) and staff tokens in JSON (`"token":"…"`) → `[token]`
 * Digit runs of other lengths (timestamps in ms, byte counts, ports) are kept.
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(MRZ_LINE, '[mrz]')
    .replace(GROUPED_ID, '[id]')
    .replace(ID_12, '[id]')
    .replace(PHONE, '[phone]')
    .replace(ID_9, '[id9]')
    .replace(URL_TOKEN, '$1[token]')
    .replace(JSON_TOKEN, '$1[token]"');
}

/**
 * A TD1 MRZ line is 30 characters of A–Z, 0–9 and '<' (ICAO 9303-5 §4.2): any run of 20 or more such
 * characters holding at least one '<' filler is treated as one (short uses such as "a<b" stay readable).
 */
const MRZ_LINE = /(?=[A-Z0-9<]{20,})[A-Z0-9]*<[A-Z0-9<]*/g;
const ID_12 = /(?<!\d)\d{12}(?!\d)/g;
const GROUPED_ID = /(?<![\d.-])\d{3}(?:[ .-]\d{3}){3}(?![\d])|(?<![\d.-])\d{4}(?:[ .-]\d{4}){2}(?![\d])/g;
const PHONE = /(?<![\d+])(?:\+84|84|0)(?:[ .-]?\d){8,10}(?![\d])/g;
const ID_9 = /(?<!\d)\d{9}(?!\d)/g;
const URL_TOKEN = /([?&#]k=)[^&\s#"']+/g;
const JSON_TOKEN = /("(?:token|launchToken|pin|password)"\s*:\s*")[^"]*"/gi;

import { maskIdNumber } from '../../../api/masked-id';
import { createHmac } from 'node:crypto';

/**
 * The two forms of an ID number a staff record may keep (privacy.md §3): a masked ID people can read
 * and a keyed hash that counts distinct citizens. The full number is never stored outside an
 * encrypted referral.
 */

/** "001093012345" → "001*******45": first 3 and last 2 digits. Anything not 12 digits is refused. */
export function maskId(idNumber: string): string {
  if (!/^\d{12}$/.test(idNumber)) throw new RangeError('maskId expects the 12-digit ID number');
  return maskIdNumber(idNumber);
}

/**
 * HMAC-SHA-256 of the ID under the kiosk's ID-hash key, hex. Keyed, because an unkeyed hash of a
 * 12-digit number with known structure is reversed by trying every value in minutes.
 */
export function idHash(key: Uint8Array, idNumber: string): string {
  if (key.length < 32) throw new RangeError('the ID-hash key must be at least 32 bytes');
  if (!/^\d{12}$/.test(idNumber)) throw new RangeError('idHash expects the 12-digit ID number');
  return createHmac('sha256', key).update(`cccd-id:${idNumber}`, 'utf8').digest('hex');
}

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM sealing of a referral's personal part (name, ID, note) at rest (NIST SP 800-38D).
 * Blob layout: version (1 byte, 0x01) | IV (12 bytes, random) | tag (16 bytes) | ciphertext.
 * The associated data binds the blob to its row (the referral's random `ref`), so a blob copied into
 * another row does not open.
 */

const VERSION = 0x01;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

export class ReferralCipherError extends Error {
  constructor(readonly code: 'referral.key-mismatch' | 'referral.blob-invalid') {
    super(code);
    this.name = 'ReferralCipherError';
  }
}

/** A short public fingerprint of the key, stored beside each blob to tell "wrong key" from "damaged". */
export function keyId(key: Uint8Array): string {
  return createHash('sha256').update('referral-key-id').update(key).digest('hex').slice(0, 16);
}

export function sealReferral(key: Uint8Array, ref: string, plaintext: Uint8Array): Buffer {
  if (key.length !== 32) throw new RangeError('AES-256-GCM needs a 32-byte key');
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(Buffer.from(`referral:${ref}`, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Opens a blob; throws ReferralCipherError('referral.blob-invalid') on any tampering or wrong row. */
export function openReferral(key: Uint8Array, ref: string, blob: Uint8Array): Buffer {
  if (key.length !== 32) throw new RangeError('AES-256-GCM needs a 32-byte key');
  const b = Buffer.from(blob);
  if (b.length < 1 + IV_LENGTH + TAG_LENGTH || b[0] !== VERSION) throw new ReferralCipherError('referral.blob-invalid');
  const iv = b.subarray(1, 1 + IV_LENGTH);
  const tag = b.subarray(1 + IV_LENGTH, 1 + IV_LENGTH + TAG_LENGTH);
  const body = b.subarray(1 + IV_LENGTH + TAG_LENGTH);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(Buffer.from(`referral:${ref}`, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new ReferralCipherError('referral.blob-invalid');
  }
}

import type { SyncKeyWrapper } from '../host/staff/keys/key-provider';

/** The part of Electron's safeStorage the wrapper uses (DPAPI on Windows, libsecret/kwallet on Linux). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Wraps the staff key file's master secret and the audit key with the OS keystore, so the file alone (a copied disk)
 * does not open the referrals. Null when the OS offers no keystore: the core then keeps the 0600 file.
 */
export function keystoreWrapper(safeStorage: SafeStorageLike): SyncKeyWrapper | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  return {
    name: 'electron-safeStorage',
    wrap: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  };
}
